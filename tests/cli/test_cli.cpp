// The command line end to end: the real duibiao executable in a temporary folder.

#include "TestSupport.h"
#include "demo/DemoBuilder.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/TeamFork.h"
#include "framework/FrameworkLoader.h"
#include "storage/DocumentSetup.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace duibiao;
using namespace duibiao::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runDuibiao(const QStringList& arguments, const QString& workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DUIBIAO_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// One demo document shared by the read-only tests of this file.
QString demoDocument()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const Run run = runDuibiao(
            {QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("demo.duibiao")},
            dir.path());
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return dir.filePath(QStringLiteral("demo.duibiao"));
    }();
    return path;
}

} // namespace

TEST_CASE("new creates an empty document on a built-in framework or a framework file")
{
    QTemporaryDir dir;
    const Run college =
        runDuibiao({QStringLiteral("new"), QStringLiteral("c.duibiao"),
                    QStringLiteral("--framework"), QStringLiteral("college-ggw-2020"),
                    QStringLiteral("--institution"), QStringLiteral("示例大学")},
                   dir.path());
    INFO(college.err.toStdString());
    REQUIRE(college.exitCode == 0);
    CHECK(college.out.contains(QStringLiteral("college-ggw-2020 2020.1 (17 requirements)")));
    const Run summary = runDuibiao(
        {QStringLiteral("summary"), QStringLiteral("c.duibiao"), QStringLiteral("--json")},
        dir.path());
    REQUIRE(summary.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("scoreText")).toString() == QStringLiteral("0.0 / 100 分"));

    // The default: the 28 provincial requirements.
    const Run standard =
        runDuibiao({QStringLiteral("new"), QStringLiteral("s.duibiao")}, dir.path());
    REQUIRE(standard.exitCode == 0);
    CHECK(standard.out.contains(QStringLiteral("jiangsu-ggw-2019")));

    // A framework file is validated in full first; nothing is created when it is refused.
    writeFile(dir.filePath(QStringLiteral("bad.json")),
              R"({"format": "duibiao-framework", "formatVersion": 9})");
    const Run bad = runDuibiao({QStringLiteral("new"), QStringLiteral("b.duibiao"),
                                QStringLiteral("--framework"), QStringLiteral("bad.json")},
                               dir.path());
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("bad.json")));
    CHECK(bad.err.contains(QStringLiteral("newer")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("b.duibiao"))));
    const Run unknown = runDuibiao({QStringLiteral("new"), QStringLiteral("u.duibiao"),
                                    QStringLiteral("--framework"), QStringLiteral("nope")},
                                   dir.path());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("college-ggw-2020")));
    const Run again = runDuibiao({QStringLiteral("new"), QStringLiteral("c.duibiao")}, dir.path());
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("demo creates a document and summary --json prints the whole analysis")
{
    QTemporaryDir dir;
    const Run demo = runDuibiao(
        {QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("d.duibiao")}, dir.path());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    REQUIRE(QFile::exists(dir.filePath(QStringLiteral("d.duibiao"))));
    // Only the finished document is left: no partial file, lock or journal.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("d.duibiao")});

    const Run summary = runDuibiao({QStringLiteral("summary"), QStringLiteral("d.duibiao"),
                                    QStringLiteral("--json"), QStringLiteral("--today"),
                                    QStringLiteral("2020-11-20")},
                                   dir.path());
    INFO(summary.err.toStdString());
    REQUIRE(summary.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(summary.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = json.object();
    CHECK(root.value(QStringLiteral("institution")).toString() == QStringLiteral("示例大学"));

    const QJsonArray requirements = root.value(QStringLiteral("requirements")).toArray();
    REQUIRE(requirements.size() == 28);
    QStringList ratingsSeen;
    int indicators = 0;
    for (const QJsonValue& value : requirements) {
        const QJsonObject r = value.toObject();
        for (const char* key : {"code", "title", "rating", "suggestedRating", "score", "gap"})
            CHECK(r.contains(QLatin1String(key)));
        CHECK_FALSE(r.value(QStringLiteral("title")).toString().isEmpty());
        ratingsSeen.append(r.value(QStringLiteral("rating")).toString());
        if (!r.value(QStringLiteral("suggestedRating")).isNull())
            ++indicators;
    }
    CHECK(requirements.first().toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("L1"));
    CHECK(requirements.last().toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("E3"));
    CHECK(indicators == 9);
    // The demo shows a mix of ratings.
    CHECK(ratingsSeen.contains(QStringLiteral("met")));
    CHECK(ratingsSeen.contains(QStringLiteral("largely_met")));
    CHECK(ratingsSeen.contains(QStringLiteral("not_met")));

    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    REQUIRE(categories.size() == 6);
    for (const QJsonValue& value : categories)
        CHECK(value.toObject().value(QStringLiteral("weightedScore")).isDouble());
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("metRate")).toDouble() > 0);
    CHECK(overall.value(QStringLiteral("metRate")).toDouble() < 1);
    CHECK(overall.value(QStringLiteral("weightedScore")).toDouble() > 0);
    CHECK(overall.value(QStringLiteral("overdueItems")).toInt() > 0);
    const QJsonObject readiness = root.value(QStringLiteral("readiness")).toObject();
    CHECK(readiness.value(QStringLiteral("ready")).toBool() == false);
    CHECK(readiness.value(QStringLiteral("reasons")).toArray().size() > 0);
}

TEST_CASE("summary prints a readable report in Chinese and English")
{
    const QString path = demoDocument();
    const Run zh = runDuibiao({QStringLiteral("summary"), path}, QDir::tempPath());
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.out.contains(QStringLiteral("示例大学")));
    CHECK(zh.out.contains(QStringLiteral("达标率")));
    CHECK(zh.out.contains(QStringLiteral("参考版")));
    CHECK(zh.out.contains(QStringLiteral("合格审定")));

    const Run en = runDuibiao(
        {QStringLiteral("summary"), path, QStringLiteral("--lang"), QStringLiteral("en")},
        QDir::tempPath());
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("Met rate")));
    CHECK(en.out.contains(QStringLiteral("Readiness for approval")));
    CHECK(en.out.contains(QStringLiteral("Leadership")));
}

TEST_CASE("check reports a sound demo document")
{
    const Run check = runDuibiao({QStringLiteral("check"), demoDocument()}, QDir::tempPath());
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("OK")));
    CHECK(check.out.contains(QStringLiteral("evidence files")));
}

TEST_CASE("a damaged or foreign file is refused by every verb and left byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.duibiao"));
    QByteArray bytes = readFile(demoDocument());
    SECTION("truncated")
    {
        bytes.truncate(6000);
    }
    SECTION("schema page overwritten")
    {
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0x41);
    }
    SECTION("not a database")
    {
        bytes = "name,rating\nL1,met\n";
    }
    writeFile(path, bytes);
    const QString before = sha256OfFile(path);
    for (const QString& verb : {QStringLiteral("summary"), QStringLiteral("check")}) {
        const Run run = runDuibiao({verb, path}, dir.path());
        INFO(verb.toStdString() + ": " + run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("bad.duibiao")));
        CHECK(run.out.isEmpty());
    }
    CHECK(sha256OfFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("bad.duibiao")});
}

TEST_CASE("wrong arguments are user errors with a message")
{
    QTemporaryDir dir;
    const Run missing =
        runDuibiao({QStringLiteral("summary"), QStringLiteral("nowhere.duibiao")}, dir.path());
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));

    const Run noFile = runDuibiao({QStringLiteral("summary")}, dir.path());
    CHECK(noFile.exitCode == 1);

    const Run unknown =
        runDuibiao({QStringLiteral("summary"), QStringLiteral("--frobnicate"), QStringLiteral("x")},
                   dir.path());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));

    const Run badSize =
        runDuibiao({QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x.duibiao"),
                    QStringLiteral("--size"), QStringLiteral("huge")},
                   dir.path());
    CHECK(badSize.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.duibiao"))));

    const Run badDate = runDuibiao({QStringLiteral("summary"), demoDocument(),
                                    QStringLiteral("--today"), QStringLiteral("yesterday")},
                                   dir.path());
    CHECK(badDate.exitCode == 1);

    const Run help = runDuibiao({QStringLiteral("--help")}, dir.path());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("summary")));
    const Run version = runDuibiao({QStringLiteral("--version")}, dir.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("duibiao ")));
}

TEST_CASE("demo never overwrites an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.duibiao"));
    writeFile(path, "precious");
    const Run run = runDuibiao({QStringLiteral("demo"), QStringLiteral("--out"), path}, dir.path());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already exists")));
    CHECK(readFile(path) == QByteArray("precious"));
}

TEST_CASE("summary reads a document while the app holds it open")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.duibiao"));
    QFile::copy(demoDocument(), path);
    Document::Options options;
    options.userName = QStringLiteral("holder");
    auto holder = Document::open(path, options);
    REQUIRE_OK(holder);
    auto assessment = (*holder)->assessments().current();
    REQUIRE_OK(assessment);
    REQUIRE_OK((*holder)->ratings().setRating(assessment->id, QStringLiteral("E3"), Rating::Met,
                                              std::nullopt, {}));

    const Run run =
        runDuibiao({QStringLiteral("summary"), path, QStringLiteral("--json")}, dir.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray requirements = QJsonDocument::fromJson(run.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("requirements"))
                                        .toArray();
    REQUIRE(requirements.size() == 28);
    // The committed edit is visible to the other process.
    CHECK(requirements.last().toObject().value(QStringLiteral("rating")).toString() ==
          QStringLiteral("met"));
}

TEST_CASE("export writes a submission package, freezes it, and refuses wrong input")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.duibiao"));
    REQUIRE(QFile::copy(demoDocument(), path));
    const Run exported = runDuibiao({QStringLiteral("export"), path, QStringLiteral("--out"),
                                     QStringLiteral("package.zip"), QStringLiteral("--today"),
                                     QStringLiteral("2020-11-20")},
                                    dir.path());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.startsWith(QStringLiteral("package.zip written: submission package, ")));
    CHECK(exported.out.contains(QStringLiteral("scores.xlsx, report.pdf, report.odt")));
    const QRegularExpressionMatch fingerprint =
        QRegularExpression(QStringLiteral("Fingerprint: ([0-9a-f]{64}) \\(([0-9A-F-]{19})\\)"))
            .match(exported.out);
    REQUIRE(fingerprint.hasMatch());
    CHECK(fingerprint.captured(2) ==
          fingerprint.captured(1).left(4).toUpper() + QLatin1Char('-') +
              fingerprint.captured(1).mid(4, 4).toUpper() + QLatin1Char('-') +
              fingerprint.captured(1).mid(8, 4).toUpper() + QLatin1Char('-') +
              fingerprint.captured(1).mid(12, 4).toUpper());
    CHECK(exported.out.contains(QStringLiteral("now marked submitted")));
    const QByteArray zip = readFile(dir.filePath(QStringLiteral("package.zip")));
    CHECK(zip.startsWith("PK\x03\x04"));
    CHECK(zip.contains("manifest.json"));

    // The document now says submitted, and says so to a reader.
    {
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        auto document = Document::open(path, options);
        REQUIRE_OK(document);
        auto assessment = (*document)->assessments().current();
        REQUIRE_OK(assessment);
        CHECK(assessment->status == AssessmentStatus::Submitted);
        auto stamp = (*document)->assessments().submission(assessment->id);
        REQUIRE_OK(stamp);
        CHECK(stamp->fingerprint == fingerprint.captured(1));
    }

    const Run team = runDuibiao(
        {QStringLiteral("export"), path, QStringLiteral("--out"), QStringLiteral("team.zip"),
         QStringLiteral("--kind"), QStringLiteral("team"), QStringLiteral("--categories"),
         QStringLiteral("T,O"), QStringLiteral("--units"), QStringLiteral("2,3")},
        dir.path());
    INFO(team.err.toStdString());
    CHECK(team.exitCode == 0);
    CHECK(team.out.startsWith(QStringLiteral("team.zip written: team package, ")));

    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QString sha = sha256OfFile(path);
    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--kind"), QStringLiteral("everything")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("team"), QStringLiteral("--units"),
                      QStringLiteral("two")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("team"),
                      QStringLiteral("--categories"), QStringLiteral("Z")},
          QStringList{QStringLiteral("--categories"), QStringLiteral("T")},
          QStringList{QStringLiteral("--kind"), QStringLiteral("opinions")},
          QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}}) {
        const Run run = runDuibiao(QStringList{QStringLiteral("export"), path,
                                               QStringLiteral("--out"), QStringLiteral("x.zip")} +
                                       wrong,
                                   dir.path());
        INFO(wrong.join(QLatin1Char(' ')).toStdString() + ": " + run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(QStringLiteral("duibiao: ")));
    }
    const Run noOut = runDuibiao({QStringLiteral("export"), path}, dir.path());
    CHECK(noOut.exitCode == 1);
    CHECK(noOut.err.contains(QStringLiteral("--out")));

    const QString junk = dir.filePath(QStringLiteral("junk.duibiao"));
    writeFile(junk, "name,rating\nL1,met\n");
    const Run foreign = runDuibiao(
        {QStringLiteral("export"), junk, QStringLiteral("--out"), QStringLiteral("y.zip")},
        dir.path());
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("junk.duibiao")));
    CHECK(readFile(junk) == "name,rating\nL1,met\n");

    // Nothing written by the refused runs; the document is as it was.
    QStringList expected = before + QStringList{QStringLiteral("junk.duibiao")};
    expected.sort();
    CHECK(QDir(dir.path()).entryList(QDir::Files) == expected);
    CHECK(sha256OfFile(path) == sha);
}

TEST_CASE("table writes the score workbook and each table as CSV")
{
    QTemporaryDir dir;
    const QString today = QStringLiteral("2020-10-15");

    // Without --kind an XLSX file holds all three tables; openpyxl reads it.
    const Run all = runDuibiao({QStringLiteral("table"), demoDocument(), QStringLiteral("--out"),
                                QStringLiteral("scores.xlsx"), QStringLiteral("--today"), today},
                               dir.path());
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("scores.xlsx written")));
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, openpyxl\n"
                        "wb = openpyxl.load_workbook(sys.argv[1])\n"
                        "print('|'.join(wb.sheetnames))\n"
                        "ws = wb['评分表']\n"
                        "print(ws.freeze_panes, ws['A1'].value, ws.cell(ws.max_row, 1).value)"),
         dir.filePath(QStringLiteral("scores.xlsx"))});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    CHECK(QString::fromUtf8(python.readAllStandardOutput()) ==
          QStringLiteral("评分表|单位指标|整改台账\nA2 类别 合计\n"));

    // One table as CSV, in English.
    const Run ledger = runDuibiao(
        {QStringLiteral("table"), demoDocument(), QStringLiteral("--kind"),
         QStringLiteral("ledger"), QStringLiteral("--lang"), QStringLiteral("en"),
         QStringLiteral("--out"), QStringLiteral("ledger.csv"), QStringLiteral("--today"), today},
        dir.path());
    INFO(ledger.err.toStdString());
    REQUIRE(ledger.exitCode == 0);
    const QByteArray csv = readFile(dir.filePath(QStringLiteral("ledger.csv")));
    CHECK(csv.startsWith("\xEF\xBB\xBFNo.,Requirements,Measure,"));
    CHECK(csv.count("\r\n") > 10);

    // Wrong input: exit 1, a message, nothing written.
    const Run badKind =
        runDuibiao({QStringLiteral("table"), demoDocument(), QStringLiteral("--kind"),
                    QStringLiteral("gaps"), QStringLiteral("--out"), QStringLiteral("x.xlsx")},
                   dir.path());
    CHECK(badKind.exitCode == 1);
    CHECK(badKind.err.contains(QStringLiteral("gaps")));
    const Run csvWithoutKind = runDuibiao(
        {QStringLiteral("table"), demoDocument(), QStringLiteral("--out"), QStringLiteral("x.csv")},
        dir.path());
    CHECK(csvWithoutKind.exitCode == 1);
    CHECK(csvWithoutKind.err.contains(QStringLiteral("--kind")));
    const Run badSuffix = runDuibiao(
        {QStringLiteral("table"), demoDocument(), QStringLiteral("--out"), QStringLiteral("x.ods")},
        dir.path());
    CHECK(badSuffix.exitCode == 1);
    const Run noFolder = runDuibiao({QStringLiteral("table"), demoDocument(),
                                     QStringLiteral("--kind"), QStringLiteral("units"),
                                     QStringLiteral("--out"), QStringLiteral("missing/units.xlsx")},
                                    dir.path());
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("units.xlsx")));
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("ledger.csv"), QStringLiteral("scores.xlsx")});
}

TEST_CASE("import previews a team package, stops at a conflict and imports with --resolve")
{
    // The coordinator's document, a member's copy with T1 and T3 written, and T3 written
    // differently by the coordinator meanwhile: one conflict.
    TempDocument coordinator;
    REQUIRE_OK(DemoBuilder::build(*coordinator, DemoBuilder::Size::Small));
    const qint64 assessment = coordinator.assessmentId();
    const QString memberPath = coordinator.dir() + QStringLiteral("/member.duibiao");
    REQUIRE_OK(forkForTeamMember(*coordinator, memberPath));
    const QString package = coordinator.dir() + QStringLiteral("/team.zip");
    {
        Document::Options options;
        options.userName = QStringLiteral("成员甲");
        Result<std::unique_ptr<Document>> member = Document::open(memberPath, options);
        REQUIRE_OK(member);
        REQUIRE_OK((*member)->ratings().setNarrative(assessment, QStringLiteral("T1"),
                                                     QStringLiteral("成员补写的T1")));
        REQUIRE_OK((*member)->ratings().setNarrative(assessment, QStringLiteral("T3"),
                                                     QStringLiteral("成员的T3")));
        PackageExportOptions exportOptions;
        exportOptions.kind = PackageKind::Team;
        exportOptions.freeze = false;
        exportOptions.categories = {QStringLiteral("T")};
        exportOptions.today = QDate(2020, 11, 20);
        REQUIRE_OK(PackageExporter::exportPackage(**member, package, exportOptions));
    }
    REQUIRE_OK(coordinator->ratings().setNarrative(assessment, QStringLiteral("T3"),
                                                   QStringLiteral("协调员的T3")));
    coordinator.close();
    const QString file = coordinator.path();
    const QString before = sha256OfFile(file);

    const Run dryRun = runDuibiao(
        {QStringLiteral("import"), file, package, QStringLiteral("--dry-run")}, coordinator.dir());
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("team package of 示例大学")));
    CHECK(dryRun.out.contains(QStringLiteral("1 conflict(s)")));
    CHECK(dryRun.out.contains(QStringLiteral("成员的T3")));
    CHECK(dryRun.out.contains(QStringLiteral("dry run: nothing was written")));
    CHECK(sha256OfFile(file) == before);

    const Run unresolved = runDuibiao({QStringLiteral("import"), file, package}, coordinator.dir());
    CHECK(unresolved.exitCode == 1);
    CHECK(unresolved.err.contains(QStringLiteral("1 conflict(s) need a decision")));
    CHECK(sha256OfFile(file) == before);

    const Run wrong = runDuibiao(
        {QStringLiteral("import"), file, package, QStringLiteral("--resolve"), QStringLiteral("x")},
        coordinator.dir());
    CHECK(wrong.exitCode == 1);
    CHECK(sha256OfFile(file) == before);

    const Run resolved = runDuibiao({QStringLiteral("import"), file, package,
                                     QStringLiteral("--resolve"), QStringLiteral("package")},
                                    coordinator.dir());
    INFO(resolved.err.toStdString());
    REQUIRE(resolved.exitCode == 0);
    CHECK(resolved.out.contains(QStringLiteral("imported into")));
    coordinator.reopen();
    Result<RequirementAssessment> t3 = coordinator->ratings().get(assessment, QStringLiteral("T3"));
    REQUIRE_OK(t3);
    CHECK(t3->narrative == QStringLiteral("成员的T3"));
    Result<RequirementAssessment> t1 = coordinator->ratings().get(assessment, QStringLiteral("T1"));
    REQUIRE_OK(t1);
    CHECK(t1->narrative == QStringLiteral("成员补写的T1"));
}

TEST_CASE("framework exports the assessment's framework and --check validates files and sheets")
{
    QTemporaryDir dir;
    for (const QString& out : {QStringLiteral("framework.json"), QStringLiteral("framework.xlsx"),
                               QStringLiteral("framework.csv")}) {
        const Run run =
            runDuibiao({QStringLiteral("framework"), demoDocument(), QStringLiteral("--out"), out},
                       dir.path());
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("28 requirements")));
    }
    Result<Framework> exported =
        FrameworkLoader::loadFile(dir.filePath(QStringLiteral("framework.json")));
    REQUIRE_OK(exported);
    CHECK(exported->requirementCount() == 28);

    for (const QString& file : {QStringLiteral("framework.json"), QStringLiteral("framework.xlsx"),
                                QStringLiteral("framework.csv")}) {
        const Run check =
            runDuibiao({QStringLiteral("framework"), QStringLiteral("--check"), file}, dir.path());
        INFO(check.err.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains(QStringLiteral("6 categories, 28 requirements.")));
    }

    // A sheet with a duplicate code and a weight that is not a number: every problem with
    // its row and column, exit 1.
    writeFile(dir.filePath(QStringLiteral("bad.csv")),
              QStringLiteral("类别编号,类别,编号,标题,权重\r\n"
                             "L,领导机制,L1,纳入党建,1\r\n"
                             "L,,L1,重复,1\r\n"
                             "L,,L2,权重错,重要\r\n")
                  .toUtf8());
    const Run bad = runDuibiao(
        {QStringLiteral("framework"), QStringLiteral("--check"), QStringLiteral("bad.csv")},
        dir.path());
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("bad.csv: row 3, column C (编号)")));
    CHECK(bad.err.contains(QStringLiteral("bad.csv: row 4, column E (权重)")));
    CHECK(bad.out.isEmpty());

    const Run badSuffix = runDuibiao({QStringLiteral("framework"), demoDocument(),
                                      QStringLiteral("--out"), QStringLiteral("framework.ods")},
                                     dir.path());
    CHECK(badSuffix.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("framework.ods"))));
}

TEST_CASE("framework --add, --list, --diff and --move work with the document's versions")
{
    QTemporaryDir dir;
    const auto run = [&dir](QStringList arguments) {
        arguments.prepend(QStringLiteral("framework"));
        return runDuibiao(arguments, dir.path());
    };
    const QString doc = QStringLiteral("d.duibiao");
    const QString path = dir.filePath(doc);
    REQUIRE(
        runDuibiao({QStringLiteral("demo"), QStringLiteral("--out"), doc}, dir.path()).exitCode ==
        0);
    REQUIRE(run({doc, QStringLiteral("--out"), QStringLiteral("f.json")}).exitCode == 0);

    // 2019.2: one title reworded, the first requirement of the second category removed,
    // N1 added.
    QJsonObject root =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("f.json")))).object();
    root.insert(QStringLiteral("version"), QStringLiteral("2019.2"));
    QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    QJsonObject first = categories[0].toObject();
    QJsonArray firstRequirements = first.value(QStringLiteral("requirements")).toArray();
    QJsonObject reworded = firstRequirements[0].toObject();
    const QString rewordedCode = reworded.value(QStringLiteral("code")).toString();
    reworded.insert(QStringLiteral("title"), QStringLiteral("正式文本的标题"));
    firstRequirements[0] = reworded;
    first.insert(QStringLiteral("requirements"), firstRequirements);
    categories[0] = first;
    QJsonObject second = categories[1].toObject();
    QJsonArray secondRequirements = second.value(QStringLiteral("requirements")).toArray();
    const QString removedCode =
        secondRequirements[0].toObject().value(QStringLiteral("code")).toString();
    secondRequirements.removeAt(0);
    secondRequirements.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("N1")},
                                          {QStringLiteral("title"), QStringLiteral("新增要求")},
                                          {QStringLiteral("weight"), 1},
                                          {QStringLiteral("kind"), QStringLiteral("qualitative")}});
    second.insert(QStringLiteral("requirements"), secondRequirements);
    categories[1] = second;
    root.insert(QStringLiteral("categories"), categories);
    writeFile(dir.filePath(QStringLiteral("g.json")), QJsonDocument(root).toJson());
    // The same version with other content.
    reworded.insert(QStringLiteral("weight"), 9);
    firstRequirements[0] = reworded;
    first.insert(QStringLiteral("requirements"), firstRequirements);
    categories[0] = first;
    root.insert(QStringLiteral("categories"), categories);
    writeFile(dir.filePath(QStringLiteral("conflict.json")), QJsonDocument(root).toJson());

    const Run added = run({doc, QStringLiteral("--add"), QStringLiteral("g.json"),
                           QStringLiteral("--note"), QStringLiteral("正式文本")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("jiangsu-ggw-2019@2019.2")));
    // A sheet is read against the current framework: here it is the current version itself.
    REQUIRE(run({doc, QStringLiteral("--out"), QStringLiteral("s.csv")}).exitCode == 0);
    const Run sheet = run({doc, QStringLiteral("--add"), QStringLiteral("s.csv")});
    INFO(sheet.err.toStdString());
    CHECK(sheet.exitCode == 0);

    // Bad input: exit 1, a message, the document unchanged.
    const QByteArray before = readFile(path);
    const Run conflict = run({doc, QStringLiteral("--add"), QStringLiteral("conflict.json")});
    CHECK(conflict.exitCode == 1);
    CHECK(conflict.err.contains(QStringLiteral("conflict.json: Version 2019.2 of framework "
                                               "jiangsu-ggw-2019 is already in this document")));
    for (const QStringList& arguments :
         {QStringList{doc, QStringLiteral("--move"), QStringLiteral("nothing@1")},
          QStringList{doc, QStringLiteral("--move"), QStringLiteral("missing.json")},
          QStringList{doc, QStringLiteral("--diff"), QStringLiteral("jiangsu-ggw-2019@2019.1")},
          QStringList{doc, QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--list")},
          QStringList{doc, QStringLiteral("--list"), QStringLiteral("--move"),
                      QStringLiteral("g.json")}}) {
        const Run refused = run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(readFile(path) == before);

    const Run list = run({doc, QStringLiteral("--list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("* jiangsu-ggw-2019@2019.1")));
    CHECK(list.out.contains(QStringLiteral("  jiangsu-ggw-2019@2019.2")));
    CHECK(list.out.contains(QStringLiteral("正式文本")));

    const Run diff =
        run({doc, QStringLiteral("--diff"), QStringLiteral("jiangsu-ggw-2019@2019.1"),
             QStringLiteral("g.json"), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(diff.err.toStdString());
    REQUIRE(diff.exitCode == 0);
    CHECK(diff.out.contains(QStringLiteral("N1 added: 新增要求")));
    CHECK(diff.out.contains(QStringLiteral("%1 removed").arg(removedCode)));
    CHECK(diff.out.contains(QStringLiteral("1 added, 1 removed, 1 reworded, 0 changed, 0 moved.")));

    const Run dryRun =
        run({doc, QStringLiteral("--move"), QStringLiteral("jiangsu-ggw-2019@2019.2"),
             QStringLiteral("--dry-run")});
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("N1 新增要求")));
    CHECK(dryRun.out.contains(rewordedCode + QStringLiteral(" 正式文本的标题: ")));
    CHECK(dryRun.out.contains(QStringLiteral("Dry run: nothing was changed.")));
    CHECK(readFile(path) == before);

    const Run move =
        run({doc, QStringLiteral("--move"), QStringLiteral("jiangsu-ggw-2019@2019.2")});
    INFO(move.err.toStdString());
    REQUIRE(move.exitCode == 0);
    const Run summary =
        runDuibiao({QStringLiteral("summary"), doc, QStringLiteral("--json")}, dir.path());
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains(QStringLiteral("\"N1\"")));
    CHECK_FALSE(summary.out.contains(QStringLiteral("\"%1\"").arg(removedCode)));
    const Run check = runDuibiao({QStringLiteral("check"), doc}, dir.path());
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0);
    const Run again =
        run({doc, QStringLiteral("--move"), QStringLiteral("jiangsu-ggw-2019@2019.2")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already on")));
    const Run list2 = run({doc, QStringLiteral("--list")});
    CHECK(list2.out.contains(QStringLiteral("* jiangsu-ggw-2019@2019.2")));
}

TEST_CASE("framework --diff and --move print renumbered requirements and carry their work")
{
    QTemporaryDir dir;
    const auto run = [&dir](QStringList arguments) {
        arguments.prepend(QStringLiteral("framework"));
        return runDuibiao(arguments, dir.path());
    };
    const QString doc = QStringLiteral("d.duibiao");
    REQUIRE(
        runDuibiao({QStringLiteral("demo"), QStringLiteral("--out"), doc}, dir.path()).exitCode ==
        0);
    REQUIRE(run({doc, QStringLiteral("--out"), QStringLiteral("f.json")}).exitCode == 0);
    // The requirement of the demo's summary with `code`, as JSON.
    const auto requirementOf = [&](const QString& code) {
        const Run summary =
            runDuibiao({QStringLiteral("summary"), doc, QStringLiteral("--json")}, dir.path());
        REQUIRE(summary.exitCode == 0);
        const QJsonArray requirements = QJsonDocument::fromJson(summary.out.toUtf8())
                                            .object()
                                            .value(QStringLiteral("requirements"))
                                            .toArray();
        for (const QJsonValue& value : requirements) {
            if (value.toObject().value(QStringLiteral("code")).toString() == code)
                return value.toObject();
        }
        return QJsonObject();
    };

    // 2019.3: the first requirement renumbered R6, which replaces it (format version 2).
    QJsonObject root =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("f.json")))).object();
    root.insert(QStringLiteral("version"), QStringLiteral("2019.3"));
    root.insert(QStringLiteral("formatVersion"), 2);
    QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    QJsonObject first = categories[0].toObject();
    QJsonArray requirements = first.value(QStringLiteral("requirements")).toArray();
    QJsonObject renumbered = requirements[0].toObject();
    const QString oldCode = renumbered.value(QStringLiteral("code")).toString();
    renumbered.insert(QStringLiteral("code"), QStringLiteral("R6"));
    renumbered.insert(QStringLiteral("replaces"), QJsonArray{oldCode});
    requirements[0] = renumbered;
    first.insert(QStringLiteral("requirements"), requirements);
    categories[0] = first;
    root.insert(QStringLiteral("categories"), categories);
    writeFile(dir.filePath(QStringLiteral("r.json")), QJsonDocument(root).toJson());

    const QJsonObject before = requirementOf(oldCode);
    REQUIRE_FALSE(before.isEmpty());
    // The demo's work on it, so that the checks below can tell it moved.
    CHECK(before.value(QStringLiteral("rating")).toString() != QStringLiteral("unrated"));
    CHECK(before.value(QStringLiteral("evidenceCount")).toInt() > 0);
    const Run diff = run({doc, QStringLiteral("--diff"), QStringLiteral("jiangsu-ggw-2019@2019.1"),
                          QStringLiteral("r.json")});
    INFO(diff.err.toStdString());
    REQUIRE(diff.exitCode == 0);
    CHECK(diff.out.contains(QStringLiteral("%1 → R6 编号变更(工作随之迁移)").arg(oldCode)));
    CHECK(diff.out.contains(
        QStringLiteral("1 renamed, 0 added, 0 removed, 0 reworded, 0 changed, 0 moved.")));

    const Run move = run({doc, QStringLiteral("--move"), QStringLiteral("r.json"),
                          QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(move.err.toStdString());
    REQUIRE(move.exitCode == 0);
    CHECK(move.out.contains(QStringLiteral("Renumbered requirements, their work moves along (1)")));
    CHECK(move.out.contains(QStringLiteral("  %1 → R6 ").arg(oldCode)));
    const QJsonObject after = requirementOf(QStringLiteral("R6"));
    CHECK(after.value(QStringLiteral("rating")) == before.value(QStringLiteral("rating")));
    CHECK(after.value(QStringLiteral("evidenceCount")) ==
          before.value(QStringLiteral("evidenceCount")));
    CHECK(after.value(QStringLiteral("rectificationItems")) ==
          before.value(QStringLiteral("rectificationItems")));
    CHECK(requirementOf(oldCode).isEmpty());
    const Run check = runDuibiao({QStringLiteral("check"), doc}, dir.path());
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("summary shows points out of the total, the pass mark and the veto items", "[scoring]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checklist.duibiao"));
    {
        NewDocumentSpec spec = defaultDocumentSpec();
        spec.frameworkJson =
            readFile(testData(QStringLiteral("frameworks/scoring-pass-fail-veto.json")));
        auto created = createDocument(path, spec, {});
        REQUIRE_OK(created);
        Document& doc = **created;
        auto assessment = doc.assessments().current();
        REQUIRE_OK(assessment);
        // B1 fail (veto), B2 pass 20, B3 met 30, B4 A 40: 90 points.
        for (const auto& [code, rating] :
             {std::pair{"B1", Rating::NotMet}, std::pair{"B2", Rating::Met},
              std::pair{"B3", Rating::Met}, std::pair{"B4", Rating::Met}})
            REQUIRE_OK(doc.ratings().setRating(assessment->id, QString::fromUtf8(code), rating,
                                               std::nullopt, {}));
    }
    const Run text = runDuibiao({QStringLiteral("summary"), path}, dir.path());
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("得分 90.0 / 100 分")));
    CHECK(text.out.contains(QStringLiteral("合格线 60")));
    CHECK(text.out.contains(QStringLiteral("B1 有工作制度 [不通过] ✗ 否决")));
    CHECK(text.out.contains(QStringLiteral("一票否决项 B1 未达标。")));
    CHECK(text.out.contains(QStringLiteral("未就绪")));

    const Run json =
        runDuibiao({QStringLiteral("summary"), path, QStringLiteral("--json")}, dir.path());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject overall = root.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("scoreText")).toString() == QStringLiteral("90.0 / 100 分"));
    CHECK(overall.value(QStringLiteral("scorePoints")).toDouble() == 90);
    CHECK(root.value(QStringLiteral("readiness")).toObject().value(QStringLiteral("ready")) ==
          false);
}
