#pragma once

#include "pages/Page.h"

class QComboBox;
class QTableView;

namespace duibiao {

class AuditModel;

// The audit trail: who changed what and when, filterable by requirement and person.
class HistoryPage : public Page
{
    Q_OBJECT

public:
    explicit HistoryPage(DocumentSession& session, QWidget* parent = nullptr);
    void focusSearch() override;
    AuditModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshFilters();
    void applyFilter();

    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_requirement = nullptr;
    QComboBox* m_user = nullptr;
    bool m_stale = true;
};

} // namespace duibiao
