#include "MainWindow.h"
#include "util/PlainMessage.h"

#include "dialogs/NewDocumentDialog.h"
#include "dialogs/NewPanelDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "exchange/panel/PanelDocument.h"
#include "pages/ChecklistPage.h"
#include "pages/GapsPage.h"
#include "pages/HistoryPage.h"
#include "pages/OverviewPage.h"
#include "pages/PanelPage.h"
#include "pages/RectificationPage.h"
#include "pages/ReportsPage.h"
#include "pages/UnitsPage.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/DocumentSetup.h"
#include "util/BackgroundIntegrityCheck.h"
#include "widgets/DocumentBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace duibiao {

namespace {

const QString documentFilter()
{
    return QObject::tr("Duibiao documents (*.duibiao)");
}

QString duibiaoFileIn(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".duibiao"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_integrityCheck = new BackgroundIntegrityCheck(this);
    connect(m_integrityCheck, &BackgroundIntegrityCheck::finished, this,
            &MainWindow::integrityChecked);
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_preferences = Preferences::load();

    askOpenPath = [this] {
        return QFileDialog::getOpenFileName(this, tr("Open a document"), QString(),
                                            documentFilter());
    };
    askNewDocument = [this](QString& path, NewDocumentSpec& spec) {
        NewDocumentDialog dialog(m_preferences.language == QLatin1String("en") ? Language::English
                                                                               : Language::Chinese,
                                 this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        path = dialog.path();
        spec =
            documentSpecFor(dialog.frameworkJson(), dialog.framework(), dialog.institutionName());
        return true;
    };
    askCopyPath = [this] {
        QString path =
            QFileDialog::getSaveFileName(this, tr("Save a copy as"), QString(), documentFilter());
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".duibiao")))
            path += QStringLiteral(".duibiao");
        return path;
    };
    askPreferences = [this](Preferences& preferences) {
        PreferencesDialog dialog(preferences, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        preferences = dialog.preferences();
        return true;
    };
    askBackup = [this](const QVector<BackupSet::Backup>& backups) {
        RestoreBackupDialog dialog(backups, this);
        return dialog.exec() == QDialog::Accepted ? dialog.selectedPath() : QString();
    };
    showError = [this](const QString& title, const QString& message) {
        warnPlain(this, title, message);
    };
    askNewPanel = [this](QString& panelName, QString& region, QString& path) {
        NewPanelDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        panelName = dialog.panelName();
        region = dialog.region();
        path = dialog.path();
        return true;
    };

    m_statusUser = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusUser);
    rebuild();
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_currentPage =
        qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), PageCount - 1);
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Pages refer to the session; they go first.
    if (QWidget* central = takeCentralWidget())
        delete central;
    m_session.reset();
}

QStringList MainWindow::pageTitles() const
{
    return {tr("Overview"),      tr("Checklist"), tr("Units && platforms"), tr("Gaps"),
            tr("Rectification"), tr("Reports"),   tr("Panel review"),       tr("History")};
}

void MainWindow::rebuild()
{
    const int page = m_currentPage;
    buildMenus();
    buildCentralWidget();
    updateTitle();
    if (m_session) {
        showPage(page);
        prebuildPages();
    }
}

void MainWindow::prebuildPages()
{
    // Once the window is up, build the other pages one per event-loop pass, so the first
    // visit of a page is a switch, not a build (the ledger of the large document takes
    // longer than a switch may).
    QTimer::singleShot(0, this, [this, generation = ++m_buildGeneration] {
        if (generation != m_buildGeneration || !m_session || !m_stack)
            return;
        for (int id = 0; id < PageCount; ++id) {
            if (!m_pages[std::size_t(id)]) {
                page(id);
                prebuildPages();
                return;
            }
        }
    });
}

void MainWindow::buildMenus()
{
    // Menus (and the actions they own) of the previous build go; clear() alone would
    // leave them alive as children of the menu bar.
    const QList<QMenu*> oldMenus = menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(oldMenus);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAction = file->addAction(tr("&New…"), this, [this] {
        QString path;
        NewDocumentSpec spec;
        if (askNewDocument(path, spec))
            newDocument(path, spec);
    });
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newAction"));
    file->addAction(tr("New &Panel Document…"), this,
                    [this] {
                        QString panelName, region, path;
                        if (askNewPanel(panelName, region, path))
                            newPanelDocument(path, panelName, region);
                    })
        ->setObjectName(QStringLiteral("newPanelAction"));
    QAction* openAction = file->addAction(tr("&Open…"), this, [this] {
        const QString path = askOpenPath();
        if (!path.isEmpty())
            openDocument(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    QAction* copyAction = file->addAction(tr("Save a &Copy As…"), this, [this] {
        const QString path = askCopyPath();
        if (!path.isEmpty())
            saveCopyAs(path);
    });
    copyAction->setShortcut(QKeySequence::SaveAs);
    copyAction->setObjectName(QStringLiteral("saveCopyAction"));
    copyAction->setEnabled(m_session != nullptr);
    addPackageActions(file);
    addImportActions(file);
    QAction* restoreAction = file->addAction(tr("Restore from &Backup…"), this, [this] {
        if (!m_session)
            return;
        Result<QVector<BackupSet::Backup>> backups = BackupSet(m_session->path()).list();
        if (!backups) {
            showError(tr("Restore from backup"), backups.error().message);
            return;
        }
        if (backups->isEmpty()) {
            showError(tr("Restore from backup"), tr("There is no backup of this document yet."));
            return;
        }
        const QString chosen = askBackup(*backups);
        if (!chosen.isEmpty())
            restoreBackup(chosen);
    });
    restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    restoreAction->setEnabled(m_session != nullptr);
    QAction* closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeDocument);
    closeAction->setShortcut(QKeySequence::Close);
    closeAction->setObjectName(QStringLiteral("closeAction"));
    closeAction->setEnabled(m_session != nullptr);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    if (m_session) {
        QAction* undo = m_session->undoStack()->createUndoAction(edit, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        undo->setObjectName(QStringLiteral("undoAction"));
        QAction* redo = m_session->undoStack()->createRedoAction(edit, tr("&Redo"));
        redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
        redo->setObjectName(QStringLiteral("redoAction"));
        edit->addAction(undo);
        edit->addAction(redo);
        edit->addSeparator();
    }
    QAction* find = edit->addAction(tr("&Find"), this, [this] {
        if (auto* page = qobject_cast<Page*>(m_pages[std::size_t(m_currentPage)].data()))
            page->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    find->setEnabled(m_session != nullptr);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        Preferences changed = m_preferences;
        if (askPreferences(changed))
            applyPreferences(changed);
    });
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferencesAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const QStringList titles = pageTitles();
    for (int id = 0; id < PageCount; ++id) {
        QAction* action = view->addAction(titles.at(id), this, [this, id] { showPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + id)));
        action->setObjectName(QStringLiteral("pageAction%1").arg(id));
        action->setEnabled(m_session != nullptr);
    }
    addFrameworkMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Duibiao"), this, [this] {
        QMessageBox::about(
            this, tr("About Duibiao"),
            tr("<h3>对标 Duibiao %1</h3><p>Benchmarking a university's 关工委 against the "
               "Jiangsu quality-construction requirements, offline.</p><p>The built-in "
               "framework is a reference version compiled from the implementation "
               "opinion; the official provincial text prevails.</p><p>MIT licence.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildCentralWidget()
{
    if (QWidget* old = takeCentralWidget())
        delete old; // pages first, then (elsewhere) the session
    m_pages.fill(nullptr);
    m_navigation = nullptr;
    m_stack = nullptr;
    m_banner = nullptr;

    if (!m_session) {
        auto* welcome = new QWidget(this);
        welcome->setObjectName(QStringLiteral("welcomePage"));
        auto* layout = new QVBoxLayout(welcome);
        auto* text = new QLabel(tr("<h2>对标 Duibiao</h2><p>No document is open.</p>"), welcome);
        auto* newButton = new QPushButton(tr("&New document…"), welcome);
        auto* openButton = new QPushButton(tr("&Open a document…"), welcome);
        connect(newButton, &QPushButton::clicked, this, [this] {
            QString path;
            NewDocumentSpec spec;
            if (askNewDocument(path, spec))
                newDocument(path, spec);
        });
        connect(openButton, &QPushButton::clicked, this, [this] {
            const QString path = askOpenPath();
            if (!path.isEmpty())
                openDocument(path);
        });
        layout->addStretch(1);
        layout->addWidget(text, 0, Qt::AlignHCenter);
        layout->addWidget(newButton, 0, Qt::AlignHCenter);
        layout->addWidget(openButton, 0, Qt::AlignHCenter);
        layout->addStretch(2);
        setCentralWidget(welcome);
        welcome->show(); // at once, not on the next event loop pass
        return;
    }

    auto* central = new QWidget(this);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    const QStringList titles = pageTitles();
    for (int id = 0; id < PageCount; ++id) {
        auto* item = new QListWidgetItem(
            QString(titles.at(id)).replace(QStringLiteral("&&"), QStringLiteral("&")),
            m_navigation);
        item->setToolTip(
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + id)).toString(QKeySequence::NativeText));
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 36);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    for (int id = 0; id < PageCount; ++id)
        m_stack->addWidget(new QWidget(m_stack)); // placeholders; pages are built when first shown
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(row);
    });
    m_banner = new DocumentBanner(central);
    connect(m_banner, &DocumentBanner::openGoodBackupRequested, this,
            &MainWindow::recoverFromGoodBackup);
    connect(m_banner, &DocumentBanner::saveCopyRequested, this, [this] {
        const QString path = askCopyPath();
        if (!path.isEmpty())
            saveCopyAs(path);
    });
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(m_banner);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    updateBanner();
    setCentralWidget(central);
    central->show(); // at once, not on the next event loop pass
}

QWidget* MainWindow::createPage(int id)
{
    DocumentSession& session = *m_session;
    switch (id) {
    case OverviewPageId: {
        auto* overview = new OverviewPage(session);
        connect(overview, &OverviewPage::requirementActivated, this, &MainWindow::showRequirement);
        return overview;
    }
    case ChecklistPageId:
        return new ChecklistPage(session);
    case UnitsPageId:
        return new UnitsPage(session);
    case GapsPageId: {
        auto* gaps = new GapsPage(session);
        connect(gaps, &GapsPage::requirementActivated, this, &MainWindow::showRequirement);
        return gaps;
    }
    case RectificationPageId: {
        auto* rectification = new RectificationPage(session);
        connect(rectification, &RectificationPage::rectifyFindingsRequested, this,
                &MainWindow::rectifyPanelFindings);
        return rectification;
    }
    case ReportsPageId: {
        auto* reports = new ReportsPage(session);
        reports->setFontFamily(m_preferences.reportFont);
        return reports;
    }
    case PanelPageId:
        return new PanelPage(session);
    case HistoryPageId:
        return new HistoryPage(session);
    default:
        return nullptr;
    }
}

QWidget* MainWindow::page(int id)
{
    if (!m_session || !m_stack || id < 0 || id >= PageCount)
        return nullptr;
    if (!m_pages[std::size_t(id)]) {
        QWidget* created = createPage(id);
        QWidget* placeholder = m_stack->widget(id);
        m_stack->insertWidget(id, created);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_pages[std::size_t(id)] = created;
    }
    return m_pages[std::size_t(id)];
}

void MainWindow::showPage(int id)
{
    if (!m_session || id < 0 || id >= PageCount)
        return;
    QWidget* target = page(id);
    m_currentPage = id;
    m_stack->setCurrentWidget(target);
    if (m_navigation->currentRow() != id) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(id);
    }
}

int MainWindow::currentPage() const
{
    return m_currentPage;
}

void MainWindow::showRequirement(const QString& code)
{
    showPage(ChecklistPageId);
    if (auto* checklist = qobject_cast<ChecklistPage*>(page(ChecklistPageId)))
        checklist->showRequirement(code);
}

bool MainWindow::adopt(Result<std::unique_ptr<Document>> document, const QString& path)
{
    if (!document) {
        showError(tr("Cannot open the document"), document.error().message);
        return false;
    }
    (*document)->setEvidenceSizeCap(qint64(m_preferences.evidenceCapMb) * 1024 * 1024);
    Result<std::unique_ptr<DocumentSession>> session =
        DocumentSession::start(std::move(*document), m_clock);
    if (!session) {
        showError(tr("Cannot open the document"), session.error().message);
        return false;
    }
    // Only one build of the window for the new document, not one for "no document" first.
    if (m_session)
        releaseSession();
    m_session = std::move(*session);
    m_session->setLanguage(m_preferences.language == QLatin1String("en") ? Language::English
                                                                         : Language::Chinese);
    connect(m_session.get(), &DocumentSession::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        showError(tr("The change could not be saved"), message);
    });
    Preferences::addRecentFile(path);
    // The first open of a day leaves a consistent copy in the rolling backup set; a
    // damaged document is never copied there (it would push good backups out).
    if (m_session->document().damage().isEmpty()) {
        if (Result<bool> daily =
                BackupSet(path).takeDailyIfDue(m_session->document(), m_session->today());
            !daily)
            statusBar()->showMessage(tr("No backup could be taken: %1").arg(daily.error().message),
                                     10000);
    }
    rebuild();
    scheduleIntegrityCheck();
    return true;
}

bool MainWindow::openDocument(const QString& path)
{
    if (m_session && QFileInfo(m_session->path()) == QFileInfo(path))
        return true;
    Document::Options options;
    options.userName = m_preferences.userName;
    options.clock = m_clock;
    return adopt(Document::open(path, options), path);
}

bool MainWindow::newDocument(const QString& path)
{
    return newDocument(path, defaultDocumentSpec());
}

bool MainWindow::newDocument(const QString& path, const NewDocumentSpec& spec)
{
    if (QFileInfo::exists(path)) {
        showError(tr("New document"), tr("%1 already exists; choose another name.").arg(path));
        return false;
    }
    Document::Options options;
    options.userName = m_preferences.userName;
    options.clock = m_clock;
    return adopt(createDocument(path, spec, options), path);
}

bool MainWindow::newPanelDocument(const QString& path, const QString& panelName,
                                  const QString& region)
{
    if (QFileInfo::exists(path)) {
        showError(tr("New panel document"),
                  tr("%1 already exists; choose another name.").arg(path));
        return false;
    }
    Document::Options options;
    options.userName = m_preferences.userName;
    options.clock = m_clock;
    if (!adopt(createPanelDocument(path, panelName, region, options), path))
        return false;
    showPage(PanelPageId);
    return true;
}

void MainWindow::closeDocument()
{
    if (!m_session)
        return;
    releaseSession();
    rebuild();
}

void MainWindow::releaseSession()
{
    saveWindowState();
    if (QWidget* central = takeCentralWidget())
        delete central; // pages first: they refer to the session
    m_pages.fill(nullptr);
    m_session.reset();
}

bool MainWindow::saveCopyAs(const QString& path)
{
    if (!m_session)
        return false;
    Document& document = m_session->document();
    if (Status status = document.saveCopyAs(path); !status) {
        // A damaged document cannot be read whole: its bytes are copied as they are, for
        // recovery tools.
        if (document.damage().isEmpty() || !document.saveRawCopy(path)) {
            showError(tr("Save a copy"), status.error().message);
            return false;
        }
        statusBar()->showMessage(
            tr("Saved the damaged file as it is as %1 (%2).").arg(path, status.error().message),
            10000);
        return true;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
    return true;
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_session)
        return false;
    const QString path = m_session->path();
    BackupSet backups(path);
    // The present state goes into the set first: the restore can be undone from there.
    if (Result<BackupSet::Backup> before =
            backups.take(m_session->document(), QStringLiteral("restore"));
        !before) {
        showError(tr("Restore from backup"), before.error().message);
        return false;
    }
    closeDocument();
    if (Status status = replaceWithBackup(path, backupPath); !status) {
        showError(tr("Restore from backup"), status.error().message);
        openDocument(path);
        return false;
    }
    if (!openDocument(path))
        return false;
    statusBar()->showMessage(tr("Restored the backup of %1.").arg(QFileInfo(backupPath).baseName()),
                             10000);
    return true;
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    const bool languageChanged = preferences.language != m_preferences.language;
    m_preferences = preferences;
    m_preferences.save();
    if (auto* reports = qobject_cast<ReportsPage*>(m_pages[ReportsPageId].data()))
        reports->setFontFamily(preferences.reportFont);
    if (m_session) {
        m_session->document().setUserName(preferences.userName);
        m_session->document().setEvidenceSizeCap(qint64(preferences.evidenceCapMb) * 1024 * 1024);
    }
    if (languageChanged) {
        LanguageManager::apply(preferences.language);
        if (m_session)
            m_session->setLanguage(preferences.language == QLatin1String("en") ? Language::English
                                                                               : Language::Chinese);
        rebuild(); // every page and menu anew, in the new language
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString app = tr("对标 Duibiao");
    if (m_session) {
        setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(m_session->path()).fileName(), app));
        setWindowFilePath(m_session->path());
    } else {
        setWindowTitle(app);
        setWindowFilePath(QString());
    }
    m_statusUser->setText(tr("User: %1").arg(m_preferences.userName));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Preferences::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] {
                if (!QFileInfo::exists(path)) {
                    Preferences::removeRecentFile(path);
                    showError(tr("Open Recent"), tr("%1 no longer exists.").arg(path));
                    return;
                }
                openDocument(path);
            });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_currentPage);
}

void MainWindow::updateBanner()
{
    if (!m_banner)
        return;
    const Document* document = m_session ? &m_session->document() : nullptr;
    if (document && !document->damage().isEmpty()) {
        Result<QVector<BackupSet::Backup>> backups = BackupSet(document->path()).list(false);
        m_banner->showDamaged(document->damage(), backups && !backups->isEmpty());
    } else if (document && !document->readOnlyReason().isEmpty()) {
        m_banner->showReadOnly(document->readOnlyReason());
    } else {
        m_banner->hide();
    }
}

void MainWindow::scheduleIntegrityCheck()
{
    if (!m_session || !m_session->document().damage().isEmpty())
        return;
    QTimer::singleShot(integrityCheckDelayMs, this, [this, path = m_session->path()] {
        if (m_session && m_session->path() == path)
            m_integrityCheck->start(path);
    });
}

void MainWindow::integrityChecked(const QString& path, const QStringList& problems)
{
    if (!m_session || m_session->path() != path || problems.isEmpty())
        return;
    // From now on nothing is written to the file; what is there stays as it is.
    if (Status status = m_session->document().markDamaged(problems.join(QStringLiteral("; ")));
        !status)
        showError(tr("The document is damaged"), status.error().message);
    updateBanner();
}

bool MainWindow::recoverFromGoodBackup()
{
    if (!m_session)
        return false;
    const QString path = m_session->path();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> good = BackupSet(path).newestGood();
    QApplication::restoreOverrideCursor();
    if (!good || good->isEmpty()) {
        showError(tr("Open newest good backup"),
                  good ? tr("No backup of %1 passes its own check.").arg(path)
                       : good.error().message);
        return false;
    }
    // The damaged file is kept, never overwritten: its bytes may still matter.
    const QString kept =
        QStringLiteral("%1.damaged-%2")
            .arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (Status status = m_session->document().saveRawCopy(kept); !status) {
        showError(tr("Open newest good backup"), status.error().message);
        return false;
    }
    closeDocument();
    if (Status status = replaceWithBackup(path, *good); !status) {
        showError(tr("Open newest good backup"), status.error().message);
        openDocument(path);
        return false;
    }
    if (!openDocument(path))
        return false;
    statusBar()->showMessage(tr("Opened the backup of %1; the damaged file was kept as %2.")
                                 .arg(QFileInfo(*good).baseName(), kept),
                             15000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!duibiaoFileIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = duibiaoFileIn(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openDocument(path);
}

} // namespace duibiao
