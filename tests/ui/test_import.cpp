// File → Import Package…, Copy for Team Member… and Rectify the Panel's Findings…, driven
// through the main window's actions on the offscreen platform.

#include "TestSupport.h"

#include "MainWindow.h"
#include "commands/RequirementCommands.h"
#include "demo/DemoBuilder.h"
#include "dialogs/ImportPackageDialog.h"
#include "exchange/merge/OpinionsToRectification.h"
#include "exchange/package/PackageExporter.h"
#include "models/MergePlanModel.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/DocumentSetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QUndoStack>

using namespace duibiao;
using namespace duibiao::test;

namespace {

// A window whose dialogs never block: answers are given in advance, messages collected.
struct TestWindow
{
    FixedClock clock{QDate(2020, 11, 20)};
    MainWindow window;
    QStringList errors;
    QStringList messages;
    QString importPath;
    QString teamCopyPath;
    bool answerYes = true;
    QStringList questions;
    std::function<bool(ImportPackageDialog&)> choose = [](ImportPackageDialog&) {
        return true;
    };
    int previews = 0;

    TestWindow()
    {
        QSettings().clear();
        LanguageManager::apply(QStringLiteral("en"));
        window.setClock(&clock);
        window.showError = [this](const QString&, const QString& message) {
            errors.append(message);
        };
        window.showInformation = [this](const QString&, const QString& message) {
            messages.append(message);
        };
        window.askImportPath = [this] {
            return importPath;
        };
        window.askTeamCopyPath = [this] {
            return teamCopyPath;
        };
        window.askYesNo = [this](const QString&, const QString& question) {
            questions.append(question);
            return answerYes;
        };
        window.askImportChoices = [this](ImportPackageDialog& dialog) {
            ++previews;
            return choose(dialog);
        };
        window.askReopenReason = [] {
            return QStringLiteral("test");
        };
        window.show();
    }

    QAction* action(const char* name)
    {
        auto* found = window.findChild<QAction*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    QString narrative(const QString& code)
    {
        DocumentSession& session = *window.session();
        Result<RequirementAssessment> row =
            session.document().ratings().get(session.assessmentId(), code);
        REQUIRE_OK(row);
        return row->narrative;
    }

    Status editNarrative(const QString& code, const QString& text)
    {
        DocumentSession& session = *window.session();
        return session.apply(std::make_unique<SetRequirementTextCommand>(
            session, code, SetRequirementTextCommand::Field::Narrative, text));
    }

    int itemCount()
    {
        DocumentSession& session = *window.session();
        Result<QVector<RectificationItem>> items =
            session.document().rectification().all(session.assessmentId());
        REQUIRE_OK(items);
        return int(items->size());
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

void exportPackage(Document& document, const QString& path, PackageKind kind,
                   const QStringList& categories = {})
{
    PackageExportOptions options;
    options.kind = kind;
    options.freeze = false;
    options.categories = categories;
    options.today = QDate(2020, 11, 20);
    REQUIRE_OK(PackageExporter::exportPackage(document, path, options));
}

// The member edits T1 alone and T3 against the coordinator, and exports category T.
QString memberPackage(const QString& memberPath, const QString& packagePath)
{
    Document::Options options;
    options.userName = QStringLiteral("成员甲");
    Result<std::unique_ptr<Document>> member = Document::open(memberPath, options);
    REQUIRE_OK(member);
    Document& m = **member;
    Result<Assessment> assessment = m.assessments().current();
    REQUIRE_OK(assessment);
    REQUIRE_OK(m.ratings().setNarrative(assessment->id, QStringLiteral("T1"),
                                        QStringLiteral("成员补写的T1叙述")));
    REQUIRE_OK(
        m.ratings().setNarrative(assessment->id, QStringLiteral("T3"), QStringLiteral("成员的T3")));
    exportPackage(m, packagePath, PackageKind::Team, {QStringLiteral("T")});
    return packagePath;
}

// Chooses the package's side for the one conflicting row, through the model as the
// table's check box does.
bool takePackageForTheConflict(ImportPackageDialog& dialog)
{
    MergePlanModel* model = dialog.model();
    int decisions = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex choice = model->index(row, MergePlanModel::ChoiceColumn);
        if (!model->data(choice, MergePlanModel::ConflictRole).toBool())
            continue;
        ++decisions;
        CHECK(model->data(choice, Qt::DisplayRole).toString() == QStringLiteral("Keep here"));
        CHECK(model->flags(choice) & Qt::ItemIsUserCheckable);
        REQUIRE(model->setData(choice, Qt::Checked, Qt::CheckStateRole));
        CHECK(model->data(choice, Qt::DisplayRole).toString() == QStringLiteral("Take package"));
    }
    CHECK(decisions == 1);
    return true;
}

} // namespace

TEST_CASE("a team member's copy comes back through the import with a conflict chosen")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));

    // File → Copy for Team Member… writes the member's copy and says what to do next.
    t.action("copyForTeamAction")->trigger(); // cancelled: nothing written
    CHECK(t.messages.isEmpty());
    t.teamCopyPath = dir.filePath(QStringLiteral("member.duibiao"));
    t.action("copyForTeamAction")->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.errors.isEmpty());
    REQUIRE(QFileInfo::exists(t.teamCopyPath));
    REQUIRE(t.messages.size() == 1);
    CHECK(t.messages.first().contains(QStringLiteral("Export for Team Member")));
    CHECK(t.messages.first().contains(QStringLiteral("Import Package")));
    // A second copy onto the same file is refused.
    t.action("copyForTeamAction")->trigger();
    CHECK(t.errors.size() == 1);
    t.errors.clear();

    const QString package = memberPackage(t.teamCopyPath, dir.filePath(QStringLiteral("team.zip")));
    // Meanwhile the coordinator writes L1 (outside the member's scope) and T3.
    REQUIRE_OK(t.editNarrative(QStringLiteral("L1"), QStringLiteral("协调员的L1")));
    REQUIRE_OK(t.editNarrative(QStringLiteral("T3"), QStringLiteral("协调员的T3")));
    const QString t2Before = t.narrative(QStringLiteral("T2"));

    t.importPath = package;
    t.choose = [](ImportPackageDialog& dialog) {
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filterTester(
            dialog.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto* header = dialog.findChild<QLabel*>(QStringLiteral("importHeader"));
        REQUIRE(header);
        CHECK(header->text().contains(QStringLiteral("A team member's work")));
        CHECK(header->text().contains(QStringLiteral("示例大学")));
        CHECK(header->text().contains(QStringLiteral("1 conflict(s)")));
        CHECK(header->text().contains(QStringLiteral("Fingerprint: ")));
        // Conflicts only: the one row that needs a decision.
        auto* conflictsOnly = dialog.findChild<QCheckBox*>(QStringLiteral("importConflictsOnly"));
        REQUIRE(conflictsOnly);
        CHECK(dialog.filter()->rowCount() > 1);
        conflictsOnly->setChecked(true);
        CHECK(dialog.filter()->rowCount() == 1);
        // "Take all" and "Keep all" flip the choice; the last word is the row's own.
        dialog.findChild<QPushButton*>(QStringLiteral("importTakeAll"))->click();
        const QModelIndex choice = dialog.filter()->index(0, MergePlanModel::ChoiceColumn);
        CHECK(choice.data().toString() == QStringLiteral("Take package"));
        dialog.findChild<QPushButton*>(QStringLiteral("importKeepAll"))->click();
        CHECK(choice.data().toString() == QStringLiteral("Keep here"));
        return takePackageForTheConflict(dialog);
    };
    t.action("importPackageAction")->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.errors.isEmpty());
    CHECK(t.previews == 1);
    REQUIRE(t.messages.size() == 2);
    CHECK(t.messages.last().contains(QStringLiteral("Restore from Backup")));
    CHECK(t.narrative(QStringLiteral("T1")) == QStringLiteral("成员补写的T1叙述"));
    CHECK(t.narrative(QStringLiteral("T3")) == QStringLiteral("成员的T3")); // the package's side
    CHECK(t.narrative(QStringLiteral("L1")) == QStringLiteral("协调员的L1"));
    CHECK(t.narrative(QStringLiteral("T2")) == t2Before);
    // The import is undone through its backup, not the undo stack.
    CHECK(t.window.session()->undoStack()->count() == 0);
    Result<QVector<BackupSet::Backup>> backups = BackupSet(t.window.session()->path()).list();
    REQUIRE_OK(backups);
    CHECK_FALSE(backups->isEmpty());
}

TEST_CASE("cancelling the import preview or a hostile package changes nothing")
{
    QTemporaryDir dir;
    TestWindow t;
    const QString path = demoPath(dir);
    REQUIRE(t.window.openDocument(path));
    t.teamCopyPath = dir.filePath(QStringLiteral("member.duibiao"));
    t.action("copyForTeamAction")->trigger();
    REQUIRE(t.errors.isEmpty());
    const QString package = memberPackage(t.teamCopyPath, dir.filePath(QStringLiteral("team.zip")));
    t.window.closeDocument();
    const QString before = sha256OfFile(path);

    SECTION("Cancel in the preview")
    {
        REQUIRE(t.window.openDocument(path));
        t.importPath = package;
        t.choose = [](ImportPackageDialog& dialog) {
            // Choices made and then cancelled are not written either.
            dialog.findChild<QPushButton*>(QStringLiteral("importTakeAll"))->click();
            return false;
        };
        t.action("importPackageAction")->trigger();
        CHECK(t.previews == 1);
        CHECK(t.narrative(QStringLiteral("T1")) != QStringLiteral("成员补写的T1叙述"));
    }
    SECTION("a package with a path escaping the folder")
    {
        REQUIRE(t.window.openDocument(path));
        t.importPath = testData(QStringLiteral("packages/slip-dotdot.zip"));
        t.action("importPackageAction")->trigger();
        CHECK(t.previews == 0);
        REQUIRE(t.errors.size() == 1);
        CHECK(t.errors.first().contains(QStringLiteral("../x: the name has a \"..\" segment")));
        CHECK(t.errors.first().contains(QStringLiteral("nothing was changed")));
    }
    SECTION("a package of another framework")
    {
        REQUIRE(t.window.openDocument(path));
        t.importPath = testData(QStringLiteral("packages/valid-team.zip"));
        t.action("importPackageAction")->trigger();
        CHECK(t.previews == 0);
        REQUIRE(t.errors.size() == 1);
    }
    t.window.closeDocument();
    CHECK(sha256OfFile(path) == before);
}

TEST_CASE("a submitted assessment refuses a team package and takes the panel's opinions")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    // The panel's document: a copy of the submission with the panel's opinions in it.
    const QString opinionsPackage = dir.filePath(QStringLiteral("opinions.zip"));
    {
        Document::Options options;
        options.userName = QStringLiteral("评议组");
        Result<std::unique_ptr<Document>> document = Document::open(path, options);
        REQUIRE_OK(document);
        const QString panelPath = dir.filePath(QStringLiteral("panel.duibiao"));
        REQUIRE_OK((*document)->saveCopyAs(panelPath));
        document->reset();
        Result<std::unique_ptr<Document>> panel = Document::open(panelPath, options);
        REQUIRE_OK(panel);
        Result<Assessment> assessment = (*panel)->assessments().current();
        REQUIRE_OK(assessment);
        auto opinion = [&](const QString& code, Rating rating, const QString& comment) {
            ReviewOpinion o;
            o.requirementCode = code;
            o.panel = QStringLiteral("南京片区评议组");
            o.reviewer = QStringLiteral("评议员");
            o.rating = rating;
            o.comment = comment;
            REQUIRE_OK((*panel)->reviewOpinions().add(assessment->id, o));
        };
        opinion(QStringLiteral("T1"), Rating::NotMet, QStringLiteral("补齐特邀组织员名单"));
        opinion(QStringLiteral("L2"), Rating::LargelyMet, QStringLiteral("会议纪要不全"));
        opinion(QStringLiteral("L1"), Rating::Met, QStringLiteral("很好"));
        opinion(QString(), Rating::LargelyMet, QStringLiteral("总体较好"));
        exportPackage(**panel, opinionsPackage, PackageKind::Opinions);
    }

    TestWindow t;
    REQUIRE(t.window.openDocument(path));
    const QString member = dir.filePath(QStringLiteral("member.duibiao"));
    t.teamCopyPath = member;
    t.action("copyForTeamAction")->trigger();
    const QString teamPackage = memberPackage(member, dir.filePath(QStringLiteral("team.zip")));
    // Submit: the package the panel holds describes the assessment as it is now.
    DocumentSession& session = *t.window.session();
    REQUIRE(t.window.exportPackage(dir.filePath(QStringLiteral("sub.zip")), {}));
    REQUIRE(session.assessment().status == AssessmentStatus::Submitted);
    const int itemsBefore = t.itemCount();

    t.importPath = teamPackage;
    t.action("importPackageAction")->trigger();
    CHECK(t.previews == 0);
    REQUIRE(t.errors.size() == 1);
    CHECK(t.errors.first().contains(QStringLiteral("Reopen Assessment")));
    CHECK(t.narrative(QStringLiteral("T1")) != QStringLiteral("成员补写的T1叙述"));
    t.errors.clear();

    // The opinions come in; the user agrees to reopen and to rectify the findings.
    t.importPath = opinionsPackage;
    t.action("importPackageAction")->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.errors.isEmpty());
    CHECK(t.previews == 1);
    Result<QVector<ReviewOpinion>> opinions =
        session.document().reviewOpinions().all(session.assessmentId());
    REQUIRE_OK(opinions);
    CHECK(opinions->size() == 4);
    // First the offer to rectify, then the request to reopen.
    REQUIRE(t.questions.size() == 2);
    CHECK(session.assessment().status == AssessmentStatus::Draft);
    // T1 (not met) and L2 (largely met) became items; L1 (met) and the overall opinion did not.
    REQUIRE(t.itemCount() == itemsBefore + 2);
    Result<QVector<RectificationItem>> items =
        session.document().rectification().all(session.assessmentId());
    REQUIRE_OK(items);
    int found = 0;
    for (const RectificationItem& item : *items) {
        if (item.measure == QStringLiteral("落实评议意见：补齐特邀组织员名单")) {
            ++found;
            CHECK(item.requirementCodes == QStringList{QStringLiteral("T1")});
            CHECK(item.phase == 4);
            CHECK(item.status == RectificationStatus::Planned);
            CHECK(item.deadline == session.assessment().phases[3].end);
        }
        if (item.measure == QStringLiteral("落实评议意见：会议纪要不全"))
            ++found;
    }
    CHECK(found == 2);
    // The Checklist shows the panel's opinion beside the self-rating.
    t.window.showRequirement(QStringLiteral("T1"));
    auto* panelOpinion = t.window.findChild<QLabel*>(QStringLiteral("panelOpinion"));
    REQUIRE(panelOpinion);
    CHECK(panelOpinion->text().contains(QStringLiteral("补齐特邀组织员名单")));
    CHECK(panelOpinion->text().contains(QStringLiteral("南京片区评议组")));

    // Once more, from the Rectification page: every finding has its item, nothing new is made.
    const int shown = int(t.messages.size());
    t.window.showPage(MainWindow::RectificationPageId);
    auto* again = t.window.findChild<QPushButton*>(QStringLiteral("rectifyFindingsButton"));
    REQUIRE(again);
    again->click();
    CHECK(t.itemCount() == itemsBefore + 2);
    REQUIRE(t.messages.size() == shown + 1);
    CHECK(t.messages.last().contains(QStringLiteral("nothing new to rectify")));

    // One step on the undo stack takes both items away, and redo brings them back.
    QUndoStack* undo = session.undoStack();
    REQUIRE(undo->count() == 1);
    undo->undo();
    CHECK(t.itemCount() == itemsBefore);
    undo->redo();
    CHECK(t.itemCount() == itemsBefore + 2);
    undo->undo();
    CHECK(t.itemCount() == itemsBefore);
    CHECK(t.errors.isEmpty());
}

TEST_CASE("findings become items once, and an opinion on an unknown requirement is refused")
{
    Framework framework;
    framework.code = QStringLiteral("f");
    Category category;
    category.code = QStringLiteral("T");
    Requirement t1;
    t1.code = QStringLiteral("T1");
    Requirement t2;
    t2.code = QStringLiteral("T2");
    category.requirements = {t1, t2};
    framework.categories = {category};
    const PhasePlan phases = defaultPhasePlan();

    ReviewOpinion notMet;
    notMet.requirementCode = QStringLiteral("T1");
    notMet.rating = Rating::NotMet;
    notMet.comment = QStringLiteral("补充记录");
    ReviewOpinion noComment = notMet;
    noComment.requirementCode = QStringLiteral("T2");
    noComment.rating = Rating::LargelyMet;
    noComment.comment.clear();

    Result<QVector<RectificationItem>> items =
        itemsFromOpinions({notMet, notMet, noComment}, {}, framework, phases);
    REQUIRE_OK(items);
    REQUIRE(items->size() == 2); // the same opinion twice makes one item
    CHECK(items->at(0).measure == QStringLiteral("落实评议意见：补充记录"));
    CHECK(items->at(0).deadline == QDate(2020, 12, 31));
    CHECK(items->at(1).measure.startsWith(QStringLiteral("落实评议意见：T2 评为")));

    Result<QVector<RectificationItem>> again =
        itemsFromOpinions({notMet, noComment}, *items, framework, phases);
    REQUIRE_OK(again);
    CHECK(again->isEmpty());

    ReviewOpinion unknown = notMet;
    unknown.requirementCode = QStringLiteral("Z9");
    Result<QVector<RectificationItem>> refused =
        itemsFromOpinions({notMet, unknown}, {}, framework, phases);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Z9")));
}

TEST_CASE("a submission package fills a new document, framework and pages included")
{
    QTemporaryDir dir;
    const QString source = demoPath(dir);
    const QString package = dir.filePath(QStringLiteral("submission.zip"));
    {
        Result<std::unique_ptr<Document>> document = Document::open(source, {});
        REQUIRE_OK(document);
        exportPackage(**document, package, PackageKind::Submission);
    }
    TestWindow t;
    REQUIRE(t.window.newDocument(dir.filePath(QStringLiteral("new.duibiao"))));
    t.window.showPage(MainWindow::ChecklistPageId);
    t.importPath = package;
    t.choose = [](ImportPackageDialog& dialog) {
        auto* header = dialog.findChild<QLabel*>(QStringLiteral("importHeader"));
        REQUIRE(header);
        CHECK(header->text().contains(QStringLiteral("Submission to the review panel")));
        CHECK(header->text().contains(QStringLiteral("0 conflict(s)")));
        // Nothing to decide: the conflict buttons are off.
        CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importTakeAll"))->isEnabled());
        CHECK(dialog.model()->rowCount() > 0);
        return true;
    };
    t.action("importPackageAction")->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.errors.isEmpty());
    CHECK(t.previews == 1);
    // The window stands on the imported assessment: its texts and its items are there.
    CHECK(t.window.currentPage() == MainWindow::ChecklistPageId);
    CHECK(t.itemCount() > 0);
    Result<std::unique_ptr<Document>> original = Document::open(source, [] {
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        return options;
    }());
    REQUIRE_OK(original);
    Result<Assessment> assessment = (*original)->assessments().current();
    REQUIRE_OK(assessment);
    Result<RequirementAssessment> l1 =
        (*original)->ratings().get(assessment->id, QStringLiteral("L1"));
    REQUIRE_OK(l1);
    CHECK(t.narrative(QStringLiteral("L1")) == l1->narrative);
    CHECK_FALSE(l1->narrative.isEmpty());
    // The import can be imported again without change: nothing left to do.
    t.choose = [](ImportPackageDialog& dialog) {
        CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        return false;
    };
    t.action("importPackageAction")->trigger();
    CHECK(t.previews == 2);
}
