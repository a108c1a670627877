#pragma once

#include "model/Rating.h"
#include "session/DocumentSession.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QMimeData;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace duibiao {

class EvidenceListModel;
class EvidenceViewer;
class ExpectedEvidenceModel;
class LinkedItemModel;
struct Requirement;

// Everything about one requirement on the Checklist page: its text and guidance, the
// rating (with the suggestion and the override reason for indicator requirements), the
// narrative and gap editors, the evidence (expected items ticked off, files attached by
// dialog or drag and drop, opened through a temporary copy) and the linked
// rectification items.
//
// Typing is saved about 700 ms after it stops, when an editor loses focus, and before
// another requirement is shown, so switching never loses text; consecutive saves of a
// field merge into one undo step (SetRequirementTextCommand::mergeWith).
class RequirementDetailPane : public QWidget
{
    Q_OBJECT

public:
    // Asks for files to attach (a file dialog by default).
    using FileChooser = std::function<QStringList()>;
    // Asks for the measure of a new rectification item; none cancels.
    using MeasurePrompt = std::function<std::optional<QString>(const QString& proposal)>;

    static constexpr int saveDelayMs = 700;

    explicit RequirementDetailPane(DocumentSession& session, QWidget* parent = nullptr);
    ~RequirementDetailPane() override;

    // Saves pending typing, then shows the requirement (an empty or unknown code shows
    // the hint to choose one).
    void setRequirement(const QString& code);
    // Saves pending typing, then shows a category's summary instead of a requirement.
    void showCategory(const QString& categoryCode);
    const QString& requirement() const { return m_code; }

    // Saves the narrative and gap being typed now, and a rating waiting for its reason
    // once the reason is written.
    void flushEdits();

    // Attaches files to the shown requirement, optionally for one expected evidence item
    // (its key, the framework's Chinese text). Refusals (e.g. the size cap) are shown on
    // the pane; returns whether every file was added.
    bool addEvidenceFiles(const QStringList& paths, const QString& expectedItem = {});
    // Adds a rectification item for the shown requirement in the current phase
    // (clamped to 2…4), due at that phase's end.
    bool addRectificationItem(const QString& measure);

    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    void setMeasurePrompt(MeasurePrompt prompt) { m_measurePrompt = std::move(prompt); }
    EvidenceViewer* evidenceViewer() { return m_viewer; }

    // The widgets in tab order, for the page to chain the tree in front of them.
    QWidget* firstInTabOrder() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct TextField
    {
        QPlainTextEdit* edit = nullptr;
        bool dirty = false; // typed since the last save
    };

    QWidget* buildRequirementView();
    void buildTabOrder();
    void refresh(DocumentSession::Changes changes);
    // Looked up anew each time: the session replaces its framework copy on some changes.
    const Requirement* currentRequirement() const;
    void showRequirementTexts();
    void showCategorySummary();
    void refreshRating();
    void refreshPanelOpinion();
    void refreshTexts();
    void refreshEvidence();
    void loadText(TextField& field, const QString& text);
    void textEdited(TextField& field);
    bool saveText(TextField& field);

    void ratingChosen();
    bool applyRating(Rating rating);
    void cancelPendingRating();
    void updateReasonVisibility();
    std::optional<Rating> chosenRating() const;
    bool needsReason(Rating rating) const;

    void chooseEvidenceFiles(const QString& expectedItem);
    void openSelectedEvidence();
    void renameSelectedEvidence();
    void removeSelectedEvidence();
    void updateEvidenceButtons();
    void promptForItem();
    static QStringList localFiles(const QMimeData* mime);

    void showMessage(QLabel* label, const QString& message);

    DocumentSession& m_session;
    QString m_code;
    QString m_categoryCode;                // shown instead of a requirement
    std::optional<Rating> m_pendingRating; // chosen but waiting for its reason
    bool m_reasonEdited = false;           // the reason was typed in, not loaded
    bool m_loading = false;                // editors are being filled from the document

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_guidanceTitle = nullptr;
    QLabel* m_guidance = nullptr;

    QComboBox* m_ratingSelector = nullptr;
    QLabel* m_suggestion = nullptr;
    QLabel* m_shortfall = nullptr;
    QLabel* m_panelOpinion = nullptr; // the review panel's opinion, read-only
    QWidget* m_reasonRow = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    QPushButton* m_applyRatingButton = nullptr;
    QPushButton* m_cancelRatingButton = nullptr;
    QLabel* m_ratingMessage = nullptr;

    TextField m_narrative;
    TextField m_gap;
    QLabel* m_textMessage = nullptr;
    QTimer* m_saveTimer = nullptr;

    ExpectedEvidenceModel* m_expectedModel = nullptr;
    QListView* m_expectedView = nullptr;
    EvidenceListModel* m_evidenceModel = nullptr;
    QTreeView* m_evidenceView = nullptr;
    QComboBox* m_evidenceItemCombo = nullptr;
    QPushButton* m_addEvidenceButton = nullptr;
    QPushButton* m_openEvidenceButton = nullptr;
    QPushButton* m_renameEvidenceButton = nullptr;
    QPushButton* m_removeEvidenceButton = nullptr;
    QLabel* m_evidenceMessage = nullptr;
    EvidenceViewer* m_viewer = nullptr;

    LinkedItemModel* m_itemModel = nullptr;
    QTreeView* m_itemView = nullptr;
    QPushButton* m_addItemButton = nullptr;
    QLabel* m_itemMessage = nullptr;

    FileChooser m_fileChooser;
    MeasurePrompt m_measurePrompt;
};

} // namespace duibiao
