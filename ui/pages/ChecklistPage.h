#pragma once

#include "models/ChecklistFilterModel.h"
#include "pages/Page.h"
#include "session/DocumentSession.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTreeView;

namespace duibiao {

class RequirementDetailPane;
class RequirementTreeModel;

// The checklist: the framework's categories and requirements as a tree (rating,
// suggestion, evidence, open items), filtered and searched, beside the detail pane of
// the chosen requirement where it is rated, described and given its evidence.
class ChecklistPage : public Page
{
    Q_OBJECT

public:
    ChecklistPage(DocumentSession& session, QWidget* parent = nullptr);
    ~ChecklistPage() override;

    // Selects the requirement and shows its detail (from the Gaps page). A filter that
    // hides it is cleared first.
    void showRequirement(const QString& code);
    void focusSearch() override;

    void setFilterState(ChecklistFilterModel::State state);
    RequirementDetailPane* detailPane() const { return m_pane; }
    RequirementTreeModel* treeModel() const { return m_model; }
    ChecklistFilterModel* filterModel() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }

private:
    void currentChanged(const QModelIndex& current);
    void filterChanged();
    void selectFirstMatch();
    void refreshHeader(DocumentSession::Changes changes);

    RequirementTreeModel* m_model = nullptr;
    ChecklistFilterModel* m_filter = nullptr;
    QLabel* m_note = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_filterCombo = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    RequirementDetailPane* m_pane = nullptr;
};

} // namespace duibiao
