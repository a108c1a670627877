// File → Export Review Package…, Export for Team Member… and Reopen Assessment…, driven
// through the main window's actions on the offscreen platform.

#include "TestSupport.h"

#include "MainWindow.h"
#include "commands/RequirementCommands.h"
#include "demo/DemoBuilder.h"
#include "dialogs/ExportPackageDialog.h"
#include "exchange/package/PackageManifest.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/DocumentSetup.h"

#include <QAction>
#include <QListWidget>
#include <QSettings>
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
    QString packagePath;
    QString suggested;
    QString reopenReason;

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
        window.askPackagePath = [this](const QString& name) {
            suggested = name;
            return packagePath;
        };
        window.askReopenReason = [this] {
            return reopenReason;
        };
        window.show();
    }

    QAction* action(const char* name)
    {
        auto* found = window.findChild<QAction*>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }

    Status editNarrative(const QString& text)
    {
        DocumentSession& session = *window.session();
        return session.apply(std::make_unique<SetRequirementTextCommand>(
            session, QStringLiteral("L1"), SetRequirementTextCommand::Field::Narrative, text));
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

} // namespace

TEST_CASE("exporting the review package freezes the assessment until it is reopened")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    REQUIRE_OK(t.editNarrative(QStringLiteral("before the export")));
    CHECK(t.window.session()->undoStack()->count() == 1);

    // Cancelled at the file chooser: nothing happens.
    t.action("exportPackageAction")->trigger();
    CHECK(t.suggested.endsWith(QLatin1String(".zip")));
    CHECK(t.suggested.startsWith(QStringLiteral("示例大学-")));
    CHECK(t.messages.isEmpty());

    t.packagePath = dir.filePath(QStringLiteral("package.zip"));
    t.action("exportPackageAction")->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.errors.isEmpty());
    REQUIRE(t.messages.size() == 1);
    REQUIRE(QFileInfo::exists(t.packagePath));
    auto stamp =
        t.window.session()->document().assessments().submission(t.window.session()->assessmentId());
    REQUIRE_OK(stamp);
    CHECK(t.messages.first().contains(shortFingerprint(stamp->fingerprint)));
    CHECK(t.messages.first().contains(QStringLiteral("Reopen Assessment")));
    CHECK(t.window.session()->assessment().status == AssessmentStatus::Submitted);
    // Nothing from before the freeze can be undone into the submitted assessment.
    CHECK(t.window.session()->undoStack()->count() == 0);

    const Status refused = t.editNarrative(QStringLiteral("after the export"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("The assessment was submitted on ")));
    CHECK(refused.error().message.contains(shortFingerprint(stamp->fingerprint)));
    CHECK(refused.error().message.endsWith(
        QStringLiteral("Reopen it to edit: File → Reopen Assessment…")));

    // Reopening without a reason does nothing; with one, editing works again.
    t.action("reopenAction")->trigger();
    CHECK(t.window.session()->assessment().status == AssessmentStatus::Submitted);
    t.reopenReason = QStringLiteral("The panel asked for the 2020 minutes.");
    t.action("reopenAction")->trigger();
    CHECK(t.errors.isEmpty());
    CHECK(t.window.session()->assessment().status == AssessmentStatus::Draft);
    REQUIRE_OK(t.editNarrative(QStringLiteral("after reopening")));

    // Reopening a draft is refused with a message.
    t.action("reopenAction")->trigger();
    CHECK(t.errors.size() == 1);
}

TEST_CASE("a team member chooses categories and units and the package holds only those")
{
    QTemporaryDir dir;
    TestWindow t;
    REQUIRE(t.window.openDocument(demoPath(dir)));
    DocumentSession& session = *t.window.session();

    ExportPackageDialog dialog(session.framework(), session.input().units, Language::English);
    auto* categories = dialog.findChild<QListWidget*>(QStringLiteral("exportCategories"));
    auto* units = dialog.findChild<QListWidget*>(QStringLiteral("exportUnits"));
    REQUIRE(categories);
    REQUIRE(units);
    CHECK(categories->count() == session.framework().categories.size());
    CHECK(units->count() == session.input().units.size());
    for (int i = 0; i < categories->count(); ++i)
        categories->item(i)->setCheckState(i == 2 ? Qt::Checked : Qt::Unchecked);
    for (int i = 0; i < units->count(); ++i)
        units->item(i)->setCheckState(i == 1 ? Qt::Checked : Qt::Unchecked);
    CHECK(dialog.categories() == QStringList{session.framework().categories.at(2).code});
    CHECK(dialog.unitIds() == QVector<qint64>{session.input().units.at(1).id});

    t.window.askTeamScope = [&](QStringList& chosenCategories, QVector<qint64>& chosenUnits) {
        chosenCategories = dialog.categories();
        chosenUnits = dialog.unitIds();
        return true;
    };
    t.packagePath = dir.filePath(QStringLiteral("team.zip"));
    t.action("exportTeamAction")->trigger();
    INFO(t.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(t.errors.isEmpty());
    REQUIRE(t.messages.size() == 1);
    CHECK(QFileInfo::exists(t.packagePath));
    // A team package never freezes.
    CHECK(session.assessment().status == AssessmentStatus::Draft);
    REQUIRE_OK(t.editNarrative(QStringLiteral("still editable")));
}
