// Scores, overdue items, the gap analysis and readiness, and the summary JSON: on frameworks
// and inputs built in code, then on a real document. Expected numbers are computed by hand in
// the comments (docs/formats/framework.md, "Weights and scoring"; FRAMEWORK.md).
#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "analysis/AnalysisInput.h"
#include "analysis/Overdue.h"
#include "analysis/Scores.h"
#include "analysis/SummaryJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace duibiao;
using duibiao::test::TempDocument;

namespace {

Requirement requirementOf(const QString& code, double weight,
                          std::optional<IndicatorRule> rule = std::nullopt)
{
    Requirement requirement;
    requirement.code = code;
    requirement.title.zh = QStringLiteral("要求%1").arg(code);
    requirement.title.en = QStringLiteral("Requirement %1").arg(code);
    requirement.weight = weight;
    requirement.rule = rule;
    return requirement;
}

Category categoryOf(const QString& code, QVector<Requirement> requirements)
{
    Category category;
    category.code = code;
    category.title.zh = QStringLiteral("类别%1").arg(code);
    category.requirements = std::move(requirements);
    return category;
}

// Numbers the requirements 1…N and sets their category codes, as the loader does.
Framework frameworkOf(QVector<Category> categories)
{
    Framework framework;
    framework.code = QStringLiteral("test");
    framework.version = QStringLiteral("1");
    framework.title.zh = QStringLiteral("测试框架");
    int number = 0;
    for (Category& category : categories) {
        for (Requirement& requirement : category.requirements) {
            requirement.number = ++number;
            requirement.categoryCode = category.code;
        }
    }
    framework.categories = std::move(categories);
    return framework;
}

IndicatorRule ruleOf(Metric metric, Scope scope, double target,
                     std::optional<double> largelyMetAt = std::nullopt)
{
    IndicatorRule rule;
    rule.metric = metric;
    rule.scope = scope;
    rule.target = target;
    rule.largelyMetAt = largelyMetAt;
    return rule;
}

RequirementAssessment ratingOf(const QString& code, Rating rating,
                               const QString& gapText = QString(),
                               const QString& overrideReason = QString())
{
    RequirementAssessment assessment;
    assessment.requirementCode = code;
    assessment.rating = rating;
    assessment.gapText = gapText;
    assessment.overrideReason = overrideReason;
    return assessment;
}

RectificationItem itemOf(qint64 id, int phase, QStringList codes, QDate deadline,
                         RectificationStatus status = RectificationStatus::Planned)
{
    RectificationItem item;
    item.id = id;
    item.phase = phase;
    item.requirementCodes = std::move(codes);
    item.measure = QStringLiteral("整改措施%1").arg(id);
    item.deadline = deadline;
    item.status = status;
    return item;
}

UnitFigures figuresOf(qint64 unitId, int eligible, int participants)
{
    UnitFigures figures;
    figures.unitId = unitId;
    figures.year = 2020;
    figures.eligible = eligible;
    figures.participants = participants;
    return figures;
}

Platform platformOf(qint64 unitId, const QString& name, bool bothLeaders = true)
{
    Platform platform;
    platform.unitId = unitId;
    platform.name = name;
    platform.inServiceLeader = QStringLiteral("在职组长");
    platform.retiredLeader = bothLeaders ? QStringLiteral("老同志组长") : QString();
    return platform;
}

QString key(std::optional<Rating> rating)
{
    return rating ? ratingKey(*rating) : QStringLiteral("none");
}

QStringList codesOf(const QVector<const RequirementResult*>& results)
{
    QStringList codes;
    for (const RequirementResult* result : results)
        codes.append(result->code);
    return codes;
}

// Two categories: A (A1 w1, A2 w1, A3 w2) and B (B1 w2, B2 w1, B3 w1).
Framework twoCategoryFramework()
{
    return frameworkOf({
        categoryOf(QStringLiteral("A"),
                   {requirementOf(QStringLiteral("A1"), 1), requirementOf(QStringLiteral("A2"), 1),
                    requirementOf(QStringLiteral("A3"), 2)}),
        categoryOf(QStringLiteral("B"),
                   {requirementOf(QStringLiteral("B1"), 2), requirementOf(QStringLiteral("B2"), 1),
                    requirementOf(QStringLiteral("B3"), 1)}),
    });
}

} // namespace

// ---------------------------------------------------------------------------------------
// Scores

TEST_CASE("computeScores: met rate and weighted score per category and overall", "[analysis]")
{
    // A1 met (w1), A2 largely met (w1), A3 not met (w2),
    // B1 not applicable (w2), B2 unrated (w1, absent from the ratings), B3 met (w1).
    const Framework framework = twoCategoryFramework();
    const QHash<QString, Rating> ratings{
        {QStringLiteral("A1"), Rating::Met},
        {QStringLiteral("A2"), Rating::LargelyMet},
        {QStringLiteral("A3"), Rating::NotMet},
        {QStringLiteral("B1"), Rating::NotApplicable},
        {QStringLiteral("B3"), Rating::Met},
        {QStringLiteral("X9"), Rating::Met}, // not in the framework: ignored
    };
    const ScoreSheet sheet = computeScores(framework, ratings);

    REQUIRE(sheet.categories.size() == 2);
    const ScoreTally& a = sheet.categories[0].tally;
    CHECK(sheet.categories[0].code == QStringLiteral("A"));
    // A: met 1, largely 1, not met 1 → rated 3; met rate 1/3.
    // Earned 1·1 + 1·0.6 + 2·0 = 1.6 of 4 → 40%.
    CHECK(a.met == 1);
    CHECK(a.largelyMet == 1);
    CHECK(a.notMet == 1);
    CHECK(a.notApplicable == 0);
    CHECK(a.unrated == 0);
    CHECK(a.rated() == 3);
    CHECK(a.total() == 3);
    CHECK(a.earned == Approx(1.6));
    CHECK(a.possible == Approx(4));
    REQUIRE(a.metRate().has_value());
    CHECK(*a.metRate() == Approx(1.0 / 3.0));
    REQUIRE(a.weightedScore().has_value());
    CHECK(*a.weightedScore() == Approx(40.0));

    const ScoreTally& b = sheet.categories[1].tally;
    CHECK(sheet.categories[1].code == QStringLiteral("B"));
    // B: met 1, N/A 1, unrated 1 → rated 1; met rate 1/1.
    // Earned 1·1 (B3) + 1·0 (B2, unrated) = 1 of 1 + 1 = 2 (B1 N/A left out) → 50%.
    CHECK(b.met == 1);
    CHECK(b.notApplicable == 1);
    CHECK(b.unrated == 1);
    CHECK(b.rated() == 1);
    CHECK(b.total() == 3);
    CHECK(b.earned == Approx(1));
    CHECK(b.possible == Approx(2));
    CHECK(*b.metRate() == Approx(1.0));
    CHECK(*b.weightedScore() == Approx(50.0));

    // Overall: met 2, largely 1, not met 1, N/A 1, unrated 1. Met rate 2/4 = 0.5.
    // Earned 1.6 + 1 = 2.6 of 4 + 2 = 6 → 43.33%.
    const ScoreTally& all = sheet.overall;
    CHECK(all.met == 2);
    CHECK(all.largelyMet == 1);
    CHECK(all.notMet == 1);
    CHECK(all.notApplicable == 1);
    CHECK(all.unrated == 1);
    CHECK(all.rated() == 4);
    CHECK(all.total() == 6);
    CHECK(all.earned == Approx(2.6));
    CHECK(all.possible == Approx(6));
    CHECK(*all.metRate() == Approx(0.5));
    CHECK(*all.weightedScore() == Approx(100.0 * 2.6 / 6.0));
}

TEST_CASE("computeScores: nothing rated and everything not applicable", "[analysis]")
{
    const Framework framework = twoCategoryFramework();

    SECTION("nothing rated: no met rate, weighted score 0")
    {
        const ScoreSheet sheet = computeScores(framework, {});
        CHECK(sheet.overall.unrated == 6);
        CHECK(sheet.overall.rated() == 0);
        CHECK_FALSE(sheet.overall.metRate().has_value());
        // Unrated stays in the denominator with factor 0: 0 of 8 → 0%.
        REQUIRE(sheet.overall.weightedScore().has_value());
        CHECK(*sheet.overall.weightedScore() == Approx(0.0));
        CHECK(sheet.overall.possible == Approx(8));
    }
    SECTION("all not applicable: no met rate, no weighted score")
    {
        QHash<QString, Rating> ratings;
        for (const Requirement* requirement : framework.requirements())
            ratings.insert(requirement->code, Rating::NotApplicable);
        const ScoreSheet sheet = computeScores(framework, ratings);
        CHECK(sheet.overall.notApplicable == 6);
        CHECK_FALSE(sheet.overall.metRate().has_value());
        CHECK_FALSE(sheet.overall.weightedScore().has_value());
        for (const CategoryScore& category : sheet.categories) {
            CHECK_FALSE(category.tally.metRate().has_value());
            CHECK_FALSE(category.tally.weightedScore().has_value());
        }
    }
    SECTION("one category all N/A, the other all met")
    {
        // A all met: 4/4 → 100%. B all N/A → none. Overall 4/4 → 100%, met rate 3/3.
        QHash<QString, Rating> ratings{{QStringLiteral("A1"), Rating::Met},
                                       {QStringLiteral("A2"), Rating::Met},
                                       {QStringLiteral("A3"), Rating::Met},
                                       {QStringLiteral("B1"), Rating::NotApplicable},
                                       {QStringLiteral("B2"), Rating::NotApplicable},
                                       {QStringLiteral("B3"), Rating::NotApplicable}};
        const ScoreSheet sheet = computeScores(framework, ratings);
        CHECK(*sheet.categories[0].tally.weightedScore() == Approx(100.0));
        CHECK_FALSE(sheet.categories[1].tally.weightedScore().has_value());
        CHECK(*sheet.overall.weightedScore() == Approx(100.0));
        CHECK(*sheet.overall.metRate() == Approx(1.0));
    }
}

TEST_CASE("requirementScore: weight times factor", "[analysis]")
{
    CHECK(*requirementScore(Rating::Met, 2) == Approx(2.0));
    CHECK(*requirementScore(Rating::LargelyMet, 2) == Approx(1.2));
    CHECK(*requirementScore(Rating::LargelyMet, 1) == Approx(0.6));
    CHECK(*requirementScore(Rating::NotMet, 2) == Approx(0.0));
    CHECK(*requirementScore(Rating::Unrated, 2) == Approx(0.0));
    CHECK_FALSE(requirementScore(Rating::NotApplicable, 2).has_value());
}

// ---------------------------------------------------------------------------------------
// Overdue

TEST_CASE("effectiveDeadline: own deadline, else the end of the phase", "[analysis]")
{
    const PhasePlan phases = defaultPhasePlan();
    CHECK(effectiveDeadline(itemOf(1, 3, {}, QDate(2020, 10, 10)), phases) == QDate(2020, 10, 10));
    CHECK(effectiveDeadline(itemOf(1, 1, {}, QDate()), phases) == QDate(2019, 11, 30));
    CHECK(effectiveDeadline(itemOf(1, 2, {}, QDate()), phases) == QDate(2020, 9, 30));
    CHECK(effectiveDeadline(itemOf(1, 3, {}, QDate()), phases) == QDate(2020, 11, 30));
    CHECK(effectiveDeadline(itemOf(1, 4, {}, QDate()), phases) == QDate(2020, 12, 31));

    // An assessment that moved its phase 3 end.
    PhasePlan moved = phases;
    moved[2].end = QDate(2020, 12, 15);
    CHECK(effectiveDeadline(itemOf(1, 3, {}, QDate()), moved) == QDate(2020, 12, 15));

    // A phase out of range and no deadline: no date.
    CHECK_FALSE(effectiveDeadline(itemOf(1, 0, {}, QDate()), phases).isValid());
}

TEST_CASE("isOverdue: open items past their effective deadline", "[analysis]")
{
    const PhasePlan phases = defaultPhasePlan();
    const RectificationItem item = itemOf(1, 3, {}, QDate(2020, 10, 10));

    CHECK_FALSE(isOverdue(item, phases, QDate(2020, 10, 9)));
    CHECK_FALSE(isOverdue(item, phases, QDate(2020, 10, 10))); // due today: not overdue
    CHECK(isOverdue(item, phases, QDate(2020, 10, 11)));       // due yesterday: overdue

    RectificationItem inProgress = item;
    inProgress.status = RectificationStatus::InProgress;
    CHECK(isOverdue(inProgress, phases, QDate(2020, 10, 11)));

    RectificationItem done = item;
    done.status = RectificationStatus::Done;
    CHECK_FALSE(isOverdue(done, phases, QDate(2021, 1, 1)));
    RectificationItem verified = item;
    verified.status = RectificationStatus::Verified;
    CHECK_FALSE(isOverdue(verified, phases, QDate(2021, 1, 1)));

    // No deadline: the phase end (phase 2: 2020-09-30) counts.
    const RectificationItem phaseTwo = itemOf(2, 2, {}, QDate());
    CHECK_FALSE(isOverdue(phaseTwo, phases, QDate(2020, 9, 30)));
    CHECK(isOverdue(phaseTwo, phases, QDate(2020, 10, 1)));

    // No date at all: never overdue.
    CHECK_FALSE(isOverdue(itemOf(3, 0, {}, QDate()), phases, QDate(2030, 1, 1)));
}

// ---------------------------------------------------------------------------------------
// analyze() on a hand-built input

namespace {

// Framework:
//   L: L1 (qualitative, w1), L2 (participation rate of secondary units ≥ 60%, w2)
//   P: P1 (qualitative, w1), P2 (platform count of secondary units ≥ 2, largely at 0.8, w2),
//      P3 (qualitative, w1)
//   E: E1 (qualitative, w1), E2 (qualitative, w1)
// Units: school (1), 文学院 (2) 18/20 participants, 理学院 (3) 10/20.
//   L2: 文学院 0.9 passes, 理学院 0.5 fails, pooled 28/40 = 0.7 → suggestion largely met.
// Platforms: 2 each for 文学院 and 理学院 → P2 suggestion met.
AnalysisInput handBuiltInput()
{
    AnalysisInput input;
    input.institution.name = QStringLiteral("示例大学");
    input.assessment.id = 1;
    input.assessment.title = QStringLiteral("测试评估");
    input.assessment.year = 2020;
    input.framework = frameworkOf({
        categoryOf(QStringLiteral("L"),
                   {requirementOf(QStringLiteral("L1"), 1),
                    requirementOf(QStringLiteral("L2"), 2,
                                  ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6))}),
        categoryOf(QStringLiteral("P"),
                   {requirementOf(QStringLiteral("P1"), 1),
                    requirementOf(QStringLiteral("P2"), 2,
                                  ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8)),
                    requirementOf(QStringLiteral("P3"), 1)}),
        categoryOf(QStringLiteral("E"), {requirementOf(QStringLiteral("E1"), 1),
                                         requirementOf(QStringLiteral("E2"), 1)}),
    });
    input.units = {Unit{1, QStringLiteral("校关工委"), UnitKind::School, 0},
                   Unit{2, QStringLiteral("文学院"), UnitKind::Secondary, 1},
                   Unit{3, QStringLiteral("理学院"), UnitKind::Secondary, 2}};
    input.figures = {figuresOf(1, 30, 25), figuresOf(2, 20, 18), figuresOf(3, 20, 10)};
    input.platforms = {platformOf(2, QStringLiteral("文一")), platformOf(2, QStringLiteral("文二")),
                       platformOf(3, QStringLiteral("理一")),
                       platformOf(3, QStringLiteral("理二"))};
    return input;
}

} // namespace

TEST_CASE("analyze: gaps, gap texts, overrides and linked items", "[analysis]")
{
    AnalysisInput input = handBuiltInput();
    // L1 met; L2 not met against the suggestion largely met (an override), no gap text;
    // P1 not met with a gap text; P2 met (= suggestion); P3 unrated (no row);
    // E1 not applicable with a gap text (ignored); E2 met with a gap text (ignored).
    input.ratings = {
        ratingOf(QStringLiteral("L1"), Rating::Met),
        ratingOf(QStringLiteral("L2"), Rating::NotMet, QString(), QStringLiteral("数据有误")),
        ratingOf(QStringLiteral("P1"), Rating::NotMet, QStringLiteral("  缺少校级平台管理文件  ")),
        ratingOf(QStringLiteral("P2"), Rating::Met),
        ratingOf(QStringLiteral("E1"), Rating::NotApplicable, QStringLiteral("不适用的说明")),
        ratingOf(QStringLiteral("E2"), Rating::Met, QStringLiteral("已整改")),
    };
    // Items on 2020-10-15 (phase 3):
    //   #11 phase 2, L2, due 2020-09-15, in progress → overdue (phase 2: does not block)
    //   #12 phase 3, P1 + L2, no deadline → due 2020-11-30 (phase 3 end), not overdue
    //   #13 phase 3, P1, due 2020-10-01, planned → overdue, blocks readiness
    //   #14 phase 4, P2, due 2020-10-01, done → closed, not overdue
    input.items = {
        itemOf(11, 2, {QStringLiteral("L2")}, QDate(2020, 9, 15), RectificationStatus::InProgress),
        itemOf(12, 3, {QStringLiteral("P1"), QStringLiteral("L2")}, QDate()),
        itemOf(13, 3, {QStringLiteral("P1")}, QDate(2020, 10, 1)),
        itemOf(14, 4, {QStringLiteral("P2")}, QDate(2020, 10, 1), RectificationStatus::Done),
    };
    input.evidenceCount = {{QStringLiteral("L1"), 3}};

    const Analysis analysis = analyze(input, QDate(2020, 10, 15), Language::Chinese);

    CHECK(analysis.today == QDate(2020, 10, 15));
    CHECK(analysis.currentPhase == 3);
    REQUIRE(analysis.requirements.size() == 7);
    QStringList order;
    for (const RequirementResult& result : analysis.requirements)
        order.append(result.code);
    CHECK(order == QStringList{QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("P1"),
                               QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("E1"),
                               QStringLiteral("E2")});

    // Gaps: exactly the non-met, non-N/A requirements, in framework order.
    CHECK(codesOf(analysis.gaps()) ==
          QStringList{QStringLiteral("L2"), QStringLiteral("P1"), QStringLiteral("P3")});

    const RequirementResult* l1 = analysis.requirement(QStringLiteral("L1"));
    REQUIRE(l1);
    CHECK(l1->number == 1);
    CHECK(l1->categoryCode == QStringLiteral("L"));
    CHECK(l1->title == QStringLiteral("要求L1"));
    CHECK(l1->gap.isEmpty());
    CHECK(l1->evidenceCount == 3);
    CHECK(key(l1->suggestion) == QStringLiteral("none"));
    CHECK_FALSE(l1->indicator.has_value());
    CHECK(*l1->score == Approx(1.0));
    CHECK_FALSE(l1->isOverridden());

    // L2: suggestion largely met, rated not met → overridden; gap = the shortfall description.
    const RequirementResult* l2 = analysis.requirement(QStringLiteral("L2"));
    REQUIRE(l2);
    CHECK(l2->number == 2);
    CHECK(l2->weight == Approx(2));
    CHECK(key(l2->suggestion) == QStringLiteral("largely_met"));
    REQUIRE(l2->indicator.has_value());
    CHECK(l2->indicator->unitsInScope == 2);
    CHECK(l2->indicator->unitsPassing == 1);
    CHECK(*l2->indicator->institutionFigure == Approx(0.7));
    CHECK(l2->isOverridden());
    CHECK(l2->overrideReason == QStringLiteral("数据有误"));
    CHECK(l2->gap == describeShortfall(*l2->indicator, Language::Chinese));
    CHECK(l2->gap.contains(QStringLiteral("理学院 50.0% (10/20)")));
    CHECK(*l2->score == Approx(0.0));
    CHECK(l2->evidenceCount == 0);
    // Linked items in input order, with their overdue flags and due dates.
    REQUIRE(l2->items.size() == 2);
    CHECK(l2->items[0].id == 11);
    CHECK(l2->items[0].overdue);
    CHECK(l2->items[0].phase == 2);
    CHECK(l2->items[0].status == RectificationStatus::InProgress);
    CHECK(l2->items[0].due == QDate(2020, 9, 15));
    CHECK(l2->items[0].measure == QStringLiteral("整改措施11"));
    CHECK(l2->items[1].id == 12);
    CHECK_FALSE(l2->items[1].overdue);
    CHECK(l2->items[1].due == QDate(2020, 11, 30));

    // P1: the user's gap text, trimmed.
    const RequirementResult* p1 = analysis.requirement(QStringLiteral("P1"));
    REQUIRE(p1);
    CHECK(p1->gap == QStringLiteral("缺少校级平台管理文件"));
    REQUIRE(p1->items.size() == 2);
    CHECK(p1->items[0].id == 12);
    CHECK_FALSE(p1->items[0].overdue);
    CHECK(p1->items[1].id == 13);
    CHECK(p1->items[1].overdue);

    // P2: met as suggested → not overridden, no gap; its closed item is still linked.
    const RequirementResult* p2 = analysis.requirement(QStringLiteral("P2"));
    REQUIRE(p2);
    CHECK(key(p2->suggestion) == QStringLiteral("met"));
    CHECK_FALSE(p2->isOverridden());
    CHECK(p2->gap.isEmpty());
    CHECK(*p2->score == Approx(2.0));
    REQUIRE(p2->items.size() == 1);
    CHECK(p2->items[0].id == 14);
    CHECK_FALSE(p2->items[0].overdue);
    CHECK(p2->items[0].status == RectificationStatus::Done);

    // P3: unrated, qualitative → "尚未评定".
    const RequirementResult* p3 = analysis.requirement(QStringLiteral("P3"));
    REQUIRE(p3);
    CHECK(p3->rating == Rating::Unrated);
    CHECK(p3->gap.contains(QStringLiteral("尚未评定")));
    CHECK(*p3->score == Approx(0.0));
    CHECK(p3->items.isEmpty());

    // E1 N/A and E2 met: their gap texts are dropped.
    CHECK(analysis.requirement(QStringLiteral("E1"))->gap.isEmpty());
    CHECK_FALSE(analysis.requirement(QStringLiteral("E1"))->score.has_value());
    CHECK(analysis.requirement(QStringLiteral("E2"))->gap.isEmpty());
    CHECK(analysis.requirement(QStringLiteral("X1")) == nullptr);

    // Items: open 11, 12, 13 → 3; overdue 11 and 13 → 2.
    CHECK(analysis.openItems == 3);
    CHECK(analysis.overdueItems == 2);

    // Scores: L1 1 + L2 0 + P1 0 + P2 2 + P3 0 + E2 1 = 4 of 1+2+1+2+1+1 = 8 (E1 N/A)
    // → 50%. Met rate: met L1, P2, E2 = 3 of rated 5 (L1, L2, P1, P2, E2) = 0.6.
    CHECK(*analysis.scores.overall.weightedScore() == Approx(50.0));
    CHECK(*analysis.scores.overall.metRate() == Approx(0.6));
    REQUIRE(analysis.scores.categories.size() == 3);
    // L: 1 of 3 → 33.33%; P: 2 of 4 → 50%; E: 1 of 1 → 100%.
    CHECK(*analysis.scores.categories[0].tally.weightedScore() == Approx(100.0 / 3.0));
    CHECK(*analysis.scores.categories[1].tally.weightedScore() == Approx(50.0));
    CHECK(*analysis.scores.categories[2].tally.weightedScore() == Approx(100.0));

    // Readiness: not ready; a reason per failing requirement (L2, P1, P3) and one for the
    // overdue phase-3 item #13 (the overdue phase-2 item #11 gives none).
    CHECK_FALSE(analysis.readiness.ready);
    const QStringList& reasons = analysis.readiness.reasons;
    REQUIRE(reasons.size() == 4);
    CHECK(reasons[0].startsWith(QStringLiteral("L2")));
    CHECK(reasons[0].contains(QStringLiteral("未达标")));
    CHECK(reasons[1].startsWith(QStringLiteral("P1")));
    CHECK(reasons[2].startsWith(QStringLiteral("P3")));
    CHECK(reasons[2].contains(QStringLiteral("未评")));
    CHECK(reasons[3].contains(QStringLiteral("#13")));
    CHECK(reasons[3].contains(QStringLiteral("2020-10-01")));
    CHECK_FALSE(reasons.join(QStringLiteral("\n")).contains(QStringLiteral("#11")));
    CHECK_FALSE(reasons.join(QStringLiteral("\n")).contains(QStringLiteral("#12")));
}

TEST_CASE("analyze: English texts", "[analysis]")
{
    AnalysisInput input = handBuiltInput();
    input.ratings = {ratingOf(QStringLiteral("L2"), Rating::LargelyMet)};
    input.items = {itemOf(7, 4, {QStringLiteral("L1")}, QDate(2020, 11, 20))};
    const Analysis analysis = analyze(input, QDate(2020, 11, 25), Language::English);

    const RequirementResult* l1 = analysis.requirement(QStringLiteral("L1"));
    REQUIRE(l1);
    CHECK(l1->title == QStringLiteral("Requirement L1"));
    CHECK(l1->gap == QStringLiteral("Not rated yet."));
    // L2 largely met as suggested: the shortfall in English.
    const RequirementResult* l2 = analysis.requirement(QStringLiteral("L2"));
    REQUIRE(l2);
    CHECK_FALSE(l2->isOverridden());
    CHECK(l2->gap.contains(QStringLiteral("理学院 50.0% (10/20)")));
    CHECK(l2->gap.contains(QStringLiteral("≥60.0%")));
    CHECK(l2->gap.contains(QStringLiteral("fall short")));

    CHECK_FALSE(analysis.readiness.ready);
    // 7 requirements, none met → 7 reasons, plus the overdue phase-4 item #7.
    REQUIRE(analysis.readiness.reasons.size() == 8);
    CHECK(analysis.readiness.reasons[1].startsWith(QStringLiteral("L2")));
    CHECK(analysis.readiness.reasons[1].contains(QStringLiteral("largely met")));
    CHECK(analysis.readiness.reasons[7].contains(QStringLiteral("#7")));
    CHECK(analysis.readiness.reasons[7].contains(QStringLiteral("overdue")));
}

TEST_CASE("analyze: unrated indicator requirement shows the shortfall, not 尚未评定", "[analysis]")
{
    // L2 unrated: its gap is the shortfall (the indicator description comes first).
    // P2 unrated with suggestion met: no shortfall, so 尚未评定.
    AnalysisInput input = handBuiltInput();
    const Analysis analysis = analyze(input, QDate(2020, 10, 15), Language::Chinese);
    const RequirementResult* l2 = analysis.requirement(QStringLiteral("L2"));
    REQUIRE(l2);
    CHECK(l2->gap.contains(QStringLiteral("理学院 50.0% (10/20)")));
    CHECK_FALSE(l2->isOverridden()); // unrated is never an override
    const RequirementResult* p2 = analysis.requirement(QStringLiteral("P2"));
    REQUIRE(p2);
    CHECK(p2->gap.contains(QStringLiteral("尚未评定")));
    CHECK(analysis.gaps().size() == 7);
    CHECK(analysis.openItems == 0);
    CHECK(analysis.overdueItems == 0);
}

TEST_CASE("analyze: readiness", "[analysis]")
{
    AnalysisInput input = handBuiltInput();
    // Every requirement met or not applicable.
    for (const Requirement* requirement : input.framework.requirements()) {
        input.ratings.append(ratingOf(
            requirement->code,
            requirement->code == QStringLiteral("E1") ? Rating::NotApplicable : Rating::Met,
            QString(), QStringLiteral("理由")));
    }
    const QDate today(2020, 10, 15);

    SECTION("all met or N/A, no items → ready")
    {
        const Analysis analysis = analyze(input, today, Language::Chinese);
        CHECK(analysis.readiness.ready);
        CHECK(analysis.readiness.reasons.isEmpty());
        CHECK(analysis.gaps().isEmpty());
        CHECK(*analysis.scores.overall.weightedScore() == Approx(100.0));
        CHECK(*analysis.scores.overall.metRate() == Approx(1.0));
    }
    SECTION("an overdue phase-2 item does not block readiness")
    {
        input.items = {itemOf(21, 2, {QStringLiteral("L1")}, QDate(2020, 9, 1))};
        const Analysis analysis = analyze(input, today, Language::Chinese);
        CHECK(analysis.overdueItems == 1);
        CHECK(analysis.readiness.ready);
        CHECK(analysis.readiness.reasons.isEmpty());
    }
    SECTION("an overdue phase-3 item blocks readiness and is named")
    {
        input.items = {itemOf(22, 3, {QStringLiteral("L1")}, QDate(2020, 10, 14))};
        const Analysis analysis = analyze(input, today, Language::Chinese);
        CHECK_FALSE(analysis.readiness.ready);
        REQUIRE(analysis.readiness.reasons.size() == 1);
        CHECK(analysis.readiness.reasons[0].contains(QStringLiteral("#22")));
        CHECK(analysis.readiness.reasons[0].contains(QStringLiteral("整改措施22")));
        CHECK(analysis.readiness.reasons[0].contains(QStringLiteral("第3阶段")));
    }
    SECTION("a phase-3 item due today is not overdue yet")
    {
        input.items = {itemOf(23, 3, {QStringLiteral("L1")}, today)};
        const Analysis analysis = analyze(input, today, Language::Chinese);
        CHECK(analysis.overdueItems == 0);
        CHECK(analysis.openItems == 1);
        CHECK(analysis.readiness.ready);
    }
    SECTION("a phase-4 item overdue by its phase end blocks readiness")
    {
        // No deadline: phase 4 ends 2020-12-31; on 2021-01-01 it is overdue.
        input.items = {itemOf(24, 4, {QStringLiteral("P1")}, QDate())};
        const Analysis analysis = analyze(input, QDate(2021, 1, 1), Language::Chinese);
        CHECK(analysis.currentPhase == 5);
        CHECK_FALSE(analysis.readiness.ready);
        REQUIRE(analysis.readiness.reasons.size() == 1);
        CHECK(analysis.readiness.reasons[0].contains(QStringLiteral("#24")));
        CHECK(analysis.readiness.reasons[0].contains(QStringLiteral("2020-12-31")));
    }
    SECTION("a phase-3 item past its deadline but done does not block")
    {
        input.items = {itemOf(25, 3, {QStringLiteral("L1")}, QDate(2020, 9, 10),
                              RectificationStatus::Verified)};
        const Analysis analysis = analyze(input, today, Language::Chinese);
        CHECK(analysis.openItems == 0);
        CHECK(analysis.overdueItems == 0);
        CHECK(analysis.readiness.ready);
    }
    SECTION("a largely met requirement blocks readiness")
    {
        input.ratings[3].rating = Rating::LargelyMet; // P2
        const Analysis analysis = analyze(input, today, Language::Chinese);
        CHECK_FALSE(analysis.readiness.ready);
        REQUIRE(analysis.readiness.reasons.size() == 1);
        CHECK(analysis.readiness.reasons[0].startsWith(QStringLiteral("P2")));
        CHECK(analysis.readiness.reasons[0].contains(QStringLiteral("基本达标")));
    }
}

// ---------------------------------------------------------------------------------------
// A real document: the built-in framework, units, figures, platforms, ratings, an item

namespace {

struct Populated
{
    qint64 school = 0;
    qint64 wen = 0;
    qint64 li = 0;
    qint64 gong = 0;
    qint64 itemId = 0;
};

// Units and figures for 2020:
//   school: eligible 50, participants 40, core 15, hearings 2, trainings 3, rules, menus
//   文学院: 20 / 18 / core 5, hearings 1, rules yes, both menus
//   理学院: 20 / 10 / core 3, hearings 1, rules yes, both menus
//   工学院: 10 / 6 / core 1, hearings 0, rules no, demand menu only
//   (and 工学院 for 2019: 10 / 0, which must not count)
// Platforms: school 10 (all with both leaders); 文学院 2 (both); 理学院 2 (one without its
// retired leader); 工学院 1 (both).
Populated populate(TempDocument& doc)
{
    Populated ids;
    ids.school = doc.schoolUnitId();
    auto addUnit = [&doc](const QString& name, int order) {
        Result<qint64> id = doc->units().add(Unit{0, name, UnitKind::Secondary, order});
        REQUIRE_OK(id);
        return *id;
    };
    ids.wen = addUnit(QStringLiteral("文学院"), 1);
    ids.li = addUnit(QStringLiteral("理学院"), 2);
    ids.gong = addUnit(QStringLiteral("工学院"), 3);

    auto save = [&doc](qint64 unit, int year, int eligible, int participants, int core,
                       int hearings, int trainings, bool rules, bool demand, bool resource) {
        UnitFigures figures;
        figures.unitId = unit;
        figures.year = year;
        figures.eligible = eligible;
        figures.participants = participants;
        figures.coreWorkers = core;
        figures.hearingsPerYear = hearings;
        figures.trainingsPerYear = trainings;
        figures.hasUnitRules = rules;
        figures.hasDemandMenu = demand;
        figures.hasResourceMenu = resource;
        REQUIRE_OK(doc->units().saveFigures(figures));
    };
    save(ids.school, 2020, 50, 40, 15, 2, 3, true, true, true);
    save(ids.wen, 2020, 20, 18, 5, 1, 0, true, true, true);
    save(ids.li, 2020, 20, 10, 3, 1, 0, true, true, true);
    save(ids.gong, 2020, 10, 6, 1, 0, 0, false, true, false);
    save(ids.gong, 2019, 10, 0, 0, 0, 0, false, false, false);

    auto addPlatform = [&doc](qint64 unit, const QString& name, bool both) {
        REQUIRE_OK(doc->platforms().add(platformOf(unit, name, both)));
    };
    for (int i = 1; i <= 10; ++i)
        addPlatform(ids.school, QStringLiteral("校级平台%1").arg(i), true);
    addPlatform(ids.wen, QStringLiteral("文学院平台1"), true);
    addPlatform(ids.wen, QStringLiteral("文学院平台2"), true);
    addPlatform(ids.li, QStringLiteral("理学院平台1"), true);
    addPlatform(ids.li, QStringLiteral("理学院平台2"), false);
    addPlatform(ids.gong, QStringLiteral("工学院平台1"), true);

    const qint64 assessment = doc.assessmentId();
    auto rate = [&doc, assessment](const QString& code, Rating rating,
                                   std::optional<Rating> suggested, const QString& reason) {
        REQUIRE_OK(doc->ratings().setRating(assessment, code, rating, suggested, reason));
    };
    rate(QStringLiteral("L1"), Rating::Met, std::nullopt, QString());
    rate(QStringLiteral("T5"), Rating::LargelyMet, Rating::LargelyMet, QString());
    rate(QStringLiteral("T6"), Rating::Met, Rating::NotMet, QStringLiteral("骨干名单未统计完整"));
    rate(QStringLiteral("T7"), Rating::Met, Rating::Met, QString());
    rate(QStringLiteral("P1"), Rating::Met, Rating::Met, QString());
    rate(QStringLiteral("E3"), Rating::NotApplicable, std::nullopt, QString());
    REQUIRE_OK(doc->ratings().setGapText(assessment, QStringLiteral("O1"),
                                         QStringLiteral("工作规程尚未修订")));

    RectificationItem item;
    item.requirementCodes = {QStringLiteral("T5")};
    item.measure = QStringLiteral("提高理学院老同志参与率");
    item.phase = 3;
    item.deadline = QDate(2020, 10, 10);
    item.status = RectificationStatus::InProgress;
    Result<qint64> itemId = doc->rectification().add(assessment, item);
    REQUIRE_OK(itemId);
    ids.itemId = *itemId;
    return ids;
}

} // namespace

TEST_CASE("analysis of a document with the built-in framework", "[analysis][document]")
{
    TempDocument doc;
    const Populated ids = populate(doc);

    Result<AnalysisInput> loaded = AnalysisInput::load(*doc);
    REQUIRE_OK(loaded);
    const AnalysisInput& input = *loaded;
    CHECK(input.institution.name == QStringLiteral("示例大学"));
    CHECK(input.assessment.year == 2020);
    CHECK(input.framework.requirementCount() == 28);
    CHECK(input.units.size() == 4);
    CHECK(input.figures.size() == 4); // 2020 only
    for (const UnitFigures& figures : input.figures)
        CHECK(figures.year == 2020);
    CHECK(input.platforms.size() == 15);
    CHECK(input.items.size() == 1);

    const Analysis analysis = analyze(input, QDate(2020, 10, 15), Language::Chinese);
    REQUIRE(analysis.requirements.size() == 28);
    CHECK(analysis.currentPhase == 3);
    auto result = [&analysis](const char* code) {
        const RequirementResult* found = analysis.requirement(QString::fromLatin1(code));
        REQUIRE(found);
        return found;
    };

    // L2 hearings ≥ 1, all units, largely at 0.8: school 2, 文 1, 理 1 pass, 工 0 fails
    // → 3/4 = 0.75 < 0.8 → not met.
    const RequirementResult* l2 = result("L2");
    CHECK(key(l2->suggestion) == QStringLiteral("not_met"));
    CHECK(l2->indicator->unitsInScope == 4);
    CHECK(l2->indicator->unitsPassing == 3);
    CHECK(*l2->indicator->institutionFigure == Approx(0.75));

    // O3 unit rules, secondary: 文, 理 yes, 工 no → 2/3 < 0.8 → not met.
    const RequirementResult* o3 = result("O3");
    CHECK(key(o3->suggestion) == QStringLiteral("not_met"));
    CHECK(*o3->indicator->institutionFigure == Approx(2.0 / 3.0));

    // T5 participation ≥ 60%: 文 18/20 = 0.9, 理 10/20 = 0.5 fails, 工 6/10 = 0.6 passes;
    // pooled (18 + 10 + 6) / (20 + 20 + 10) = 34/50 = 0.68 → largely met.
    const RequirementResult* t5 = result("T5");
    CHECK(key(t5->suggestion) == QStringLiteral("largely_met"));
    CHECK(t5->rating == Rating::LargelyMet);
    CHECK_FALSE(t5->isOverridden());
    CHECK(*t5->indicator->institutionFigure == Approx(0.68));
    CHECK(t5->indicator->unitsInScope == 3);
    CHECK(t5->indicator->unitsPassing == 2);
    REQUIRE(t5->indicator->shortfalls().size() == 1);
    CHECK(t5->indicator->shortfalls()[0].unitName == QStringLiteral("理学院"));
    CHECK(t5->gap.contains(QStringLiteral("理学院 50.0% (10/20)")));
    CHECK(t5->gap.contains(QStringLiteral("68.0%")));
    CHECK(*t5->score == Approx(1.2));
    REQUIRE(t5->items.size() == 1);
    CHECK(t5->items[0].id == ids.itemId);
    CHECK(t5->items[0].overdue); // due 2020-10-10, open on 2020-10-15
    CHECK(t5->items[0].due == QDate(2020, 10, 10));

    // T6 core workers ≥ 20%: 文 5/20 = 0.25 passes, 理 3/20 = 0.15, 工 1/10 = 0.1 fail;
    // pooled 9/50 = 0.18 → not met. Rated met with a reason → overridden.
    const RequirementResult* t6 = result("T6");
    CHECK(key(t6->suggestion) == QStringLiteral("not_met"));
    CHECK(*t6->indicator->institutionFigure == Approx(0.18));
    CHECK(t6->rating == Rating::Met);
    CHECK(t6->isOverridden());
    CHECK(t6->overrideReason == QStringLiteral("骨干名单未统计完整"));
    CHECK(t6->gap.isEmpty());

    // T7 trainings ≥ 1, school: 3 → met.
    CHECK(key(result("T7")->suggestion) == QStringLiteral("met"));

    // P1 school platforms ≥ 10: 10 → met.
    CHECK(key(result("P1")->suggestion) == QStringLiteral("met"));
    CHECK(*result("P1")->indicator->units[0].value == Approx(10));

    // P2 secondary platforms ≥ 2, largely at 0.8: 文 2, 理 2 pass, 工 1 fails → 2/3 → not met.
    const RequirementResult* p2 = result("P2");
    CHECK(key(p2->suggestion) == QStringLiteral("not_met"));
    CHECK(p2->indicator->unitsPassing == 2);
    CHECK(p2->gap.contains(QStringLiteral("工学院 1")));

    // P3 both leaders, all units, largely at 0.8: school 10/10, 文 2/2, 理 1/2, 工 1/1;
    // pooled 14/15 ≈ 0.933 → largely met.
    const RequirementResult* p3 = result("P3");
    CHECK(key(p3->suggestion) == QStringLiteral("largely_met"));
    CHECK(*p3->indicator->institutionFigure == Approx(14.0 / 15.0));
    CHECK(p3->gap.contains(QStringLiteral("理学院 50.0% (1/2)")));

    // P4 both menus, secondary: 文, 理 yes, 工 demand only → 2/3 → not met.
    CHECK(key(result("P4")->suggestion) == QStringLiteral("not_met"));

    // Gap texts: O1 has the user's text; L3 (unrated, qualitative) says 尚未评定.
    CHECK(result("O1")->gap == QStringLiteral("工作规程尚未修订"));
    CHECK(result("L3")->gap.contains(QStringLiteral("尚未评定")));
    CHECK(result("E3")->gap.isEmpty());

    // 28 requirements: met L1, T6, T7, P1 (4), N/A E3 (1) → 23 gaps.
    CHECK(analysis.gaps().size() == 23);
    CHECK(analysis.openItems == 1);
    CHECK(analysis.overdueItems == 1);

    // Scores. Weights: L2, O3, T5, T6, P1–P4 = 2, the other 20 = 1 → 36 in all.
    // Earned: L1 1 + T5 2·0.6 + T6 2 + T7 1 + P1 2 = 7.2; possible 36 − 1 (E3) = 35.
    // Weighted 7.2/35 = 20.571%. Met rate: met 4 of rated 5 (L1, T5, T6, T7, P1) = 0.8.
    const ScoreTally& overall = analysis.scores.overall;
    CHECK(overall.met == 4);
    CHECK(overall.largelyMet == 1);
    CHECK(overall.notApplicable == 1);
    CHECK(overall.unrated == 22);
    CHECK(overall.earned == Approx(7.2));
    CHECK(overall.possible == Approx(35));
    CHECK(*overall.weightedScore() == Approx(100.0 * 7.2 / 35.0));
    CHECK(*overall.metRate() == Approx(0.8));
    REQUIRE(analysis.scores.categories.size() == 6);
    // L: 1 of (1 + 2 + 1 + 1 + 1) = 6 → 16.67%. T: 1.2 + 2 + 1 = 4.2 of (4 + 2 + 2 + 1) = 9
    // → 46.67%. P: 2 of (2 + 2 + 2 + 2 + 1) = 9 → 22.22%. E: 0 of 2 (E3 N/A) → 0%, met
    // rate none.
    CHECK(analysis.scores.categories[0].code == QStringLiteral("L"));
    CHECK(*analysis.scores.categories[0].tally.weightedScore() == Approx(100.0 / 6.0));
    CHECK(analysis.scores.categories[2].code == QStringLiteral("T"));
    CHECK(*analysis.scores.categories[2].tally.weightedScore() == Approx(420.0 / 9.0));
    CHECK(analysis.scores.categories[4].code == QStringLiteral("P"));
    CHECK(*analysis.scores.categories[4].tally.weightedScore() == Approx(200.0 / 9.0));
    CHECK(analysis.scores.categories[5].code == QStringLiteral("E"));
    CHECK(*analysis.scores.categories[5].tally.weightedScore() == Approx(0.0));
    CHECK_FALSE(analysis.scores.categories[5].tally.metRate().has_value());

    // Readiness: 23 failing requirements and the overdue phase-3 item.
    CHECK_FALSE(analysis.readiness.ready);
    REQUIRE(analysis.readiness.reasons.size() == 24);
    CHECK(analysis.readiness.reasons.last().contains(QStringLiteral("#%1").arg(ids.itemId)));
    for (const RequirementResult* gap : analysis.gaps()) {
        bool named = false;
        for (const QString& reason : analysis.readiness.reasons)
            named = named || reason.startsWith(gap->code + QLatin1Char(' '));
        CHECK(named);
    }

    // Before the deadline, the item is not overdue.
    const Analysis earlier = analyze(input, QDate(2020, 10, 10), Language::Chinese);
    CHECK(earlier.overdueItems == 0);
    CHECK(earlier.readiness.reasons.size() == 23);
}

TEST_CASE("summaryToJson", "[analysis][document]")
{
    TempDocument doc;
    const Populated ids = populate(doc);
    Result<AnalysisInput> loaded = AnalysisInput::load(*doc);
    REQUIRE_OK(loaded);
    const Analysis analysis = analyze(*loaded, QDate(2020, 10, 15), Language::Chinese);
    const QJsonObject json = summaryToJson(*loaded, analysis, Language::Chinese);

    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("duibiao-summary"));
    CHECK(json.value(QStringLiteral("today")).toString() == QStringLiteral("2020-10-15"));
    CHECK(json.value(QStringLiteral("currentPhase")).toInt() == 3);
    CHECK_FALSE(json.value(QStringLiteral("frameworkNote")).toString().isEmpty());

    const QJsonArray requirements = json.value(QStringLiteral("requirements")).toArray();
    REQUIRE(requirements.size() == 28);
    for (const QJsonValue& value : requirements) {
        const QJsonObject requirement = value.toObject();
        for (const char* name : {"code", "title", "rating", "suggestedRating", "score", "gap"}) {
            INFO(requirement.value(QStringLiteral("code")).toString().toStdString()
                 << ": " << name);
            CHECK(requirement.contains(QString::fromLatin1(name)));
        }
    }
    const QJsonObject first = requirements[0].toObject();
    CHECK(first.value(QStringLiteral("code")).toString() == QStringLiteral("L1"));
    CHECK(first.value(QStringLiteral("number")).toInt() == 1);
    CHECK(first.value(QStringLiteral("rating")).toString() == QStringLiteral("met"));
    CHECK(first.value(QStringLiteral("suggestedRating")).isNull());
    CHECK(first.value(QStringLiteral("score")).toDouble() == Approx(1.0));
    CHECK(first.value(QStringLiteral("gap")).toString().isEmpty());

    QJsonObject t5, t6, e3;
    for (const QJsonValue& value : requirements) {
        const QJsonObject requirement = value.toObject();
        const QString code = requirement.value(QStringLiteral("code")).toString();
        if (code == QStringLiteral("T5"))
            t5 = requirement;
        else if (code == QStringLiteral("T6"))
            t6 = requirement;
        else if (code == QStringLiteral("E3"))
            e3 = requirement;
    }
    CHECK(t5.value(QStringLiteral("rating")).toString() == QStringLiteral("largely_met"));
    CHECK(t5.value(QStringLiteral("suggestedRating")).toString() == QStringLiteral("largely_met"));
    CHECK(t5.value(QStringLiteral("score")).toDouble() == Approx(1.2));
    CHECK(t5.value(QStringLiteral("gap")).toString().contains(QStringLiteral("理学院")));
    CHECK(t5.value(QStringLiteral("overrideReason")).isNull());
    const QJsonObject indicator = t5.value(QStringLiteral("indicator")).toObject();
    CHECK(indicator.value(QStringLiteral("metric")).toString() ==
          QStringLiteral("participation_rate"));
    CHECK(indicator.value(QStringLiteral("target")).toString() == QStringLiteral("≥60.0%"));
    CHECK(indicator.value(QStringLiteral("institutionFigure")).toDouble() == Approx(0.68));
    CHECK(indicator.value(QStringLiteral("unitsInScope")).toInt() == 3);
    CHECK(indicator.value(QStringLiteral("unitsPassing")).toInt() == 2);
    const QJsonArray shortfalls = indicator.value(QStringLiteral("shortfallUnits")).toArray();
    REQUIRE(shortfalls.size() == 1);
    const QJsonObject li = shortfalls[0].toObject();
    CHECK(li.value(QStringLiteral("unit")).toString() == QStringLiteral("理学院"));
    CHECK(li.value(QStringLiteral("outcome")).toString() == QStringLiteral("fails"));
    CHECK(li.value(QStringLiteral("numerator")).toInt() == 10);
    CHECK(li.value(QStringLiteral("denominator")).toInt() == 20);
    CHECK(li.value(QStringLiteral("display")).toString() == QStringLiteral("50.0% (10/20)"));
    const QJsonArray items = t5.value(QStringLiteral("rectificationItems")).toArray();
    REQUIRE(items.size() == 1);
    CHECK(items[0].toObject().value(QStringLiteral("id")).toInteger() == ids.itemId);
    CHECK(items[0].toObject().value(QStringLiteral("overdue")).toBool());
    CHECK(items[0].toObject().value(QStringLiteral("due")).toString() ==
          QStringLiteral("2020-10-10"));

    CHECK(t6.value(QStringLiteral("overrideReason")).toString() ==
          QStringLiteral("骨干名单未统计完整"));
    CHECK(t6.value(QStringLiteral("suggestedRating")).toString() == QStringLiteral("not_met"));
    CHECK(e3.value(QStringLiteral("rating")).toString() == QStringLiteral("not_applicable"));
    CHECK(e3.value(QStringLiteral("score")).isNull());

    const QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    REQUIRE(categories.size() == 6);
    CHECK(categories[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("L"));
    CHECK(categories[5].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("E"));
    CHECK(categories[5].toObject().value(QStringLiteral("metRate")).isNull());

    // Overall: met rate 4/5 = 0.8; weighted 7.2/35 = 20.571…% → 20.57 (2 decimals).
    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("metRate")).toDouble() == Approx(0.8));
    CHECK(overall.value(QStringLiteral("weightedScore")).toDouble() == Approx(20.57));
    CHECK(overall.value(QStringLiteral("met")).toInt() == 4);
    CHECK(overall.value(QStringLiteral("openItems")).toInt() == 1);
    CHECK(overall.value(QStringLiteral("overdueItems")).toInt() == 1);

    const QJsonObject readiness = json.value(QStringLiteral("readiness")).toObject();
    CHECK(readiness.value(QStringLiteral("ready")).isBool());
    CHECK_FALSE(readiness.value(QStringLiteral("ready")).toBool());
    const QJsonArray reasons = readiness.value(QStringLiteral("reasons")).toArray();
    CHECK(reasons.size() == 24);
    CHECK(reasons.last().toString().contains(QStringLiteral("#%1").arg(ids.itemId)));
}
