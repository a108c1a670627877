#pragma once

#include "settings/Preferences.h"
#include "storage/BackupSet.h"
#include "storage/Document.h"
#include "storage/DocumentSetup.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>

class QListWidget;
class QStackedWidget;
class QMenu;
class QLabel;

namespace duibiao {

class DocumentSession;
class Clock;
class ImportPackageDialog;
struct PackageExportOptions;
class DocumentBanner;
class BackgroundIntegrityCheck;
class FrameworkEditorDialog;
class FrameworkVersionsDialog;

// The main window: one document at a time, pages in a side bar (Overview, Checklist,
// Units & platforms, Gaps, Rectification, Reports, Panel review, History), menus for
// documents, undo and preferences. Pages are built when first shown, and built anew for
// another document or language.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageId {
        OverviewPageId,
        ChecklistPageId,
        UnitsPageId,
        GapsPageId,
        RectificationPageId,
        ReportsPageId,
        PanelPageId,
        HistoryPageId,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Closes the current document (edits are already saved) and opens another. Errors
    // (not a document, damaged, open elsewhere) are shown; the current one then stays.
    bool openDocument(const QString& path);
    // A new document on the built-in reference framework (the default document on first
    // start), or on the given start (File → New…: institution and framework chosen).
    bool newDocument(const QString& path);
    bool newDocument(const QString& path, const NewDocumentSpec& spec);
    // A regional panel's document (File → New Panel Document…), shown at its Panel page.
    bool newPanelDocument(const QString& path, const QString& panelName, const QString& region);
    void closeDocument();
    bool saveCopyAs(const QString& path);
    // Backs up the document as it is, then replaces it with the chosen backup and reopens it.
    bool restoreBackup(const QString& backupPath);
    // For a damaged document: keeps the damaged file beside it under a new name, then
    // puts the newest backup that passes its own check in its place and opens it.
    bool recoverFromGoodBackup();

    DocumentSession* session() const { return m_session.get(); }
    void showPage(int id);
    int currentPage() const;
    QWidget* page(int id); // builds it if needed
    void showRequirement(const QString& code);

    // Writes a review package of the open document with a progress dialog (Cancel leaves no
    // file) and shows its fingerprint; a submission freezes the assessment.
    bool exportPackage(const QString& path, const PackageExportOptions& options);
    // Back to draft after a submission, with the reason in the audit trail.
    bool reopenAssessment(const QString& reason);
    // Validates the package, shows the preview (askImportChoices) and, when confirmed,
    // imports it with a progress dialog after a backup. The undo stack is cleared: the
    // backup undoes an import. Team and submission packages are refused while the
    // assessment is submitted; the panel's opinions are not.
    bool importPackage(const QString& packagePath);
    // A copy of the document for a team member to work on (forkForTeamMember).
    bool copyForTeamMember(const QString& targetPath);
    // Each requirement the panel rated not met or largely met becomes a phase-4
    // rectification item, in one undoable step; a submitted assessment is reopened first
    // when the user agrees.
    bool rectifyPanelFindings();

    void applyPreferences(const Preferences& preferences);
    const Preferences& preferences() const { return m_preferences; }
    // Fixed "today" for tests; null: the system clock.
    void setClock(const Clock* clock) { m_clock = clock; }

    // Dialogs, replaceable in tests. Empty string / false: cancelled.
    std::function<QString()> askOpenPath;
    // File → New…: where the document goes and what it starts with.
    std::function<bool(QString& path, NewDocumentSpec& spec)> askNewDocument;
    std::function<QString()> askCopyPath;
    std::function<bool(Preferences&)> askPreferences;
    std::function<QString(const QVector<BackupSet::Backup>&)> askBackup;
    std::function<void(const QString& title, const QString& message)> showError;
    std::function<void(const QString& title, const QString& message)> showInformation;
    std::function<QString(const QString& suggestedName)> askPackagePath;
    std::function<bool(QStringList& categories, QVector<qint64>& unitIds)> askTeamScope;
    std::function<QString()> askReopenReason;
    std::function<QString()> askImportPath;
    // Shows the import preview; true: import with the choices made in it.
    std::function<bool(ImportPackageDialog&)> askImportChoices;
    std::function<QString()> askTeamCopyPath;
    std::function<bool(const QString& title, const QString& question)> askYesNo;
    std::function<bool(QString& panelName, QString& region, QString& path)> askNewPanel;
    // Framework → Edit Framework… and Versions…: run the dialog (true: a version was saved).
    std::function<bool(FrameworkEditorDialog&)> runFrameworkEditor;
    std::function<void(FrameworkVersionsDialog&)> runFrameworkVersions;
    // How long after a document is open its full integrity check starts (it reads every
    // page, in a thread of its own); tests use 0.
    int integrityCheckDelayMs = 2000;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool adopt(Result<std::unique_ptr<Document>> document, const QString& path);
    void rebuild();
    void buildMenus();
    void addPackageActions(QMenu* file);
    void addImportActions(QMenu* file);
    void addFrameworkMenu();
    void buildCentralWidget();
    QWidget* createPage(int id);
    void updateTitle();
    void fillRecentMenu();
    void saveWindowState();
    void prebuildPages();
    void releaseSession(); // closes the document without building the window anew
    void updateBanner();
    void scheduleIntegrityCheck();
    void integrityChecked(const QString& path, const QStringList& problems);
    QStringList pageTitles() const;

    Preferences m_preferences;
    const Clock* m_clock = nullptr;
    std::unique_ptr<DocumentSession> m_session;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::array<QPointer<QWidget>, PageCount> m_pages{};
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusUser = nullptr;
    DocumentBanner* m_banner = nullptr;
    BackgroundIntegrityCheck* m_integrityCheck = nullptr;
    int m_currentPage = OverviewPageId;
    int m_buildGeneration = 0; // page prebuilding of an older build stops
};

} // namespace duibiao
