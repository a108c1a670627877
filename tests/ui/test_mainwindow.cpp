// The main window, driven by objectName on the offscreen platform: documents, pages,
// undo through the Edit menu, the Overview and Gaps pages, History, preferences and the
// language switch.

#include "TestSupport.h"

#include "MainWindow.h"
#include "commands/RequirementCommands.h"
#include "demo/DemoBuilder.h"
#include "dialogs/NewDocumentDialog.h"
#include "models/AuditModel.h"
#include "models/GapModel.h"
#include "pages/GapsPage.h"
#include "pages/HistoryPage.h"
#include "pages/OverviewPage.h"
#include "pages/ReportsPage.h"
#include "pages/RequirementDetailPane.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/DocumentSetup.h"
#include "widgets/CategoryChart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest/QTest>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// A window whose dialogs never block: errors are collected instead of shown.
struct TestWindow
{
    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    QStringList errors;

    TestWindow()
    {
        QSettings().clear();
        LanguageManager::apply(QStringLiteral("en")); // messages are checked in English
        window.setClock(&clock);
        window.showError = [this](const QString&, const QString& message) {
            errors.append(message);
        };
        window.show();
    }
};

QString demoPath(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.duibiao"));
    NewDocumentSpec spec = defaultDocumentSpec();
    spec.institution.name = QStringLiteral("示例大学");
    Document::Options options;
    options.userName = QStringLiteral("demo");
    auto document = createDocument(path, spec, options);
    REQUIRE_OK(document);
    REQUIRE_OK(DemoBuilder::build(**document, DemoBuilder::Size::Small));
    return path;
}

QAction* action(MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("the window opens a document, shows its pages and switches between them")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.findChild<QWidget*>(QStringLiteral("welcomePage")));
    REQUIRE(t.window.openDocument(demoPath(dir)));
    CHECK(t.window.windowTitle().contains(QStringLiteral("demo.duibiao")));

    auto* navigation = t.window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->count() == MainWindow::PageCount);
    const char* names[] = {"overviewPage",      "checklistPage", "unitsPage", "gapsPage",
                           "rectificationPage", "reportsPage",   "panelPage", "historyPage"};
    for (int id = 0; id < MainWindow::PageCount; ++id) {
        action(t.window, QStringLiteral("pageAction%1").arg(id).toLatin1().constData())->trigger();
        CHECK(t.window.currentPage() == id);
        auto* stack = t.window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        REQUIRE(stack);
        CHECK(stack->currentWidget()->objectName() == QLatin1String(names[id]));
    }
    // The navigation list drives the pages too.
    navigation->setCurrentRow(MainWindow::GapsPageId);
    CHECK(t.window.currentPage() == MainWindow::GapsPageId);
    CHECK(t.errors.isEmpty());
}

TEST_CASE("the overview shows the analysis and follows edits live")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    t.window.showPage(MainWindow::OverviewPageId);
    auto* completion = t.window.findChild<QLabel*>(QStringLiteral("overviewCompletion"));
    auto* readiness = t.window.findChild<QLabel*>(QStringLiteral("overviewReadiness"));
    auto* chart = t.window.findChild<CategoryChart*>(QStringLiteral("categoryChart"));
    auto* framework = t.window.findChild<QLabel*>(QStringLiteral("overviewFramework"));
    REQUIRE(completion);
    REQUIRE(readiness);
    REQUIRE(chart);
    CHECK(completion->text().contains(QStringLiteral("28")));
    CHECK(chart->bars().size() == 6);
    CHECK(framework->text().contains(QStringLiteral("参考版")));
    CHECK(readiness->text().contains(QStringLiteral("Not ready")));
    auto* metRate = t.window.findChild<QLabel*>(QStringLiteral("overviewMetRate"));
    const QString before = metRate->text();

    // Rating a requirement elsewhere updates the overview at once.
    DocumentSession& session = *t.window.session();
    REQUIRE_OK(session.apply(std::make_unique<SetRatingCommand>(
        session, QStringLiteral("E3"), Rating::Met, std::nullopt, QString())));
    CHECK(metRate->text() != before);

    // The institution's name is edited in place, undoably.
    auto* name = t.window.findChild<QLineEdit*>(QStringLiteral("institutionName"));
    REQUIRE(name);
    name->setFocus();
    name->setText(QStringLiteral("另一所大学")); // keyClicks types ASCII only
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(session.document().institution().get()->name == QStringLiteral("另一所大学"));
    action(t.window, "undoAction")->trigger();
    CHECK(session.document().institution().get()->name == QStringLiteral("示例大学"));
    CHECK(metRate->text() != before); // the rating is still there
    action(t.window, "undoAction")->trigger();
    CHECK(metRate->text() == before);
    action(t.window, "redoAction")->trigger();
    CHECK(session.document().ratings().get(session.assessmentId(), QStringLiteral("E3"))->rating ==
          Rating::Met);
}

TEST_CASE("the phase dates are edited from the overview and undone")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    auto* overview = qobject_cast<OverviewPage*>(t.window.page(MainWindow::OverviewPageId));
    REQUIRE(overview);
    overview->askPhases = [](PhasePlan& plan) {
        plan[2].end = QDate(2020, 12, 15);
        return true;
    };
    auto* button = overview->findChild<QPushButton*>(QStringLiteral("editPhasesButton"));
    REQUIRE(button);
    button->click();
    DocumentSession& session = *t.window.session();
    CHECK(session.document().assessments().current()->phases[2].end == QDate(2020, 12, 15));
    CHECK(session.assessment().phases[2].end == QDate(2020, 12, 15));
    session.undoStack()->undo();
    CHECK(session.document().assessments().current()->phases[2].end == QDate(2020, 11, 30));
}

TEST_CASE("the gaps page lists the gaps and opens a requirement on double-click")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    auto* gaps = qobject_cast<GapsPage*>(t.window.page(MainWindow::GapsPageId));
    REQUIRE(gaps);
    QAbstractItemModel* model = gaps->view()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int gapCount = int(t.window.session()->analysis().gaps().size());
    CHECK(model->rowCount() == gapCount);
    CHECK(gapCount > 0);

    // Sorting by rating keeps every row.
    gaps->view()->sortByColumn(GapModel::Rating, Qt::DescendingOrder);
    CHECK(model->rowCount() == gapCount);

    // The search narrows the list.
    auto* search = gaps->findChild<QLineEdit*>(QStringLiteral("gapsSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("T5"));
    CHECK(model->rowCount() == 1);
    search->clear();

    QSignalSpy spy(gaps, &GapsPage::requirementActivated);
    const QModelIndex first = model->index(0, GapModel::Title);
    emit gaps->view()->doubleClicked(first);
    REQUIRE(spy.count() == 1);
    CHECK(t.window.currentPage() == MainWindow::ChecklistPageId);

    // Rating a gap as met removes it from the list.
    const QString code = spy.first().first().toString();
    DocumentSession& session = *t.window.session();
    const auto suggestion = session.suggestionFor(code);
    REQUIRE_OK(session.apply(std::make_unique<SetRatingCommand>(
        session, code, Rating::Met, suggestion, QStringLiteral("已整改到位"))));
    CHECK(model->rowCount() == gapCount - 1);
}

TEST_CASE("the history shows who changed what, filtered by requirement and person")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    DocumentSession& session = *t.window.session();
    session.document().setUserName(QStringLiteral("评估组甲"));
    REQUIRE_OK(session.apply(std::make_unique<SetRatingCommand>(
        session, QStringLiteral("L1"), Rating::LargelyMet, std::nullopt, QString())));
    t.window.showPage(MainWindow::HistoryPageId);
    auto* history = qobject_cast<HistoryPage*>(t.window.page(MainWindow::HistoryPageId));
    REQUIRE(history);
    QAbstractItemModelTester tester(history->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* requirement = history->findChild<QComboBox*>(QStringLiteral("historyRequirement"));
    auto* user = history->findChild<QComboBox*>(QStringLiteral("historyUser"));
    REQUIRE(requirement);
    REQUIRE(user);
    requirement->setCurrentIndex(requirement->findData(QStringLiteral("L1")));
    user->setCurrentIndex(user->findData(QStringLiteral("评估组甲")));
    REQUIRE(history->model()->rowCount() >= 1);
    CHECK(history->model()->index(0, AuditModel::Who).data().toString() ==
          QStringLiteral("评估组甲"));
    // Values and fields read as words, not keys.
    CHECK(history->model()->index(0, AuditModel::After).data().toString() ==
          QStringLiteral("基本达标"));
    CHECK(history->model()->index(0, AuditModel::Field).data().toString() ==
          QStringLiteral("Rating"));
    const int demoIndex = user->findData(QStringLiteral("demo"));
    INFO("users: " << user->count() << " demo at " << demoIndex);
    REQUIRE(demoIndex > 0);
    user->setCurrentIndex(demoIndex);
    for (int row = 0; row < history->model()->rowCount(); ++row)
        CHECK(history->model()->index(row, AuditModel::Who).data().toString() ==
              QStringLiteral("demo"));
}

TEST_CASE("preferences set the audit name, and the language switch rebuilds the UI")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    t.window.showPage(MainWindow::GapsPageId);
    t.window.askPreferences = [](Preferences& preferences) {
        preferences.userName = QStringLiteral("王老师");
        preferences.language = QStringLiteral("en");
        return true;
    };
    action(t.window, "preferencesAction")->trigger();
    CHECK(t.window.preferences().userName == QStringLiteral("王老师"));
    CHECK(LanguageManager::current() == QStringLiteral("en"));
    CHECK(t.window.currentPage() == MainWindow::GapsPageId); // the page survives the rebuild
    CHECK(t.window.menuBar()->actions().first()->text() == QStringLiteral("&File"));

    DocumentSession& session = *t.window.session();
    REQUIRE_OK(session.apply(std::make_unique<SetRatingCommand>(
        session, QStringLiteral("L4"), Rating::NotMet, std::nullopt, QString())));
    AuditTrail::Filter filter;
    filter.key = QStringLiteral("L4");
    CHECK(session.document().audit().entries(filter)->first().user == QStringLiteral("王老师"));
    CHECK(Preferences::load().userName == QStringLiteral("王老师"));

    // Back to Chinese: the menus are translated.
    t.window.askPreferences = [](Preferences& preferences) {
        preferences.language = QStringLiteral("zh_CN");
        return true;
    };
    action(t.window, "preferencesAction")->trigger();
    CHECK(LanguageManager::current() == QStringLiteral("zh_CN"));
    CHECK(t.window.menuBar()->actions().first()->text() != QStringLiteral("&File"));
}

TEST_CASE("a second window on the same document is refused with the holder named")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    TestWindow first;
    REQUIRE(first.window.openDocument(path));
    TestWindow second;
    CHECK_FALSE(second.window.openDocument(path));
    REQUIRE(second.errors.size() == 1);
    CHECK(second.errors.first().contains(QStringLiteral("already open")));
    CHECK(second.window.session() == nullptr);
}

TEST_CASE("new, save a copy, close, recent files and dropping a document")
{
    QTemporaryDir dir;
    TestWindow t;
    const QString created = dir.filePath(QStringLiteral("new.duibiao"));
    t.window.askNewDocument = [&](QString& path, NewDocumentSpec& spec) {
        path = created;
        spec = defaultDocumentSpec();
        return true;
    };
    action(t.window, "newAction")->trigger();
    REQUIRE(t.window.session());
    CHECK(t.window.session()->path() == created);

    const QString copy = dir.filePath(QStringLiteral("copy.duibiao"));
    t.window.askCopyPath = [&] {
        return copy;
    };
    action(t.window, "saveCopyAction")->trigger();
    CHECK(QFileInfo::exists(copy));

    action(t.window, "closeAction")->trigger();
    CHECK(t.window.session() == nullptr);
    CHECK(Preferences::recentFiles().contains(QFileInfo(created).absoluteFilePath()));

    // Dropping a .duibiao file onto the window opens it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(copy)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&t.window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&t.window, &drop);
    REQUIRE(t.window.session());
    CHECK(t.window.session()->path() == copy);

    // A file that is not a document is refused with a message; the open one stays.
    const QString junk = dir.filePath(QStringLiteral("junk.duibiao"));
    writeFile(junk, "not a database");
    CHECK_FALSE(t.window.openDocument(junk));
    CHECK(t.errors.last().contains(QStringLiteral("not a Duibiao document")));
    CHECK(t.window.session()->path() == copy);
}

TEST_CASE("File > New offers the built-in frameworks and starts the chosen one")
{
    QTemporaryDir dir;
    TestWindow t;
    NewDocumentDialog dialog(Language::Chinese);
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("frameworkChoice"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("frameworkNote"));
    auto* institution = dialog.findChild<QLineEdit*>(QStringLiteral("institutionName"));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("documentPath"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE((choice && note && institution && file && buttons));
    REQUIRE(choice->count() == 2); // the 28 requirements first, then the college checklist
    CHECK(dialog.framework().requirementCount() == 28);
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled()); // no file yet

    choice->setCurrentIndex(1);
    CHECK(dialog.framework().code == QStringLiteral("college-ggw-2020"));
    CHECK(note->text().contains(QStringLiteral("参考版")));
    institution->insert(QStringLiteral("示例大学")); // as an input method commits it
    QTest::keyClicks(file, dir.filePath(QStringLiteral("college")));
    CHECK(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog.path().endsWith(QStringLiteral("college.duibiao")));

    t.window.askNewDocument = [&](QString& path, NewDocumentSpec& spec) {
        path = dialog.path();
        spec =
            documentSpecFor(dialog.frameworkJson(), dialog.framework(), dialog.institutionName());
        return true;
    };
    action(t.window, "newAction")->trigger();
    REQUIRE(t.window.session());
    CHECK(t.window.session()->framework().code == QStringLiteral("college-ggw-2020"));
    CHECK(t.window.session()->assessment().title.startsWith(QStringLiteral("二级关工委")));
    CHECK(t.window.session()->document().institution().get().value().name ==
          QStringLiteral("示例大学"));
    CHECK(t.window.session()->analysis().requirements.size() == 17);
    // The Overview reads in points: each category out of its own points.
    t.window.showPage(MainWindow::OverviewPageId);
    auto* chart = t.window.findChild<CategoryChart*>(QStringLiteral("categoryChart"));
    REQUIRE(chart);
    REQUIRE(chart->bars().size() == 5);
    CHECK(chart->bars().first().scoreText == QStringLiteral("0.0 / 20 分"));
}

TEST_CASE("a day's work through the window: rate, write, attach, plan, undo and redo")
{
    QTemporaryDir dir;
    TestWindow t;
    const QString path = dir.filePath(QStringLiteral("work.duibiao"));
    t.window.askNewDocument = [&](QString& chosen, NewDocumentSpec& spec) {
        chosen = path;
        spec = defaultDocumentSpec();
        return true;
    };
    action(t.window, "newAction")->trigger();
    REQUIRE(t.window.session());
    DocumentSession& session = *t.window.session();
    Document& document = session.document();
    const qint64 assessment = session.assessmentId();

    action(t.window, "pageAction1")->trigger(); // Checklist, Ctrl+2
    t.window.showRequirement(QStringLiteral("L3"));
    auto* checklist = t.window.findChild<QWidget*>(QStringLiteral("checklistPage"));
    REQUIRE(checklist);

    // Rate.
    auto* rating = checklist->findChild<QComboBox*>(QStringLiteral("ratingSelector"));
    REQUIRE(rating);
    rating->setCurrentIndex(rating->findData(int(Rating::Met)));
    CHECK(document.ratings().get(assessment, QStringLiteral("L3"))->rating == Rating::Met);

    // Write the narrative; it is saved when the typing pauses.
    auto* narrative = checklist->findChild<QPlainTextEdit*>(QStringLiteral("narrativeEdit"));
    REQUIRE(narrative);
    narrative->setFocus();
    QTest::keyClicks(narrative, QStringLiteral("Issued as a Party committee document."));
    QTest::qWait(RequirementDetailPane::saveDelayMs + 300);
    CHECK(document.ratings().get(assessment, QStringLiteral("L3"))->narrative ==
          QStringLiteral("Issued as a Party committee document."));

    // Attach an evidence file through the Add button (the file dialog answered).
    auto* pane = checklist->findChild<RequirementDetailPane*>(QStringLiteral("requirementDetail"));
    REQUIRE(pane);
    const QString evidence = dir.filePath(QStringLiteral("文件.pdf"));
    writeFile(evidence, "%PDF-1.4\n关于印发年度工作要点的通知\n");
    pane->setFileChooser([&] { return QStringList{evidence}; });
    auto* addEvidence = checklist->findChild<QPushButton*>(QStringLiteral("addEvidenceButton"));
    REQUIRE(addEvidence);
    addEvidence->click();
    CHECK(document.evidence().list(assessment)->size() == 1);

    // Plan a rectification item for the requirement.
    pane->setMeasurePrompt(
        [](const QString&) { return std::optional<QString>(QStringLiteral("补发正式文件")); });
    auto* addItem = checklist->findChild<QPushButton*>(QStringLiteral("addItemButton"));
    REQUIRE(addItem);
    addItem->click();
    auto items = document.rectification().all(assessment);
    REQUIRE(items->size() == 1);
    CHECK(items->first().requirementCodes == QStringList{QStringLiteral("L3")});

    // Undo all four through the Edit menu, newest first; then redo them.
    QAction* undo = action(t.window, "undoAction");
    QAction* redo = action(t.window, "redoAction");
    CHECK(undo->text().contains(QStringLiteral("rectification")));
    for (int i = 0; i < 4; ++i)
        undo->trigger();
    CHECK(document.rectification().all(assessment)->isEmpty());
    CHECK(document.evidence().list(assessment)->isEmpty());
    CHECK(document.ratings().get(assessment, QStringLiteral("L3"))->narrative.isEmpty());
    CHECK(document.ratings().get(assessment, QStringLiteral("L3"))->rating == Rating::Unrated);
    CHECK_FALSE(undo->isEnabled());
    for (int i = 0; i < 4; ++i)
        redo->trigger();
    CHECK(document.ratings().get(assessment, QStringLiteral("L3"))->rating == Rating::Met);
    CHECK(document.ratings().get(assessment, QStringLiteral("L3"))->narrative ==
          QStringLiteral("Issued as a Party committee document."));
    CHECK(document.evidence().list(assessment)->size() == 1);
    CHECK(document.rectification().all(assessment)->size() == 1);

    // Everything is in the file: close and read it back.
    action(t.window, "closeAction")->trigger();
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    auto reopened = Document::open(path, options);
    REQUIRE_OK(reopened);
    CHECK((*reopened)->ratings().get(assessment, QStringLiteral("L3"))->rating == Rating::Met);
    CHECK((*reopened)->evidence().list(assessment)->size() == 1);
}

TEST_CASE("restoring a backup from the File menu, itself undoable from the list")
{
    QTemporaryDir dir;
    TestWindow t;
    const QString path = demoPath(dir);
    REQUIRE(t.window.openDocument(path)); // the first open of the day takes a backup
    DocumentSession* session = t.window.session();
    const qint64 assessment = session->assessmentId();
    REQUIRE_OK(session->apply(std::make_unique<SetRatingCommand>(
        *session, QStringLiteral("O2"), Rating::Met, std::nullopt, QString())));
    QVector<BackupSet::Backup> offered;
    auto withReason = [](const QVector<BackupSet::Backup>& backups, const char* reason) {
        for (const BackupSet::Backup& backup : backups) {
            if (backup.reason == QLatin1String(reason))
                return backup.path;
        }
        return QString();
    };
    t.window.askBackup = [&](const QVector<BackupSet::Backup>& backups) {
        offered = backups;
        return withReason(backups, "daily");
    };
    action(t.window, "restoreBackupAction")->trigger();
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().reason == QStringLiteral("daily"));
    REQUIRE(t.window.session());
    session = t.window.session();
    CHECK(session->document().ratings().get(assessment, QStringLiteral("O2"))->rating ==
          Rating::NotMet);

    // The state before the restore is in the list now: restoring it undoes the restore.
    t.window.askBackup = [&](const QVector<BackupSet::Backup>& backups) {
        offered = backups;
        return withReason(backups, "restore"); // taken just before the restore
    };
    action(t.window, "restoreBackupAction")->trigger();
    CHECK(offered.size() == 2); // no second daily copy on reopening the same day
    CHECK(t.window.session()->document().ratings().get(assessment, QStringLiteral("O2"))->rating ==
          Rating::Met);
    CHECK(t.errors.isEmpty());
}

TEST_CASE("the reports page exports the self-evaluation report as PDF and ODT")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    auto* reports = qobject_cast<ReportsPage*>(t.window.page(MainWindow::ReportsPageId));
    REQUIRE(reports);
    t.window.showPage(MainWindow::ReportsPageId);
    QStringList messages;
    reports->showMessage = [&](const QString&, const QString& message) {
        messages.append(message);
    };
    const QString pdf = dir.filePath(QStringLiteral("self.pdf"));
    reports->askSavePath = [&](const QString& suggested, const QString& format) {
        CHECK(suggested.endsWith(QLatin1Char('.') + format));
        return format == QLatin1String("pdf") ? pdf : dir.filePath(QStringLiteral("self.odt"));
    };
    auto* exportPdf = reports->findChild<QPushButton*>(QStringLiteral("exportPdfButton"));
    REQUIRE(exportPdf);
    exportPdf->click();
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(readFile(pdf).startsWith("%PDF"));
    auto* exportOdt = reports->findChild<QPushButton*>(QStringLiteral("exportOdtButton"));
    REQUIRE(exportOdt);
    exportOdt->click();
    CHECK(QFileInfo(dir.filePath(QStringLiteral("self.odt"))).size() > 0);
    auto* status = reports->findChild<QLabel*>(QStringLiteral("reportStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("self.odt")));

    // The ledger goes to a printer (here a PDF printer) in landscape.
    auto* kind = reports->findChild<QComboBox*>(QStringLiteral("reportKind"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(int(ReportKind::Ledger)));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("ledger.pdf")));
    printer.setPageOrientation(QPageLayout::Landscape);
    CHECK(reports->printTo(printer));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("ledger.pdf"))).size() > 1000);
    CHECK(messages.isEmpty());
}
