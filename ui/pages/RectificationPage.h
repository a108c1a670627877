#pragma once

#include "dialogs/RerateDialog.h"
#include "model/RectificationItem.h"
#include "pages/Page.h"
#include "session/DocumentSession.h"
#include "widgets/PhaseTimeline.h"

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace duibiao {

class RectificationFilterModel;
class RectificationModel;

// The rectification ledger (整改台账): a filterable, sortable table of the assessment's
// items with inline editing, the four phases as a timeline with the items placed by
// their deadlines, and the re-rating of requirements when an item becomes verified.
class RectificationPage : public Page
{
    Q_OBJECT

public:
    // Asks how to re-rate the requirements of an item that became verified; nullopt keeps
    // the ratings. The default shows a RerateDialog; tests put in their answer.
    using RerateAsker = std::function<std::optional<RerateDialog::Answer>(
        const RectificationItem& item, const QVector<RerateDialog::Requirement>& requirements)>;
    // Asks before an item is removed; the default asks with a message box.
    using RemovalConfirmer = std::function<bool(const RectificationItem& item)>;

    RectificationPage(DocumentSession& session, QWidget* parent = nullptr);

    void focusSearch() override;
    void setRerateAsker(RerateAsker asker) { m_rerateAsker = std::move(asker); }
    void setRemovalConfirmer(RemovalConfirmer confirmer)
    {
        m_confirmRemoval = std::move(confirmer);
    }

    RectificationModel* model() const { return m_model; }
    RectificationFilterModel* filterModel() const { return m_filter; }
    // The markers given to the timeline: the filtered items, by effective deadline.
    const QVector<PhaseTimeline::Marker>& timelineMarkers() const { return m_markers; }
    // Selects the item's row (clearing filters that hide it); false when there is none.
    bool selectItem(qint64 itemId, int column = 0);
    // The item of the current row, or 0.
    qint64 currentItemId() const;

    // A new planned item in the current phase, selected with its measure being edited.
    void addItem();
    // Removes the current item after confirmation (undoable).
    void removeCurrentItem();

signals:
    // "Rectify the Panel's Findings…": the window turns the panel's opinions into items.
    void rectifyFindingsRequested();

private:
    void buildFilters();
    void buildTable();
    void fillPhaseFilter();
    void fillUnitFilter();
    void applyFilters();
    void clearFilterWidgets();
    void scheduleSummary();
    void updateSummary();
    void updateButtons();
    void showMessage(const QString& message);
    void onSessionChanged(DocumentSession::Changes changes);
    // Saves an edited item; a newly verified item re-rates its requirements (verify()).
    Status commit(const RectificationItem& before, const RectificationItem& after);
    void verify(qint64 itemId);
    std::optional<RerateDialog::Answer> askRerate(const RectificationItem& item,
                                                  const QVector<RerateDialog::Requirement>& list);

    RectificationModel* m_model = nullptr;
    RectificationFilterModel* m_filter = nullptr;
    QComboBox* m_phaseFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_unitFilter = nullptr;
    QCheckBox* m_overdueFilter = nullptr;
    QLineEdit* m_search = nullptr;
    PhaseTimeline* m_timeline = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QTableView* m_table = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QTimer* m_summaryTimer = nullptr;
    QVector<PhaseTimeline::Marker> m_markers;
    RerateAsker m_rerateAsker;
    RemovalConfirmer m_confirmRemoval;
};

} // namespace duibiao
