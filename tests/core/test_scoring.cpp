// Scoring variants (framework format version 2): pass/fail and graded items, points out of
// a total, the pass mark and veto items (一票否决). Expected numbers are worked out by hand
// in the comments (docs/formats/framework.md, "Scoring").
#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "analysis/AnalysisInput.h"
#include "analysis/Scores.h"
#include "analysis/SummaryJson.h"
#include "framework/FrameworkLoader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace duibiao;
using duibiao::test::testData;

namespace {

Framework fixture(const QString& name)
{
    Result<Framework> framework =
        FrameworkLoader::loadFile(testData(QStringLiteral("frameworks/") + name));
    REQUIRE_OK(framework);
    return *framework;
}

AnalysisInput inputOf(const Framework& framework, const QHash<QString, Rating>& ratings)
{
    AnalysisInput input;
    input.framework = framework;
    input.assessment.year = 2020;
    for (auto it = ratings.constBegin(); it != ratings.constEnd(); ++it) {
        RequirementAssessment rating;
        rating.requirementCode = it.key();
        rating.rating = it.value();
        input.ratings.append(rating);
    }
    return input;
}

Analysis analyzed(const AnalysisInput& input, Language language = Language::Chinese)
{
    return analyze(input, QDate(2020, 10, 15), language);
}

// A version-2 framework with one category around `requirements` (JSON objects) and `top`
// (more top-level keys, each followed by a comma).
QByteArray frameworkJson(int formatVersion, const QString& top, const QString& requirements)
{
    return QStringLiteral(R"({"format": "duibiao-framework", "formatVersion": %1, "code": "x",
        "version": "1", "title": "X", %2
        "categories": [{"code": "C", "title": "类别", "requirements": [%3]}]})")
        .arg(formatVersion)
        .arg(top, requirements)
        .toUtf8();
}

QString loadError(const QByteArray& json)
{
    const Result<Framework> framework = FrameworkLoader::parse(json, QStringLiteral("f.json"));
    REQUIRE_FALSE(framework.ok());
    CHECK(framework.error().kind == Error::Kind::UserInput);
    return framework.error().message;
}

const QString oneItem =
    QStringLiteral(R"({"code": "C1", "title": "一", "weight": 100, "kind": "qualitative"})");

} // namespace

TEST_CASE("ratings read as the item's scoring names them", "[scoring]")
{
    CHECK(ratingLabel(Rating::Met, Scoring::PassFail, Language::Chinese) == QStringLiteral("通过"));
    CHECK(ratingLabel(Rating::NotMet, Scoring::PassFail, Language::Chinese) ==
          QStringLiteral("不通过"));
    CHECK(ratingLabel(Rating::NotMet, Scoring::PassFail, Language::English) ==
          QStringLiteral("Fail"));
    CHECK(ratingLabel(Rating::Met, Scoring::Graded, Language::Chinese) == QStringLiteral("A"));
    CHECK(ratingLabel(Rating::LargelyMet, Scoring::Graded, Language::Chinese) ==
          QStringLiteral("B"));
    CHECK(ratingLabel(Rating::PartlyMet, Scoring::Graded, Language::Chinese) ==
          QStringLiteral("C"));
    CHECK(ratingLabel(Rating::NotMet, Scoring::Graded, Language::Chinese) == QStringLiteral("D"));
    CHECK(ratingLabel(Rating::NotApplicable, Scoring::Graded, Language::Chinese) ==
          QStringLiteral("不适用"));
    CHECK(ratingLabel(Rating::LargelyMet, Scoring::Rating, Language::Chinese) ==
          QStringLiteral("基本达标"));
    CHECK(ratingLabel(Rating::PartlyMet, Language::Chinese) == QStringLiteral("部分达标"));
    CHECK(ratingKey(Rating::PartlyMet) == QStringLiteral("partly_met"));
    CHECK(ratingFromKey(QStringLiteral("partly_met")) == Rating::PartlyMet);
    CHECK(ratingFactor(Rating::PartlyMet) == 0.4);
    CHECK(isRated(Rating::PartlyMet));

    CHECK(allowedRatings(Scoring::PassFail) ==
          QVector<Rating>{Rating::Unrated, Rating::Met, Rating::NotMet, Rating::NotApplicable});
    CHECK_FALSE(isRatingAllowed(Rating::PartlyMet, Scoring::Rating));
    CHECK_FALSE(isRatingAllowed(Rating::LargelyMet, Scoring::PassFail));
    CHECK(isRatingAllowed(Rating::PartlyMet, Scoring::Graded));

    // An indicator's computed suggestion, as each scoring offers it.
    CHECK(ratingForScoring(Rating::LargelyMet, Scoring::Rating) == Rating::LargelyMet);
    CHECK(ratingForScoring(Rating::Met, Scoring::PassFail) == Rating::Met);
    CHECK(ratingForScoring(Rating::LargelyMet, Scoring::PassFail) == Rating::NotMet);
    CHECK(ratingForScoring(Rating::NotMet, Scoring::PassFail) == Rating::NotMet);
    CHECK(ratingForScoring(Rating::LargelyMet, Scoring::Graded) == Rating::LargelyMet);
    CHECK(ratingForScoring(Rating::NotMet, Scoring::Graded) == Rating::NotMet);
}

TEST_CASE("a version 2 framework loads its scoring, veto items, total and pass mark", "[scoring]")
{
    const Framework framework = fixture(QStringLiteral("scoring-pass-fail-veto.json"));
    CHECK(framework.total == 100.0);
    CHECK(framework.passMark == 60.0);
    const Requirement* b1 = framework.requirement(QStringLiteral("B1"));
    REQUIRE(b1);
    CHECK(b1->scoring == Scoring::PassFail);
    CHECK(b1->veto);
    CHECK_FALSE(framework.requirement(QStringLiteral("B2"))->veto);
    CHECK(framework.requirement(QStringLiteral("B3"))->scoring == Scoring::Rating);
    CHECK(framework.requirement(QStringLiteral("B4"))->scoring == Scoring::Graded);

    // The built-in framework stays a version 1 file with nothing of version 2.
    Result<Framework> builtin = FrameworkLoader::loadBuiltin();
    REQUIRE_OK(builtin);
    CHECK_FALSE(builtin->total.has_value());
    CHECK_FALSE(builtin->passMark.has_value());
    for (const Requirement* requirement : builtin->requirements()) {
        CHECK(requirement->scoring == Scoring::Rating);
        CHECK_FALSE(requirement->veto);
    }
}

TEST_CASE("version 2 keys are refused in a version 1 file, with their path", "[scoring]")
{
    const QString veto = QStringLiteral(
        R"({"code": "C1", "title": "一", "weight": 100, "kind": "qualitative", "veto": true})");
    CHECK(loadError(frameworkJson(1, QString(), veto))
              .contains(QStringLiteral(
                  "f.json: $.categories[0].requirements[0].veto: needs formatVersion 2")));
    CHECK(loadError(frameworkJson(1, QStringLiteral(R"("total": 100,)"), oneItem))
              .contains(QStringLiteral("f.json: $.total: needs formatVersion 2")));
    CHECK(loadError(frameworkJson(1, QStringLiteral(R"("passMark": 60,)"), oneItem))
              .contains(QStringLiteral("f.json: $.passMark: needs formatVersion 2")));
    // The same keys load in version 2.
    REQUIRE_OK(FrameworkLoader::parse(
        frameworkJson(2, QStringLiteral(R"("total": 100, "passMark": 60,)"), veto),
        QStringLiteral("f.json")));
}

TEST_CASE("bad scoring values, totals and pass marks are refused with their path", "[scoring]")
{
    SECTION("a scoring that is not a string")
    {
        const QString item = QStringLiteral(
            R"({"code": "C1", "title": "一", "weight": 1, "kind": "qualitative", "scoring": 2})");
        CHECK(loadError(frameworkJson(2, QString(), item))
                  .contains(QStringLiteral("$.categories[0].requirements[0].scoring: must be")));
    }
    SECTION("a veto that is not a boolean")
    {
        const QString item = QStringLiteral(
            R"({"code": "C1", "title": "一", "weight": 1, "kind": "qualitative", "veto": "是"})");
        CHECK(loadError(frameworkJson(2, QString(), item))
                  .contains(QStringLiteral(
                      "$.categories[0].requirements[0].veto: must be true or false")));
    }
    SECTION("a total that is not a positive number")
    {
        for (const char* total : {R"("total": 0,)", R"("total": -5,)", R"("total": "100",)"}) {
            INFO(total);
            CHECK(loadError(frameworkJson(2, QString::fromUtf8(total), oneItem))
                      .contains(QStringLiteral("f.json: $.total: must be")));
        }
    }
    SECTION("a pass mark above the total, or above 100% without a total")
    {
        CHECK(loadError(
                  frameworkJson(2, QStringLiteral(R"("total": 100, "passMark": 101,)"), oneItem))
                  .contains(QStringLiteral("$.passMark: must be between 0 and the total 100")));
        CHECK(loadError(frameworkJson(2, QStringLiteral(R"("passMark": 120,)"), oneItem))
                  .contains(QStringLiteral("$.passMark: must be a percentage between 0 and 100")));
    }
    SECTION("weights within 1e-6 of the total are accepted")
    {
        const QString items = QStringLiteral(
            R"({"code": "C1", "title": "一", "weight": 0.1, "kind": "qualitative"},
               {"code": "C2", "title": "二", "weight": 0.2, "kind": "qualitative"})");
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
        REQUIRE_OK(FrameworkLoader::parse(
            frameworkJson(2, QStringLiteral(R"("total": 0.3,)"), items), QStringLiteral("f.json")));
    }
}

TEST_CASE("graded items earn 100/60/40/0% of their points", "[scoring]")
{
    const Framework framework = fixture(QStringLiteral("scoring-graded.json"));
    // Weights 10, 20, 30, 40 rated A, B, C, D: 10×1 + 20×0.6 + 30×0.4 + 40×0 = 10+12+12+0 = 34.
    const Analysis analysis =
        analyzed(inputOf(framework, {{QStringLiteral("G1"), Rating::Met},
                                     {QStringLiteral("G2"), Rating::LargelyMet},
                                     {QStringLiteral("G3"), Rating::PartlyMet},
                                     {QStringLiteral("G4"), Rating::NotMet}}));
    const ScoreTally& overall = analysis.scores.overall;
    CHECK(overall.earned == Approx(34));
    CHECK(overall.possible == Approx(100));
    CHECK(overall.partlyMet == 1);
    CHECK(overall.rated() == 4);
    CHECK(*overall.weightedScore() == Approx(34));
    CHECK(*overall.points(100) == Approx(34));
    CHECK(analysis.scoreText(Language::Chinese) == QStringLiteral("34.0 / 100 分"));
    CHECK(analysis.scoreText(Language::English) == QStringLiteral("34.0 / 100 points"));
    CHECK(analysis.requirement(QStringLiteral("G3"))->ratingText(Language::Chinese) ==
          QStringLiteral("C"));
    CHECK(*analysis.requirement(QStringLiteral("G3"))->score == Approx(12));
    // 达标率: 1 met of 4 rated.
    CHECK(*overall.metRate() == Approx(0.25));
    // Pass mark 30 points: 34 ≥ 30, ready although three items are not A.
    CHECK(analysis.readiness.ready);
    CHECK(analysis.readiness.reasons.isEmpty());

    SECTION("with N/A the points are the weighted fraction of the total")
    {
        // G4 N/A: earned 34 of the 60 possible → 34/60 × 100 = 56.67 points.
        const Analysis na =
            analyzed(inputOf(framework, {{QStringLiteral("G1"), Rating::Met},
                                         {QStringLiteral("G2"), Rating::LargelyMet},
                                         {QStringLiteral("G3"), Rating::PartlyMet},
                                         {QStringLiteral("G4"), Rating::NotApplicable}}));
        CHECK(*na.scores.overall.points(100) == Approx(56.6667).epsilon(1e-4));
        CHECK(na.scoreText(Language::Chinese) == QStringLiteral("56.7 / 100 分"));
    }
}

TEST_CASE("readiness by the pass mark: ready at or above it, not below", "[scoring]")
{
    Framework framework = fixture(QStringLiteral("scoring-graded.json"));
    // A, A, B, D: 10 + 20 + 18 + 0 = 48 points.
    const QHash<QString, Rating> ratings{{QStringLiteral("G1"), Rating::Met},
                                         {QStringLiteral("G2"), Rating::Met},
                                         {QStringLiteral("G3"), Rating::LargelyMet},
                                         {QStringLiteral("G4"), Rating::NotMet}};
    framework.passMark = 48; // exactly the score: ready
    Analysis at = analyzed(inputOf(framework, ratings));
    CHECK(at.readiness.ready);

    framework.passMark = 48.5;
    Analysis below = analyzed(inputOf(framework, ratings));
    CHECK_FALSE(below.readiness.ready);
    REQUIRE(below.readiness.reasons.size() == 1); // the score, not each item short of A
    CHECK(below.readiness.reasons.first() ==
          QStringLiteral("得分 48.0 / 100 分 低于合格线 48.5 分。"));

    SECTION("without a total the pass mark is a percentage")
    {
        framework.total.reset();
        framework.passMark = 50; // 48% < 50%
        Analysis percent = analyzed(inputOf(framework, ratings), Language::English);
        CHECK_FALSE(percent.readiness.ready);
        CHECK(percent.readiness.reasons ==
              QStringList{QStringLiteral("The score 48.0% is below the pass mark 50%.")});
        CHECK(percent.scoreText(Language::English) == QStringLiteral("48.0%"));
        framework.passMark = 45;
        CHECK(analyzed(inputOf(framework, ratings)).readiness.ready);
    }
}

TEST_CASE("pass/fail items and a veto item", "[scoring]")
{
    const Framework framework = fixture(QStringLiteral("scoring-pass-fail-veto.json"));

    SECTION("every item passes: 100 points, ready")
    {
        const Analysis analysis =
            analyzed(inputOf(framework, {{QStringLiteral("B1"), Rating::Met},
                                         {QStringLiteral("B2"), Rating::Met},
                                         {QStringLiteral("B3"), Rating::Met},
                                         {QStringLiteral("B4"), Rating::Met}}));
        CHECK(analysis.scoreText(Language::Chinese) == QStringLiteral("100.0 / 100 分"));
        CHECK(analysis.readiness.ready);
        CHECK(analysis.requirement(QStringLiteral("B2"))->ratingText(Language::Chinese) ==
              QStringLiteral("通过"));
    }
    SECTION("the veto item fails: not ready although the score is above the pass mark")
    {
        // B1 fail (0 of 10), B2 pass 20, B3 met 30, B4 A 40: 90 points ≥ 60.
        const Analysis analysis =
            analyzed(inputOf(framework, {{QStringLiteral("B1"), Rating::NotMet},
                                         {QStringLiteral("B2"), Rating::Met},
                                         {QStringLiteral("B3"), Rating::Met},
                                         {QStringLiteral("B4"), Rating::Met}}));
        CHECK(*analysis.scores.overall.points(100) == Approx(90));
        CHECK_FALSE(analysis.readiness.ready);
        CHECK(analysis.readiness.reasons == QStringList{QStringLiteral("一票否决项 B1 未达标。")});
        const RequirementResult* b1 = analysis.requirement(QStringLiteral("B1"));
        CHECK(b1->vetoFails());
        CHECK(b1->ratingText(Language::Chinese) == QStringLiteral("不通过"));
    }
    SECTION("the veto item unrated: not ready")
    {
        const Analysis analysis =
            analyzed(inputOf(framework, {{QStringLiteral("B2"), Rating::Met},
                                         {QStringLiteral("B3"), Rating::Met},
                                         {QStringLiteral("B4"), Rating::Met}}));
        // 90 points again, B1 unrated earns nothing.
        CHECK(*analysis.scores.overall.points(100) == Approx(90));
        CHECK_FALSE(analysis.readiness.ready);
        CHECK(analysis.readiness.reasons == QStringList{QStringLiteral("一票否决项 B1 未评定。")});
    }
    SECTION("below the pass mark and the veto failed: both reasons, the veto first")
    {
        // B1 fail 0, B2 fail 0, B3 largely met 18, B4 C 16: 34 points < 60.
        const Analysis analysis =
            analyzed(inputOf(framework, {{QStringLiteral("B1"), Rating::NotMet},
                                         {QStringLiteral("B2"), Rating::NotMet},
                                         {QStringLiteral("B3"), Rating::LargelyMet},
                                         {QStringLiteral("B4"), Rating::PartlyMet}}),
                     Language::English);
        CHECK(*analysis.scores.overall.points(100) == Approx(34));
        CHECK(analysis.readiness.reasons ==
              QStringList{
                  QStringLiteral("Veto item B1 is not met."),
                  QStringLiteral("The score 34.0 / 100 points is below the pass mark 60 points.")});
    }
    SECTION("the summary JSON shows the points and the veto items' state")
    {
        const AnalysisInput input = inputOf(framework, {{QStringLiteral("B1"), Rating::NotMet},
                                                        {QStringLiteral("B2"), Rating::Met},
                                                        {QStringLiteral("B3"), Rating::Met},
                                                        {QStringLiteral("B4"), Rating::Met}});
        const QJsonObject json = summaryToJson(input, analyzed(input), Language::Chinese);
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        CHECK(overall.value(QStringLiteral("total")).toDouble() == 100);
        CHECK(overall.value(QStringLiteral("scorePoints")).toDouble() == 90);
        CHECK(overall.value(QStringLiteral("scoreText")).toString() ==
              QStringLiteral("90.0 / 100 分"));
        CHECK(overall.value(QStringLiteral("passMark")).toDouble() == 60);
        const QJsonArray veto = json.value(QStringLiteral("readiness"))
                                    .toObject()
                                    .value(QStringLiteral("vetoItems"))
                                    .toArray();
        REQUIRE(veto.size() == 1);
        CHECK(veto.at(0)[QStringLiteral("code")] == QStringLiteral("B1"));
        CHECK(veto.at(0)[QStringLiteral("ratingLabel")] == QStringLiteral("不通过"));
        CHECK(veto.at(0)[QStringLiteral("fails")] == true);
        const QJsonObject b1 =
            json.value(QStringLiteral("requirements")).toArray().at(0).toObject();
        CHECK(b1.value(QStringLiteral("scoring")) == QStringLiteral("pass_fail"));
        CHECK(b1.value(QStringLiteral("veto")) == true);
    }
}

TEST_CASE("without a pass mark a veto item not met gets its own reason, listed first", "[scoring]")
{
    Framework framework = fixture(QStringLiteral("scoring-pass-fail-veto.json"));
    framework.passMark.reset();
    framework.total.reset();
    const Analysis analysis = analyzed(inputOf(framework, {{QStringLiteral("B1"), Rating::NotMet},
                                                           {QStringLiteral("B2"), Rating::Met},
                                                           {QStringLiteral("B3"), Rating::Met},
                                                           {QStringLiteral("B4"), Rating::Met}}));
    CHECK_FALSE(analysis.readiness.ready);
    // The veto line, then every requirement not met as before.
    CHECK(analysis.readiness.reasons == QStringList{QStringLiteral("一票否决项 B1 未达标。"),
                                                    QStringLiteral("B1 有工作制度:不通过。")});
    // Without a total the score stays a percentage: 90 of 100 weight.
    CHECK(analysis.scoreText(Language::Chinese) == QStringLiteral("90.0%"));
}

TEST_CASE("an indicator requirement's suggestion follows its scoring", "[scoring]")
{
    // One secondary unit at 50% participation, target 60%, largely met at 40% pooled: the
    // rule suggests largely met; a pass/fail item gets fail, a graded one B.
    const QString indicator = QStringLiteral(
        R"({"code": "%1", "title": "参与比例", "weight": 50, "kind": "indicator", "scoring": "%2",
            "rule": {"metric": "participation_rate", "scope": "secondary_units",
                     "comparison": ">=", "target": 0.6, "largelyMetAt": 0.4}})");
    const Result<Framework> framework = FrameworkLoader::parse(
        frameworkJson(2, QStringLiteral(R"("total": 100,)"),
                      indicator.arg(QStringLiteral("P1"), QStringLiteral("pass_fail")) +
                          QLatin1Char(',') +
                          indicator.arg(QStringLiteral("P2"), QStringLiteral("graded"))),
        QStringLiteral("f.json"));
    REQUIRE_OK(framework);
    AnalysisInput input = inputOf(*framework, {});
    Unit school;
    school.id = 1;
    school.kind = UnitKind::School;
    school.name = QStringLiteral("校关工委");
    Unit college;
    college.id = 2;
    college.kind = UnitKind::Secondary;
    college.name = QStringLiteral("文学院");
    input.units = {school, college};
    UnitFigures figures;
    figures.unitId = 2;
    figures.year = 2020;
    figures.eligible = 10;
    figures.participants = 5;
    input.figures = {figures};
    const Analysis analysis = analyzed(input);
    const RequirementResult* p1 = analysis.requirement(QStringLiteral("P1"));
    const RequirementResult* p2 = analysis.requirement(QStringLiteral("P2"));
    REQUIRE(p1->indicator->suggestion == Rating::LargelyMet);
    CHECK(p1->suggestion == Rating::NotMet);
    CHECK(p2->suggestion == Rating::LargelyMet);
}
