// evaluateIndicator() and the texts describing its result, on hand-built units, figures and
// platforms (no database). Every expectation is computed by hand in the comments, following
// docs/formats/framework.md, "How the suggested rating is computed".
#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "analysis/IndicatorEvaluation.h"

#include <optional>

using namespace duibiao;

namespace {

using Outcome = UnitIndicatorValue::Outcome;

Unit schoolUnit(qint64 id, const QString& name = QStringLiteral("校关工委"))
{
    return Unit{id, name, UnitKind::School, 0};
}

Unit secondaryUnit(qint64 id, const QString& name)
{
    return Unit{id, name, UnitKind::Secondary, int(id)};
}

// Figures for 2020 with the participation counts; the rest can be set on the result.
UnitFigures figuresOf(qint64 unitId, int eligible, int participants, int coreWorkers = 0)
{
    UnitFigures figures;
    figures.unitId = unitId;
    figures.year = 2020;
    figures.eligible = eligible;
    figures.participants = participants;
    figures.coreWorkers = coreWorkers;
    return figures;
}

UnitFigures countsOf(qint64 unitId, int hearings, int trainings)
{
    UnitFigures figures = figuresOf(unitId, 10, 8, 2);
    figures.hearingsPerYear = hearings;
    figures.trainingsPerYear = trainings;
    return figures;
}

UnitFigures flagsOf(qint64 unitId, bool rules, bool demandMenu, bool resourceMenu)
{
    UnitFigures figures = figuresOf(unitId, 10, 8, 2);
    figures.hasUnitRules = rules;
    figures.hasDemandMenu = demandMenu;
    figures.hasResourceMenu = resourceMenu;
    return figures;
}

IndicatorRule ruleOf(Metric metric, Scope scope, double target,
                     std::optional<double> largelyMetAt = std::nullopt,
                     Comparison comparison = Comparison::GreaterOrEqual)
{
    IndicatorRule rule;
    rule.metric = metric;
    rule.scope = scope;
    rule.comparison = comparison;
    rule.target = target;
    rule.largelyMetAt = largelyMetAt;
    return rule;
}

// `count` platforms of a unit; the first `withBoth` have both leaders, the others lack the
// retired leader.
QVector<Platform> platformsOf(qint64 unitId, int count, int withBoth)
{
    QVector<Platform> platforms;
    for (int i = 0; i < count; ++i) {
        Platform platform;
        platform.id = unitId * 100 + i;
        platform.unitId = unitId;
        platform.name = QStringLiteral("平台%1-%2").arg(unitId).arg(i);
        platform.inServiceLeader = QStringLiteral("在职组长");
        platform.retiredLeader = i < withBoth ? QStringLiteral("老同志组长") : QString();
        platforms.append(platform);
    }
    return platforms;
}

QString suggestionKey(const IndicatorResult& result)
{
    return result.suggestion ? ratingKey(*result.suggestion) : QStringLiteral("none");
}

QStringList shortfallNames(const IndicatorResult& result)
{
    QStringList names;
    for (const UnitIndicatorValue& unit : result.shortfalls())
        names.append(unit.unitName);
    return names;
}

const UnitIndicatorValue& unitNamed(const IndicatorResult& result, const QString& name)
{
    for (const UnitIndicatorValue& unit : result.units) {
        if (unit.unitName == name)
            return unit;
    }
    FAIL("no unit " << name.toStdString() << " in the result");
    return result.units.front();
}

const QString met = QStringLiteral("met");
const QString largelyMet = QStringLiteral("largely_met");
const QString notMet = QStringLiteral("not_met");
const QString none = QStringLiteral("none");

} // namespace

// ---------------------------------------------------------------------------------------
// participation_rate

TEST_CASE("participation_rate: exactly 60% passes >= 0.6", "[indicators]")
{
    // A: 12/20 = 0.6, B: 3/5 = 0.6; both pass with the 1e-9 tolerance → met.
    // Pooled: (12 + 3) / (20 + 5) = 15/25 = 0.6.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 12), figuresOf(2, 5, 3)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == met);
    CHECK(result.unitsInScope == 2);
    CHECK(result.unitsPassing == 2);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.6));
    CHECK(result.shortfalls().isEmpty());
    REQUIRE(result.units.size() == 2);
    CHECK(result.units[0].unitName == QStringLiteral("文学院"));
    CHECK(result.units[0].outcome == Outcome::Passes);
    CHECK(result.units[0].numerator == 12);
    CHECK(result.units[0].denominator == 20);
    REQUIRE(result.units[0].value.has_value());
    CHECK(*result.units[0].value == Approx(0.6));
    CHECK(result.units[1].outcome == Outcome::Passes);
    CHECK(result.units[1].numerator == 3);
    CHECK(result.units[1].denominator == 5);
}

TEST_CASE("participation_rate: 59/100 fails and the pooled ratio is below the target",
          "[indicators]")
{
    // A: 59/100 = 0.59 < 0.6 → fails. Pooled 59/100 = 0.59 < 0.6 → not met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院"))};
    const IndicatorResult result =
        evaluateIndicator(ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units,
                          {figuresOf(1, 100, 59)}, {});

    CHECK(suggestionKey(result) == notMet);
    CHECK(result.unitsInScope == 1);
    CHECK(result.unitsPassing == 0);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.59));
    const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].unitName == QStringLiteral("文学院"));
    CHECK(shortfalls[0].outcome == Outcome::Fails);
    CHECK(shortfalls[0].numerator == 59);
    CHECK(shortfalls[0].denominator == 100);
    REQUIRE(shortfalls[0].value.has_value());
    CHECK(*shortfalls[0].value == Approx(0.59));
}

TEST_CASE("participation_rate: pooled ratio meets the target but a unit does not → largely met",
          "[indicators]")
{
    // A: 18/20 = 0.9 passes, B: 10/20 = 0.5 fails.
    // Pooled: 28/40 = 0.7 ≥ 0.6 → largely met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 18), figuresOf(2, 20, 10)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == largelyMet);
    CHECK(result.unitsInScope == 2);
    CHECK(result.unitsPassing == 1);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.7));
    const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].unitName == QStringLiteral("理学院"));
    CHECK(shortfalls[0].numerator == 10);
    CHECK(shortfalls[0].denominator == 20);
}

TEST_CASE("participation_rate: pooled ratio below the target → not met", "[indicators]")
{
    // A: 13/20 = 0.65 passes, B: 5/20 = 0.25 fails. Pooled 18/40 = 0.45 < 0.6 → not met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 13), figuresOf(2, 20, 5)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == notMet);
    CHECK(result.unitsPassing == 1);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.45));
    CHECK(shortfallNames(result) == QStringList{QStringLiteral("理学院")});
}

TEST_CASE("participation_rate: a unit with no eligible staff is excluded", "[indicators]")
{
    // A: 18/20 passes, B: 0/0 excluded (neither passes nor fails, not pooled),
    // C: 10/20 fails. Pooled over A and C only: 28/40 = 0.7 → largely met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("艺术学院")),
                              secondaryUnit(3, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 18), figuresOf(2, 0, 0),
                                       figuresOf(3, 20, 10)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == largelyMet);
    CHECK(result.unitsInScope == 3); // the excluded unit is still in scope and listed
    CHECK(result.unitsPassing == 1);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.7));
    const UnitIndicatorValue& excluded = unitNamed(result, QStringLiteral("艺术学院"));
    CHECK(excluded.outcome == Outcome::Excluded);
    CHECK_FALSE(excluded.value.has_value());
    CHECK(shortfallNames(result) == QStringList{QStringLiteral("理学院")});
}

TEST_CASE("participation_rate: excluded units do not prevent met", "[indicators]")
{
    // A: 12/20 = 0.6 passes, B: eligible 0 excluded → every evaluated unit passes → met.
    // Pooled 12/20 = 0.6.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("艺术学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 12), figuresOf(2, 0, 0)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == met);
    CHECK(result.unitsInScope == 2);
    CHECK(result.unitsPassing == 1);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.6));
    CHECK(result.shortfalls().isEmpty());
}

TEST_CASE("participation_rate: every unit without eligible staff → no suggestion", "[indicators]")
{
    // A: 0/0, B: 0/0 → every unit excluded → nothing to judge → no suggestion.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 0, 0), figuresOf(2, 0, 0)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == none);
    CHECK_FALSE(result.institutionFigure.has_value());
    CHECK(result.unitsInScope == 2);
    CHECK(result.unitsPassing == 0);
    CHECK(result.shortfalls().isEmpty());
    REQUIRE(result.units.size() == 2);
    CHECK(result.units[0].outcome == Outcome::Excluded);
    CHECK(result.units[1].outcome == Outcome::Excluded);
}

TEST_CASE("participation_rate: a unit without figures fails and is left out of the pooled ratio",
          "[indicators]")
{
    // A: 18/20 = 0.9 passes, B: no figures → fails ("no figures"), not pooled.
    // Not every unit passes → not met; pooled over A only: 18/20 = 0.9 ≥ 0.6 → largely met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const IndicatorResult result =
        evaluateIndicator(ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units,
                          {figuresOf(1, 20, 18)}, {});

    CHECK(suggestionKey(result) == largelyMet);
    CHECK(result.unitsInScope == 2);
    CHECK(result.unitsPassing == 1);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.9));
    const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].unitName == QStringLiteral("理学院"));
    CHECK(shortfalls[0].outcome == Outcome::NoFigures);
    CHECK_FALSE(shortfalls[0].value.has_value());
    CHECK_FALSE(shortfalls[0].numerator.has_value());
    CHECK_FALSE(shortfalls[0].denominator.has_value());
}

TEST_CASE("participation_rate: figures of units out of scope or unknown are ignored",
          "[indicators]")
{
    // Only the secondary unit A (12/20 = 0.6) is in scope. The school unit's 1/10 and the
    // figures of an unknown unit 99 (0/50) do not enter the pooled ratio: 12/20 = 0.6 → met.
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 10, 1), figuresOf(2, 20, 12),
                                       figuresOf(99, 50, 0)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});

    CHECK(suggestionKey(result) == met);
    CHECK(result.unitsInScope == 1);
    REQUIRE(result.units.size() == 1);
    CHECK(result.units[0].unitName == QStringLiteral("文学院"));
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.6));
}

TEST_CASE("participation_rate: no unit in scope → no suggestion", "[indicators]")
{
    // Only a school unit exists; the scope is secondary units → nothing to judge.
    const QVector<Unit> units{schoolUnit(1)};
    const IndicatorResult result =
        evaluateIndicator(ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units,
                          {figuresOf(1, 20, 18)}, {});

    CHECK(suggestionKey(result) == none);
    CHECK(result.unitsInScope == 0);
    CHECK(result.unitsPassing == 0);
    CHECK(result.units.isEmpty());
    CHECK_FALSE(result.institutionFigure.has_value());
    CHECK(result.shortfalls().isEmpty());

    // No units at all.
    const IndicatorResult empty =
        evaluateIndicator(ruleOf(Metric::ParticipationRate, Scope::AllUnits, 0.6), {}, {}, {});
    CHECK(suggestionKey(empty) == none);
    CHECK(empty.unitsInScope == 0);
}

TEST_CASE("participation_rate: the three scopes", "[indicators]")
{
    // School: 5/10 = 0.5 fails. Secondary A: 12/20 = 0.6 passes, B: 16/20 = 0.8 passes.
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院")),
                              secondaryUnit(3, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 10, 5), figuresOf(2, 20, 12),
                                       figuresOf(3, 20, 16)};

    SECTION("secondary_units")
    {
        // A and B pass → met; pooled 28/40 = 0.7.
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsInScope == 2);
        CHECK(result.unitsPassing == 2);
        CHECK(*result.institutionFigure == Approx(0.7));
    }
    SECTION("school_unit")
    {
        // School only: 5/10 = 0.5 fails; pooled 0.5 < 0.6 → not met.
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::ParticipationRate, Scope::SchoolUnit, 0.6), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsInScope == 1);
        CHECK(result.unitsPassing == 0);
        CHECK(*result.institutionFigure == Approx(0.5));
        CHECK(shortfallNames(result) == QStringList{QStringLiteral("校关工委")});
    }
    SECTION("all_units")
    {
        // School fails; pooled (5 + 12 + 16) / (10 + 20 + 20) = 33/50 = 0.66 ≥ 0.6
        // → largely met. Units listed in input order.
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::ParticipationRate, Scope::AllUnits, 0.6), units, figures, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(result.unitsInScope == 3);
        CHECK(result.unitsPassing == 2);
        CHECK(*result.institutionFigure == Approx(0.66));
        REQUIRE(result.units.size() == 3);
        CHECK(result.units[0].unitName == QStringLiteral("校关工委"));
        CHECK(result.units[1].unitName == QStringLiteral("文学院"));
        CHECK(result.units[2].unitName == QStringLiteral("理学院"));
    }
}

TEST_CASE("participation_rate: largelyMetAt replaces the target for the pooled ratio",
          "[indicators]")
{
    // Target 0.8, largelyMetAt 0.6. A: 18/20 = 0.9 passes, B: 10/20 = 0.5 fails.
    // Pooled 28/40 = 0.7: below the target 0.8 but ≥ largelyMetAt 0.6 → largely met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 18), figuresOf(2, 20, 10)};
    const IndicatorResult withThreshold = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.8, 0.6), units, figures, {});
    CHECK(suggestionKey(withThreshold) == largelyMet);
    CHECK(*withThreshold.institutionFigure == Approx(0.7));

    // Without largelyMetAt the pooled 0.7 is compared with the target 0.8 → not met.
    const IndicatorResult withoutThreshold = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.8), units, figures, {});
    CHECK(suggestionKey(withoutThreshold) == notMet);
}

// ---------------------------------------------------------------------------------------
// core_worker_rate

TEST_CASE("core_worker_rate: core workers over eligible, exactly 20% passes", "[indicators]")
{
    // Target 0.2. A: 4/20 = 0.2 passes (exact), B: 5/30 ≈ 0.1667 fails.
    // Pooled (4 + 5) / (20 + 30) = 9/50 = 0.18 < 0.2 → not met.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 15, 4), figuresOf(2, 30, 20, 5)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::CoreWorkerRate, Scope::SecondaryUnits, 0.2), units, figures, {});

    CHECK(suggestionKey(result) == notMet);
    CHECK(result.unitsPassing == 1);
    CHECK(unitNamed(result, QStringLiteral("文学院")).outcome == Outcome::Passes);
    REQUIRE(result.institutionFigure.has_value());
    CHECK(*result.institutionFigure == Approx(0.18));
    const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
    REQUIRE(shortfalls.size() == 1);
    CHECK(shortfalls[0].unitName == QStringLiteral("理学院"));
    CHECK(shortfalls[0].numerator == 5); // core workers, not participants
    CHECK(shortfalls[0].denominator == 30);
    CHECK(*shortfalls[0].value == Approx(5.0 / 30.0));
}

TEST_CASE("core_worker_rate: largely met and met", "[indicators]")
{
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院"))};
    SECTION("largely met")
    {
        // A: 10/20 = 0.5 passes, B: 5/30 ≈ 0.167 fails. Pooled 15/50 = 0.3 ≥ 0.2.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::CoreWorkerRate, Scope::SecondaryUnits, 0.2), units,
                              {figuresOf(1, 20, 15, 10), figuresOf(2, 30, 20, 5)}, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(*result.institutionFigure == Approx(0.3));
        CHECK(shortfallNames(result) == QStringList{QStringLiteral("理学院")});
    }
    SECTION("met")
    {
        // A: 10/20 = 0.5, B: 6/30 = 0.2 both pass. Pooled 16/50 = 0.32.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::CoreWorkerRate, Scope::SecondaryUnits, 0.2), units,
                              {figuresOf(1, 20, 15, 10), figuresOf(2, 30, 20, 6)}, {});
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsPassing == 2);
        CHECK(*result.institutionFigure == Approx(0.32));
    }
    SECTION("no eligible staff anywhere")
    {
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::CoreWorkerRate, Scope::SecondaryUnits, 0.2), units,
                              {figuresOf(1, 0, 0, 0), figuresOf(2, 0, 0, 0)}, {});
        CHECK(suggestionKey(result) == none);
        CHECK_FALSE(result.institutionFigure.has_value());
    }
}

// ---------------------------------------------------------------------------------------
// hearings_per_year (a count: largely met depends on largelyMetAt)

TEST_CASE("hearings_per_year: share of passing units against largelyMetAt", "[indicators]")
{
    // Scope all_units: the school unit and 4 secondary units = 5 units; target ≥ 1.
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院")),
                              secondaryUnit(3, QStringLiteral("理学院")),
                              secondaryUnit(4, QStringLiteral("工学院")),
                              secondaryUnit(5, QStringLiteral("医学院"))};

    SECTION("4 of 5 pass: 0.8 ≥ largelyMetAt 0.8 → largely met")
    {
        const QVector<UnitFigures> figures{countsOf(1, 2, 0), countsOf(2, 1, 0), countsOf(3, 1, 0),
                                           countsOf(4, 1, 0), countsOf(5, 0, 0)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HearingsPerYear, Scope::AllUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(result.unitsInScope == 5);
        CHECK(result.unitsPassing == 4);
        REQUIRE(result.institutionFigure.has_value());
        CHECK(*result.institutionFigure == Approx(0.8));
        const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
        REQUIRE(shortfalls.size() == 1);
        CHECK(shortfalls[0].unitName == QStringLiteral("医学院"));
        CHECK(*shortfalls[0].value == Approx(0));
        CHECK_FALSE(shortfalls[0].numerator.has_value()); // not a rate
        CHECK(*unitNamed(result, QStringLiteral("校关工委")).value == Approx(2));
    }
    SECTION("3 of 5 pass: 0.6 < 0.8 → not met")
    {
        const QVector<UnitFigures> figures{countsOf(1, 2, 0), countsOf(2, 1, 0), countsOf(3, 1, 0),
                                           countsOf(4, 0, 0), countsOf(5, 0, 0)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HearingsPerYear, Scope::AllUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsPassing == 3);
        CHECK(*result.institutionFigure == Approx(0.6));
        CHECK(shortfallNames(result) ==
              QStringList{QStringLiteral("工学院"), QStringLiteral("医学院")});
    }
    SECTION("4 of 5 pass without largelyMetAt → no largely met, not met")
    {
        const QVector<UnitFigures> figures{countsOf(1, 2, 0), countsOf(2, 1, 0), countsOf(3, 1, 0),
                                           countsOf(4, 1, 0), countsOf(5, 0, 0)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HearingsPerYear, Scope::AllUnits, 1), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
        // The share is still reported: 4/5.
        REQUIRE(result.institutionFigure.has_value());
        CHECK(*result.institutionFigure == Approx(0.8));
    }
    SECTION("every unit passes → met")
    {
        const QVector<UnitFigures> figures{countsOf(1, 1, 0), countsOf(2, 1, 0), countsOf(3, 3, 0),
                                           countsOf(4, 1, 0), countsOf(5, 2, 0)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HearingsPerYear, Scope::AllUnits, 1), units, figures, {});
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsPassing == 5);
        CHECK(*result.institutionFigure == Approx(1.0));
    }
    SECTION("a unit without figures counts as failing in the share")
    {
        // 4 units pass, 医学院 has no figures → 4 passing of 5 judged = 0.8 → largely met.
        const QVector<UnitFigures> figures{countsOf(1, 2, 0), countsOf(2, 1, 0), countsOf(3, 1, 0),
                                           countsOf(4, 1, 0)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HearingsPerYear, Scope::AllUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(result.unitsPassing == 4);
        CHECK(*result.institutionFigure == Approx(0.8));
        const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
        REQUIRE(shortfalls.size() == 1);
        CHECK(shortfalls[0].unitName == QStringLiteral("医学院"));
        CHECK(shortfalls[0].outcome == Outcome::NoFigures);
    }
    SECTION("scope secondary_units leaves the school unit out")
    {
        // Secondary only: 1, 1, 1, 0 → 3 of 4 = 0.75 < 0.8 → not met.
        const QVector<UnitFigures> figures{countsOf(1, 0, 0), countsOf(2, 1, 0), countsOf(3, 1, 0),
                                           countsOf(4, 1, 0), countsOf(5, 0, 0)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HearingsPerYear, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsInScope == 4);
        CHECK(*result.institutionFigure == Approx(0.75));
        CHECK(shortfallNames(result) == QStringList{QStringLiteral("医学院")});
    }
}

// ---------------------------------------------------------------------------------------
// trainings_per_year (the reference framework measures the school unit only)

TEST_CASE("trainings_per_year: school unit scope", "[indicators]")
{
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院"))};

    SECTION("one training passes; secondary units are not looked at")
    {
        // School: 1 ≥ 1 → met; 文学院 has 0 but is out of scope. Share 1/1 = 1.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::TrainingsPerYear, Scope::SchoolUnit, 1), units,
                              {countsOf(1, 0, 1), countsOf(2, 0, 0)}, {});
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsInScope == 1);
        CHECK(result.unitsPassing == 1);
        CHECK(*result.institutionFigure == Approx(1.0));
        REQUIRE(result.units.size() == 1);
        CHECK(*result.units[0].value == Approx(1));
    }
    SECTION("no training fails")
    {
        // School: 0 < 1 → fails; share 0/1 = 0 → not met (no largelyMetAt anyway).
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::TrainingsPerYear, Scope::SchoolUnit, 1), units,
                              {countsOf(1, 3, 0), countsOf(2, 0, 5)}, {});
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsPassing == 0);
        CHECK(*result.institutionFigure == Approx(0.0));
        CHECK(shortfallNames(result) == QStringList{QStringLiteral("校关工委")});
    }
    SECTION("all_units")
    {
        // School 2 passes, 文学院 0 fails → share 1/2 = 0.5 ≥ largelyMetAt 0.5 → largely met.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::TrainingsPerYear, Scope::AllUnits, 1, 0.5), units,
                              {countsOf(1, 0, 2), countsOf(2, 0, 0)}, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(*result.institutionFigure == Approx(0.5));
    }
}

// Regression (fixed): when every unit in scope lacked figures, evaluateIndicator returned no
// suggestion. docs/formats/framework.md says a unit without figures *fails*, and that there
// is no suggestion only "when the scope is empty or every unit in it is excluded"; a pooled
// ratio with a zero denominator does not pass. Expected: not met.
TEST_CASE("a scope whose only units have no figures is not met (spec), not unsuggested",
          "[indicators]")
{
    // trainings_per_year, school unit without figures → fails → share 0/1 = 0 → not met.
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院"))};
    const IndicatorResult school = evaluateIndicator(
        ruleOf(Metric::TrainingsPerYear, Scope::SchoolUnit, 1), units, {countsOf(2, 0, 3)}, {});
    CHECK(school.unitsInScope == 1);
    CHECK(school.shortfalls().size() == 1);
    CHECK(suggestionKey(school) == notMet);

    // participation_rate, one unit excluded (0 eligible) and one without figures: the unit
    // without figures fails; the pooled ratio 0/0 does not pass → not met.
    const QVector<Unit> colleges{secondaryUnit(2, QStringLiteral("文学院")),
                                 secondaryUnit(3, QStringLiteral("理学院"))};
    const IndicatorResult rate =
        evaluateIndicator(ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), colleges,
                          {figuresOf(2, 0, 0)}, {});
    CHECK(shortfallNames(rate) == QStringList{QStringLiteral("理学院")});
    CHECK(suggestionKey(rate) == notMet);
}

// ---------------------------------------------------------------------------------------
// has_unit_rules and double_menu (yes/no metrics)

TEST_CASE("has_unit_rules: yes passes, no fails, share against largelyMetAt", "[indicators]")
{
    const QVector<Unit> units{
        secondaryUnit(1, QStringLiteral("一院")), secondaryUnit(2, QStringLiteral("二院")),
        secondaryUnit(3, QStringLiteral("三院")), secondaryUnit(4, QStringLiteral("四院")),
        secondaryUnit(5, QStringLiteral("五院"))};

    SECTION("4 of 5 have rules: 0.8 ≥ 0.8 → largely met")
    {
        const QVector<UnitFigures> figures{
            flagsOf(1, true, false, false), flagsOf(2, true, false, false),
            flagsOf(3, false, true, true), flagsOf(4, true, false, false),
            flagsOf(5, true, false, false)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HasUnitRules, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(result.unitsPassing == 4);
        CHECK(*result.institutionFigure == Approx(0.8));
        const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
        REQUIRE(shortfalls.size() == 1);
        CHECK(shortfalls[0].unitName == QStringLiteral("三院"));
        CHECK(*shortfalls[0].value == Approx(0));
        CHECK(*unitNamed(result, QStringLiteral("一院")).value == Approx(1));
    }
    SECTION("3 of 5 have rules: 0.6 < 0.8 → not met")
    {
        const QVector<UnitFigures> figures{
            flagsOf(1, true, false, false), flagsOf(2, false, false, false),
            flagsOf(3, false, false, false), flagsOf(4, true, false, false),
            flagsOf(5, true, false, false)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HasUnitRules, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsPassing == 3);
        CHECK(*result.institutionFigure == Approx(0.6));
        CHECK(shortfallNames(result) ==
              QStringList{QStringLiteral("二院"), QStringLiteral("三院")});
    }
    SECTION("all have rules → met")
    {
        QVector<UnitFigures> figures;
        for (qint64 id = 1; id <= 5; ++id)
            figures.append(flagsOf(id, true, false, false));
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HasUnitRules, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsPassing == 5);
    }
    SECTION("4 of 5 without largelyMetAt → not met")
    {
        const QVector<UnitFigures> figures{
            flagsOf(1, true, false, false), flagsOf(2, true, false, false),
            flagsOf(3, false, false, false), flagsOf(4, true, false, false),
            flagsOf(5, true, false, false)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::HasUnitRules, Scope::SecondaryUnits, 1), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
    }
}

TEST_CASE("double_menu: both menus needed", "[indicators]")
{
    const QVector<Unit> units{
        secondaryUnit(1, QStringLiteral("一院")), secondaryUnit(2, QStringLiteral("二院")),
        secondaryUnit(3, QStringLiteral("三院")), secondaryUnit(4, QStringLiteral("四院")),
        secondaryUnit(5, QStringLiteral("五院"))};

    SECTION("demand only or resource only fails: 3 of 5 → 0.6 < 0.8 → not met")
    {
        const QVector<UnitFigures> figures{
            flagsOf(1, false, true, true), flagsOf(2, false, true, false),
            flagsOf(3, false, false, true), flagsOf(4, false, true, true),
            flagsOf(5, false, true, true)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::DoubleMenu, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsPassing == 3);
        CHECK(*result.institutionFigure == Approx(0.6));
        CHECK(shortfallNames(result) ==
              QStringList{QStringLiteral("二院"), QStringLiteral("三院")});
        CHECK(*unitNamed(result, QStringLiteral("二院")).value == Approx(0));
        CHECK(*unitNamed(result, QStringLiteral("一院")).value == Approx(1));
    }
    SECTION("4 of 5 with both menus → largely met")
    {
        const QVector<UnitFigures> figures{
            flagsOf(1, false, true, true), flagsOf(2, false, true, true),
            flagsOf(3, false, false, false), flagsOf(4, false, true, true),
            flagsOf(5, false, true, true)};
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::DoubleMenu, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(*result.institutionFigure == Approx(0.8));
        CHECK(shortfallNames(result) == QStringList{QStringLiteral("三院")});
    }
    SECTION("every unit with both menus → met")
    {
        QVector<UnitFigures> figures;
        for (qint64 id = 1; id <= 5; ++id)
            figures.append(flagsOf(id, false, true, true));
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::DoubleMenu, Scope::SecondaryUnits, 1, 0.8), units, figures, {});
        CHECK(suggestionKey(result) == met);
        CHECK(*result.institutionFigure == Approx(1.0));
    }
}

// ---------------------------------------------------------------------------------------
// platform_count

TEST_CASE("platform_count: secondary units need at least 2 (P2)", "[indicators]")
{
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院")),
                              secondaryUnit(3, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 10, 8), figuresOf(2, 10, 8),
                                       figuresOf(3, 10, 8)};

    SECTION("exactly 2 passes, 1 fails")
    {
        // School: 12 platforms (out of scope). 文学院 2 ≥ 2 passes, 理学院 1 < 2 fails.
        // Share 1/2 = 0.5 < 0.8 → not met.
        QVector<Platform> platforms = platformsOf(1, 12, 12) + platformsOf(2, 2, 2);
        platforms += platformsOf(3, 1, 1);
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8), units,
                              figures, platforms);
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsInScope == 2);
        CHECK(result.unitsPassing == 1);
        CHECK(*result.institutionFigure == Approx(0.5));
        CHECK(*unitNamed(result, QStringLiteral("文学院")).value == Approx(2));
        CHECK(unitNamed(result, QStringLiteral("文学院")).outcome == Outcome::Passes);
        const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
        REQUIRE(shortfalls.size() == 1);
        CHECK(shortfalls[0].unitName == QStringLiteral("理学院"));
        CHECK(*shortfalls[0].value == Approx(1));
    }
    SECTION("a unit with no platforms has 0 and fails (it is not excluded)")
    {
        // 文学院 3 passes, 理学院 0 fails → share 0.5, not met; largely met needs 0.8.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.5), units,
                              figures, platformsOf(2, 3, 0));
        const UnitIndicatorValue& empty = unitNamed(result, QStringLiteral("理学院"));
        CHECK(empty.outcome == Outcome::Fails);
        CHECK(*empty.value == Approx(0));
        // With largelyMetAt 0.5 the share 0.5 is enough → largely met.
        CHECK(suggestionKey(result) == largelyMet);
    }
    SECTION("both have 2 → met")
    {
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8), units,
                              figures, platformsOf(2, 2, 0) + platformsOf(3, 2, 1));
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsPassing == 2);
    }
}

TEST_CASE("platform_count: 4 of 5 colleges with 2 platforms → largely met", "[indicators]")
{
    // 一院…四院 have 2 platforms, 五院 has 1: share 4/5 = 0.8 ≥ 0.8 → largely met.
    QVector<Unit> units;
    QVector<UnitFigures> figures;
    QVector<Platform> platforms;
    for (qint64 id = 1; id <= 5; ++id) {
        units.append(secondaryUnit(id, QStringLiteral("学院%1").arg(id)));
        figures.append(figuresOf(id, 10, 8));
        platforms += platformsOf(id, id == 5 ? 1 : 2, 0);
    }
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8), units, figures, platforms);
    CHECK(suggestionKey(result) == largelyMet);
    CHECK(result.unitsInScope == 5);
    CHECK(result.unitsPassing == 4);
    CHECK(*result.institutionFigure == Approx(0.8));
    CHECK(shortfallNames(result) == QStringList{QStringLiteral("学院5")});
}

TEST_CASE("platform_count: the school unit needs at least 10 (P1)", "[indicators]")
{
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 10, 8), figuresOf(2, 10, 8)};
    const IndicatorRule p1 = ruleOf(Metric::PlatformCount, Scope::SchoolUnit, 10);

    SECTION("exactly 10 passes")
    {
        // 10 ≥ 10 → met. The secondary unit's 5 platforms are not counted.
        const IndicatorResult result =
            evaluateIndicator(p1, units, figures, platformsOf(1, 10, 10) + platformsOf(2, 5, 5));
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsInScope == 1);
        CHECK(result.unitsPassing == 1);
        REQUIRE(result.units.size() == 1);
        CHECK(*result.units[0].value == Approx(10));
    }
    SECTION("9 fails")
    {
        // 9 < 10 → fails; share 0/1, no largelyMetAt → not met.
        const IndicatorResult result =
            evaluateIndicator(p1, units, figures, platformsOf(1, 9, 9) + platformsOf(2, 5, 5));
        CHECK(suggestionKey(result) == notMet);
        const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
        REQUIRE(shortfalls.size() == 1);
        CHECK(shortfalls[0].unitName == QStringLiteral("校关工委"));
        CHECK(*shortfalls[0].value == Approx(9));
    }
}

// ---------------------------------------------------------------------------------------
// dual_leader_share

TEST_CASE("dual_leader_share: platforms with both leaders, all units (P3)", "[indicators]")
{
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院")),
                              secondaryUnit(3, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 10, 8), figuresOf(2, 10, 8),
                                       figuresOf(3, 10, 8)};
    const IndicatorRule p3 = ruleOf(Metric::DualLeaderShare, Scope::AllUnits, 1, 0.8);

    SECTION("one platform without its retired leader; a unit without platforms is excluded")
    {
        // School: 3 platforms, all with both leaders → 3/3 = 1 passes.
        // 文学院: 2 platforms, one missing its retired leader → 1/2 = 0.5 fails.
        // 理学院: no platforms → excluded.
        // Pooled (3 + 1) / (3 + 2) = 4/5 = 0.8 ≥ largelyMetAt 0.8 → largely met.
        const QVector<Platform> platforms = platformsOf(1, 3, 3) + platformsOf(2, 2, 1);
        const IndicatorResult result = evaluateIndicator(p3, units, figures, platforms);
        CHECK(suggestionKey(result) == largelyMet);
        CHECK(result.unitsInScope == 3);
        CHECK(result.unitsPassing == 1);
        REQUIRE(result.institutionFigure.has_value());
        CHECK(*result.institutionFigure == Approx(0.8));
        CHECK(unitNamed(result, QStringLiteral("理学院")).outcome == Outcome::Excluded);
        const QVector<UnitIndicatorValue> shortfalls = result.shortfalls();
        REQUIRE(shortfalls.size() == 1);
        CHECK(shortfalls[0].unitName == QStringLiteral("文学院"));
        CHECK(shortfalls[0].numerator == 1);
        CHECK(shortfalls[0].denominator == 2);
        CHECK(*shortfalls[0].value == Approx(0.5));
    }
    SECTION("a leader made of blanks counts as missing")
    {
        // 文学院: 2 platforms, one whose retired leader is "   " → 1/2 fails.
        // 理学院: 1 platform with an in-service leader "  " → 0/1 fails.
        // School: 2/2 passes. Pooled (2 + 1 + 0) / (2 + 2 + 1) = 3/5 = 0.6 < 0.8 → not met.
        QVector<Platform> platforms = platformsOf(1, 2, 2) + platformsOf(2, 2, 2);
        platforms[3].retiredLeader = QStringLiteral("   ");
        QVector<Platform> third = platformsOf(3, 1, 1);
        third[0].inServiceLeader = QStringLiteral("  ");
        platforms += third;
        const IndicatorResult result = evaluateIndicator(p3, units, figures, platforms);
        CHECK(suggestionKey(result) == notMet);
        CHECK(*result.institutionFigure == Approx(0.6));
        CHECK(shortfallNames(result) ==
              QStringList{QStringLiteral("文学院"), QStringLiteral("理学院")});
        CHECK(unitNamed(result, QStringLiteral("理学院")).numerator == 0);
        CHECK(unitNamed(result, QStringLiteral("理学院")).denominator == 1);
    }
    SECTION("every platform with both leaders → met")
    {
        // 3/3, 2/2, 1/1 → met; pooled 6/6 = 1.
        const IndicatorResult result = evaluateIndicator(
            p3, units, figures, platformsOf(1, 3, 3) + platformsOf(2, 2, 2) + platformsOf(3, 1, 1));
        CHECK(suggestionKey(result) == met);
        CHECK(result.unitsPassing == 3);
        CHECK(*result.institutionFigure == Approx(1.0));
    }
    SECTION("no platforms anywhere → no suggestion")
    {
        const IndicatorResult result = evaluateIndicator(p3, units, figures, {});
        CHECK(suggestionKey(result) == none);
        CHECK(result.unitsInScope == 3);
        CHECK_FALSE(result.institutionFigure.has_value());
        CHECK(result.shortfalls().isEmpty());
    }
    SECTION("secondary_units scope")
    {
        // 文学院 1/2 fails, 理学院 2/2 passes; school out of scope. Pooled 3/4 = 0.75 < 0.8.
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::DualLeaderShare, Scope::SecondaryUnits, 1, 0.8), units, figures,
            platformsOf(1, 5, 0) + platformsOf(2, 2, 1) + platformsOf(3, 2, 2));
        CHECK(suggestionKey(result) == notMet);
        CHECK(result.unitsInScope == 2);
        CHECK(*result.institutionFigure == Approx(0.75));
    }
}

// ---------------------------------------------------------------------------------------
// Comparisons other than >=

TEST_CASE("indicator comparisons and their tolerance", "[indicators]")
{
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院"))};
    const QVector<UnitFigures> figures{countsOf(1, 3, 0)}; // 3 hearings
    auto suggestionFor = [&](Comparison comparison, double target) {
        return suggestionKey(
            evaluateIndicator(ruleOf(Metric::HearingsPerYear, Scope::SecondaryUnits, target,
                                     std::nullopt, comparison),
                              units, figures, {}));
    };
    CHECK(suggestionFor(Comparison::Greater, 3) == notMet); // 3 > 3 is false
    CHECK(suggestionFor(Comparison::Greater, 2) == met);
    CHECK(suggestionFor(Comparison::LessOrEqual, 3) == met);
    CHECK(suggestionFor(Comparison::Less, 3) == notMet);
    CHECK(suggestionFor(Comparison::Equal, 3) == met);
    CHECK(suggestionFor(Comparison::Equal, 3 + 1e-12) == met); // within the tolerance
    CHECK(suggestionFor(Comparison::Equal, 3.001) == notMet);
}

// ---------------------------------------------------------------------------------------
// Texts

TEST_CASE("formatTarget", "[indicators][text]")
{
    const IndicatorRule t5 = ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6);
    CHECK(formatTarget(t5, Language::Chinese) == QStringLiteral("≥60.0%"));
    CHECK(formatTarget(t5, Language::English) == QStringLiteral("≥60.0%"));
    CHECK(formatTarget(ruleOf(Metric::CoreWorkerRate, Scope::SecondaryUnits, 0.2),
                       Language::Chinese) == QStringLiteral("≥20.0%"));
    CHECK(formatTarget(ruleOf(Metric::PlatformCount, Scope::SchoolUnit, 10), Language::English) ==
          QStringLiteral("≥10"));
    CHECK(formatTarget(ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8),
                       Language::Chinese) == QStringLiteral("≥2"));
    CHECK(formatTarget(ruleOf(Metric::DualLeaderShare, Scope::AllUnits, 1, 0.8),
                       Language::Chinese) == QStringLiteral("≥100.0%"));
    CHECK(formatTarget(ruleOf(Metric::HearingsPerYear, Scope::AllUnits, 3, std::nullopt,
                              Comparison::LessOrEqual),
                       Language::Chinese) == QStringLiteral("≤3"));
    CHECK(formatTarget(ruleOf(Metric::ParticipationRate, Scope::AllUnits, 0.5, std::nullopt,
                              Comparison::Greater),
                       Language::English) == QStringLiteral(">50.0%"));
    CHECK(formatTarget(ruleOf(Metric::HasUnitRules, Scope::SecondaryUnits, 1), Language::Chinese) ==
          QStringLiteral("具备"));
    CHECK(formatTarget(ruleOf(Metric::DoubleMenu, Scope::SecondaryUnits, 1), Language::English) ==
          QStringLiteral("in place"));
}

TEST_CASE("formatIndicatorValue", "[indicators][text]")
{
    const IndicatorRule rate = ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6);
    UnitIndicatorValue half;
    half.unitName = QStringLiteral("理学院");
    half.outcome = Outcome::Fails;
    half.value = 0.5;
    half.numerator = 10;
    half.denominator = 20;
    CHECK(formatIndicatorValue(rate, half, Language::Chinese) == QStringLiteral("50.0% (10/20)"));
    CHECK(formatIndicatorValue(rate, half, Language::English) == QStringLiteral("50.0% (10/20)"));

    UnitIndicatorValue noFigures;
    noFigures.outcome = Outcome::NoFigures;
    CHECK(formatIndicatorValue(rate, noFigures, Language::Chinese) == QStringLiteral("未填报数据"));
    CHECK(formatIndicatorValue(rate, noFigures, Language::English) == QStringLiteral("no figures"));

    UnitIndicatorValue noEligible;
    noEligible.outcome = Outcome::Excluded;
    noEligible.numerator = 0;
    noEligible.denominator = 0;
    CHECK(formatIndicatorValue(rate, noEligible, Language::Chinese) ==
          QStringLiteral("无符合条件的老同志"));
    CHECK(formatIndicatorValue(rate, noEligible, Language::English) ==
          QStringLiteral("no eligible staff"));
    const IndicatorRule dual = ruleOf(Metric::DualLeaderShare, Scope::AllUnits, 1, 0.8);
    CHECK(formatIndicatorValue(dual, noEligible, Language::Chinese) == QStringLiteral("无平台"));
    CHECK(formatIndicatorValue(dual, noEligible, Language::English) ==
          QStringLiteral("no platforms"));

    UnitIndicatorValue nine;
    nine.outcome = Outcome::Fails;
    nine.value = 9;
    CHECK(formatIndicatorValue(ruleOf(Metric::PlatformCount, Scope::SchoolUnit, 10), nine,
                               Language::Chinese) == QStringLiteral("9"));

    const IndicatorRule rules = ruleOf(Metric::HasUnitRules, Scope::SecondaryUnits, 1, 0.8);
    UnitIndicatorValue no;
    no.outcome = Outcome::Fails;
    no.value = 0;
    UnitIndicatorValue yes;
    yes.outcome = Outcome::Passes;
    yes.value = 1;
    CHECK(formatIndicatorValue(rules, no, Language::Chinese) == QStringLiteral("否"));
    CHECK(formatIndicatorValue(rules, no, Language::English) == QStringLiteral("no"));
    CHECK(formatIndicatorValue(rules, yes, Language::Chinese) == QStringLiteral("是"));
    CHECK(formatIndicatorValue(rules, yes, Language::English) == QStringLiteral("yes"));
}

TEST_CASE("describeShortfall names the failing units with their figures", "[indicators][text]")
{
    // 文学院 18/20 passes, 理学院 10/20 fails, 工学院 has no figures.
    // Pooled over 文学院 and 理学院: 28/40 = 70.0%.
    const QVector<Unit> units{secondaryUnit(1, QStringLiteral("文学院")),
                              secondaryUnit(2, QStringLiteral("理学院")),
                              secondaryUnit(3, QStringLiteral("工学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 20, 18), figuresOf(2, 20, 10)};
    const IndicatorResult result = evaluateIndicator(
        ruleOf(Metric::ParticipationRate, Scope::SecondaryUnits, 0.6), units, figures, {});
    REQUIRE(suggestionKey(result) == largelyMet);

    const QString zh = describeShortfall(result, Language::Chinese);
    CHECK(zh.contains(QStringLiteral("理学院 50.0% (10/20)")));
    CHECK(zh.contains(QStringLiteral("工学院 未填报数据")));
    CHECK(zh.contains(QStringLiteral("≥60.0%")));
    CHECK(zh.contains(QStringLiteral("70.0%")));
    CHECK_FALSE(zh.contains(QStringLiteral("文学院")));
    CHECK(zh == QStringLiteral("老同志参与比例目标≥60.0%,全校合计 70.0%;2个单位未达到:"
                               "理学院 50.0% (10/20)、工学院 未填报数据。"));

    const QString en = describeShortfall(result, Language::English);
    CHECK(en.contains(QStringLiteral("理学院 50.0% (10/20)")));
    CHECK(en.contains(QStringLiteral("工学院 no figures")));
    CHECK(en.contains(QStringLiteral("≥60.0%")));
    CHECK_FALSE(en.contains(QStringLiteral("文学院")));
    CHECK(en == QStringLiteral("participation rate target ≥60.0%; institution-wide 70.0%; "
                               "2 unit(s) fall short: 理学院 50.0% (10/20), 工学院 no figures."));
}

TEST_CASE("describeShortfall for counts, met results and missing suggestions", "[indicators][text]")
{
    const QVector<Unit> units{schoolUnit(1), secondaryUnit(2, QStringLiteral("文学院")),
                              secondaryUnit(3, QStringLiteral("理学院"))};
    const QVector<UnitFigures> figures{figuresOf(1, 10, 8), figuresOf(2, 10, 8),
                                       figuresOf(3, 10, 8)};

    SECTION("platform count: no institution-wide percentage")
    {
        // 文学院 2 passes, 理学院 1 fails.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8), units,
                              figures, platformsOf(2, 2, 2) + platformsOf(3, 1, 1));
        const QString zh = describeShortfall(result, Language::Chinese);
        CHECK(zh == QStringLiteral("工作平台数目标≥2,1个单位未达到:理学院 1。"));
        const QString en = describeShortfall(result, Language::English);
        CHECK(en == QStringLiteral("platforms target ≥2; 1 unit(s) fall short: 理学院 1."));
    }
    SECTION("met: nothing to describe")
    {
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::PlatformCount, Scope::SecondaryUnits, 2, 0.8), units,
                              figures, platformsOf(2, 2, 2) + platformsOf(3, 2, 1));
        REQUIRE(suggestionKey(result) == met);
        CHECK(describeShortfall(result, Language::Chinese).isEmpty());
        CHECK(describeShortfall(result, Language::English).isEmpty());
    }
    SECTION("no suggestion: says there are no figures to compute from")
    {
        const IndicatorResult result = evaluateIndicator(
            ruleOf(Metric::DualLeaderShare, Scope::AllUnits, 1, 0.8), units, figures, {});
        REQUIRE(suggestionKey(result) == none);
        CHECK(describeShortfall(result, Language::Chinese) ==
              QStringLiteral("尚无可用于计算“双组长制”平台比例的单位数据。"));
        CHECK(
            describeShortfall(result, Language::English) ==
            QStringLiteral("No unit figures to compute the platforms with both leaders from yet."));
    }
    SECTION("dual leader share lists numerator and denominator")
    {
        // School 2/2, 文学院 1/2 fails, 理学院 excluded. Pooled 3/4 = 75.0% < 80% → not met.
        const IndicatorResult result =
            evaluateIndicator(ruleOf(Metric::DualLeaderShare, Scope::AllUnits, 1, 0.8), units,
                              figures, platformsOf(1, 2, 2) + platformsOf(2, 2, 1));
        REQUIRE(suggestionKey(result) == notMet);
        const QString zh = describeShortfall(result, Language::Chinese);
        CHECK(zh.contains(QStringLiteral("文学院 50.0% (1/2)")));
        CHECK(zh.contains(QStringLiteral("全校合计 75.0%")));
        CHECK(zh.contains(QStringLiteral("≥100.0%")));
        CHECK_FALSE(zh.contains(QStringLiteral("理学院")));
        const QString en = describeShortfall(result, Language::English);
        CHECK(en.contains(QStringLiteral("文学院 50.0% (1/2)")));
        CHECK(en.contains(QStringLiteral("institution-wide 75.0%")));
    }
}
