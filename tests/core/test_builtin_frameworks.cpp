// The frameworks shipped with the app: each loads, and the college-level checklist for
// 二级关工委 (points out of 100, pass mark 80, graded and pass/fail items, two veto items)
// works end to end in a document of its own. Scores are worked out by hand in comments.
#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "analysis/AnalysisInput.h"
#include "framework/BuiltinFrameworks.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "storage/DocumentSetup.h"

#include <QSet>
#include <QTemporaryDir>

using namespace duibiao;

namespace {

Framework loadBuiltin(const QString& code)
{
    for (const BuiltinFramework& builtin : builtinFrameworks()) {
        Result<QByteArray> json = readBuiltinFramework(builtin);
        REQUIRE_OK(json);
        Result<Framework> framework = FrameworkLoader::parse(*json, builtin.fileName);
        REQUIRE_OK(framework);
        if (framework->code == code)
            return *framework;
    }
    FAIL("no built-in framework " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("every built-in framework loads, is marked as a reference and reads in English",
          "[framework][builtin]")
{
    const QVector<BuiltinFramework> builtins = builtinFrameworks();
    REQUIRE(builtins.size() == 2);
    CHECK(builtins.first().resourcePath == FrameworkLoader::builtinPath());
    QSet<QString> codes;
    for (const BuiltinFramework& builtin : builtins) {
        INFO(builtin.fileName.toStdString());
        Result<QByteArray> json = readBuiltinFramework(builtin);
        REQUIRE_OK(json);
        Result<Framework> framework = FrameworkLoader::parse(*json, builtin.fileName);
        REQUIRE_OK(framework);
        codes.insert(framework->code);
        CHECK(framework->reference);
        CHECK_FALSE(framework->note.zh.isEmpty());
        CHECK_FALSE(framework->title.en.isEmpty());
        for (const Requirement* requirement : framework->requirements()) {
            INFO(requirement->code.toStdString());
            CHECK_FALSE(requirement->title.en.isEmpty());
            CHECK(requirement->evidenceEn.size() == requirement->evidence.size());
        }
        // Written back as JSON, it reads the same (what the editor and --out rely on).
        Result<Framework> again =
            FrameworkLoader::parse(frameworkToJson(*framework), builtin.fileName);
        REQUIRE_OK(again);
        CHECK(frameworkToJson(*again) == frameworkToJson(*framework));
    }
    CHECK(codes.size() == builtins.size());
    const Result<QByteArray> missing =
        readBuiltinFramework({QStringLiteral(":/nothing.json"), QStringLiteral("nothing.json")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("nothing.json")));
}

TEST_CASE("the college checklist: 17 items worth 100 points, pass mark 80, two veto items",
          "[framework][builtin]")
{
    const Framework college = loadBuiltin(QStringLiteral("college-ggw-2020"));
    CHECK(college.requirementCount() == 17);
    REQUIRE(college.total);
    CHECK(*college.total == 100);
    REQUIRE(college.passMark);
    CHECK(*college.passMark == 80);
    QStringList vetoes;
    int passFail = 0;
    int graded = 0;
    int indicators = 0;
    for (const Requirement* requirement : college.requirements()) {
        if (requirement->veto)
            vetoes.append(requirement->code);
        passFail += requirement->scoring == Scoring::PassFail;
        graded += requirement->scoring == Scoring::Graded;
        if (requirement->rule) {
            ++indicators;
            // It checks one college: every rule looks at the secondary units.
            CHECK(requirement->rule->scope == Scope::SecondaryUnits);
        }
    }
    CHECK(vetoes == QStringList{QStringLiteral("A2"), QStringLiteral("A3")});
    CHECK(passFail == 5);
    CHECK(graded == 12);
    CHECK(indicators == 8);
}

TEST_CASE("a college document on the checklist: suggestions, points and the veto",
          "[framework][builtin]")
{
    QTemporaryDir dir;
    const Framework college = loadBuiltin(QStringLiteral("college-ggw-2020"));
    Result<QByteArray> json = readBuiltinFramework(builtinFrameworks().at(1));
    REQUIRE_OK(json);
    Document::Options options;
    options.userName = QStringLiteral("测试");
    auto created =
        createDocument(dir.filePath(QStringLiteral("college.duibiao")),
                       documentSpecFor(*json, college, QStringLiteral("示例大学")), options);
    REQUIRE_OK(created);
    Document& document = **created;
    Result<Assessment> assessment = document.assessments().current();
    REQUIRE_OK(assessment);
    CHECK(assessment->frameworkCode == QStringLiteral("college-ggw-2020"));
    CHECK(assessment->title == QStringLiteral("二级关工委工作考核清单 自评"));

    // The college itself, as the one secondary unit: 40 eligible, 26 taking part (65%),
    // 6 core workers (15%, short of 20%), one hearing, one training, rules and both menus,
    // two platforms with both leaders.
    Unit unit;
    unit.name = QStringLiteral("示例学院关工委");
    Result<qint64> unitId = document.units().add(unit);
    REQUIRE_OK(unitId);
    UnitFigures figures;
    figures.unitId = *unitId;
    figures.year = assessment->year;
    figures.eligible = 40;
    figures.participants = 26;
    figures.coreWorkers = 6;
    figures.hearingsPerYear = 1;
    figures.trainingsPerYear = 1;
    figures.hasUnitRules = figures.hasDemandMenu = figures.hasResourceMenu = true;
    REQUIRE_OK(document.units().saveFigures(figures));
    for (const char* name : {"青年成长导师平台", "关爱驿站"}) {
        Platform platform;
        platform.unitId = *unitId;
        platform.name = QString::fromUtf8(name);
        platform.inServiceLeader = QStringLiteral("在职组长");
        platform.retiredLeader = QStringLiteral("退休组长");
        REQUIRE_OK(document.platforms().add(platform));
    }

    Result<AnalysisInput> input = AnalysisInput::load(document);
    REQUIRE_OK(input);
    Analysis analysis = analyze(*input, QDate(2020, 10, 15), Language::Chinese);
    const auto suggestion = [&](const char* code) {
        const RequirementResult* result = analysis.requirement(QLatin1String(code));
        REQUIRE(result);
        REQUIRE(result->suggestion);
        return *result->suggestion;
    };
    CHECK(suggestion("A2") == Rating::Met);    // pass: one hearing
    CHECK(suggestion("C1") == Rating::Met);    // A: 65% ≥ 60%
    CHECK(suggestion("C2") == Rating::NotMet); // D: 15% < 20% (graded: not met is D)
    CHECK(suggestion("D1") == Rating::Met);    // A: two platforms
    CHECK(suggestion("D2") == Rating::Met);    // A: both leaders on each

    // Rated: every item at its best except A4 = C (4 × 0.4 = 1.6 of 4) and C2 = D (0 of
    // 7): 100 − 2.4 − 7 = 90.6 points, above the pass mark of 80.
    const qint64 id = assessment->id;
    for (const Requirement* requirement : college.requirements()) {
        const Rating rating = requirement->code == QLatin1String("A4")   ? Rating::PartlyMet
                              : requirement->code == QLatin1String("C2") ? Rating::NotMet
                                                                         : Rating::Met;
        const RequirementResult* result = analysis.requirement(requirement->code);
        REQUIRE_OK(document.ratings().setRating(id, requirement->code, rating, result->suggestion,
                                                QString()));
    }
    // A pass/fail item takes no C.
    CHECK_FALSE(document.ratings()
                    .setRating(id, QStringLiteral("A3"), Rating::PartlyMet, std::nullopt, QString())
                    .ok());
    input = AnalysisInput::load(document);
    REQUIRE_OK(input);
    analysis = analyze(*input, QDate(2020, 10, 15), Language::Chinese);
    CHECK(analysis.scores.overall.points(100).value() == Approx(90.6));
    CHECK(analysis.readiness.ready);

    // The college's committee is not properly set up (A3 fails, 4 points): 86.6 points,
    // still above the pass mark, but the veto item blocks readiness.
    REQUIRE_OK(document.ratings().setRating(id, QStringLiteral("A3"), Rating::NotMet, std::nullopt,
                                            QString()));
    input = AnalysisInput::load(document);
    REQUIRE_OK(input);
    analysis = analyze(*input, QDate(2020, 10, 15), Language::Chinese);
    CHECK(analysis.scores.overall.points(100).value() == Approx(86.6));
    CHECK_FALSE(analysis.readiness.ready);
    REQUIRE_FALSE(analysis.readiness.reasons.isEmpty());
    CHECK(analysis.readiness.reasons.first().contains(QStringLiteral("A3")));
}
