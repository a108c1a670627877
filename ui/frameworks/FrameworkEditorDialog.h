#pragma once

#include "frameworks/FrameworkDraft.h"

#include <QDialog>
#include <QUndoStack>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace duibiao {

class CategoryForm;
class FrameworkScoreForm;
class DocumentSession;
class RequirementForm;

// Framework → Edit Framework…: the categories and requirements of a framework as a tree,
// a form for the selected one, and Save, which validates the whole framework and stores
// it in the document as a NEW version (the assessment keeps its own snapshot). Edits
// inside the dialog have their own undo stack; nothing reaches the document before Save.
class FrameworkEditorDialog : public QDialog
{
    Q_OBJECT

public:
    FrameworkEditorDialog(DocumentSession& session, const Framework& base,
                          QWidget* parent = nullptr);

    const Framework& draft() const { return m_draft; }
    QUndoStack* undoStack() { return &m_undo; }
    void select(DraftPosition position);
    // Selects the category or requirement with this code; false when there is none.
    bool selectCode(const QString& code);
    DraftPosition selected() const { return m_selected; }
    RequirementForm* requirementForm() const { return m_requirementForm; }
    // The stored version's row after a successful Save.
    qint64 savedId() const { return m_savedId; }
    const QString& savedVersion() const { return m_savedVersion; }

    void addRequirement();
    void addCategory();
    void removeSelected();
    void moveSelected(int delta);
    // Validates and stores; false (with the problems shown) when refused.
    bool save();

    // Dialogs, replaceable in tests. askCode: empty when cancelled.
    std::function<QString(const QString& title, const QString& prompt)> askCode;
    std::function<void(const QString& title, const QString& message)> showError;
    std::function<bool(const QString& question)> askDiscard;

public slots:
    void reject() override;

private:
    void apply(const Framework& framework, DraftPosition position, bool fromForm);
    void edit(const QString& text, const Framework& after, DraftPosition positionAfter,
              const QString& mergeKey = {});
    void rebuildTree();
    void showForm();
    QString askNewCode(const QString& title);
    void updateButtons();

    DocumentSession& m_session;
    Framework m_base;
    Framework m_draft;
    DraftPosition m_selected;
    QUndoStack m_undo;
    qint64 m_savedId = 0;
    QString m_savedVersion;
    QTreeWidget* m_tree = nullptr;
    QStackedWidget* m_forms = nullptr;
    CategoryForm* m_categoryForm = nullptr;
    RequirementForm* m_requirementForm = nullptr;
    FrameworkScoreForm* m_scoreForm = nullptr;
    QLineEdit* m_version = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_addRequirement = nullptr;
};

} // namespace duibiao
