#pragma once

#include "pages/Page.h"

class QLineEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace duibiao {

class GapModel;

// 对标找差: the gap list, sortable and searchable; double-click opens the requirement.
class GapsPage : public Page
{
    Q_OBJECT

public:
    explicit GapsPage(DocumentSession& session, QWidget* parent = nullptr);
    void focusSearch() override;
    QTableView* view() const { return m_view; }

signals:
    void requirementActivated(const QString& code);

private:
    void updateCount();

    GapModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace duibiao
