#pragma once

#include "storage/FrameworkChoices.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace duibiao {

class DocumentSession;
class FrameworkEditorDialog;
class MoveAssessmentDialog;

// Framework → Versions…: the framework versions the document offers (stored, held by an
// assessment, built in), which one the assessment is on, the differences between two of
// them (or one and the assessment's), and Edit…, Import…, Export… and Move Assessment to
// This Version….
class FrameworkVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FrameworkVersionsDialog(DocumentSession& session, QWidget* parent = nullptr);

    void reload();
    const QVector<FrameworkChoice>& choices() const { return m_choices; }
    // Selects rows of choices() (one or two); the differences follow.
    void selectRows(const QList<int>& rows);
    // The differences shown, as "group: line" in the order listed.
    QStringList differenceLines() const;

    // Each returns false when refused or cancelled; problems are shown in full.
    bool importFile(const QString& path);
    bool exportRow(int row, const QString& path);
    bool editRow(int row);
    bool moveToRow(int row);

    // Dialogs, replaceable in tests. Paths: empty when cancelled.
    std::function<QString()> askImportPath;
    std::function<QString(const QString& suggestedName)> askExportPath;
    std::function<void(const QString& title, const QString& message)> showError;
    std::function<void(const QString& title, const QString& message)> showInformation;
    // Runs the editor; true when it saved a version.
    std::function<bool(FrameworkEditorDialog&)> runEditor;
    // Shows the move's review; true: move.
    std::function<bool(MoveAssessmentDialog&)> confirmMove;

private:
    QList<int> selectedRows() const;
    void showDifferences();
    void updateButtons();

    DocumentSession& m_session;
    QVector<FrameworkChoice> m_choices;
    QTreeWidget* m_list = nullptr;
    QTreeWidget* m_differences = nullptr;
    QLabel* m_comparing = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_move = nullptr;
};

} // namespace duibiao
