#include "analysis/IndicatorEvaluation.h"

#include <QHash>

namespace duibiao {

namespace {

struct PlatformTally
{
    int count = 0;
    int withBothLeaders = 0;
};

// The value of the metric for one unit, before comparing it with the target.
UnitIndicatorValue measure(const IndicatorRule& rule, const Unit& unit, const UnitFigures* figures,
                           const PlatformTally& platforms)
{
    UnitIndicatorValue v;
    v.unitId = unit.id;
    v.unitName = unit.name;
    auto rate = [&v](int numerator, int denominator) {
        v.numerator = numerator;
        v.denominator = denominator;
        if (denominator == 0) {
            v.outcome = UnitIndicatorValue::Outcome::Excluded;
            return;
        }
        v.value = double(numerator) / double(denominator);
    };
    switch (rule.metric) {
    case Metric::PlatformCount:
        v.value = platforms.count;
        break;
    case Metric::DualLeaderShare:
        rate(platforms.withBothLeaders, platforms.count);
        break;
    default:
        if (!figures) {
            v.outcome = UnitIndicatorValue::Outcome::NoFigures;
            return v;
        }
        switch (rule.metric) {
        case Metric::ParticipationRate:
            rate(figures->participants, figures->eligible);
            break;
        case Metric::CoreWorkerRate:
            rate(figures->coreWorkers, figures->eligible);
            break;
        case Metric::HearingsPerYear:
            v.value = figures->hearingsPerYear;
            break;
        case Metric::TrainingsPerYear:
            v.value = figures->trainingsPerYear;
            break;
        case Metric::HasUnitRules:
            v.value = figures->hasUnitRules ? 1 : 0;
            break;
        case Metric::DoubleMenu:
            v.value = figures->hasDemandMenu && figures->hasResourceMenu ? 1 : 0;
            break;
        default:
            break;
        }
    }
    if (v.value) {
        v.outcome = compare(*v.value, rule.comparison, rule.target)
                        ? UnitIndicatorValue::Outcome::Passes
                        : UnitIndicatorValue::Outcome::Fails;
    }
    return v;
}

} // namespace

bool unitInScope(const Unit& unit, Scope scope)
{
    switch (scope) {
    case Scope::SchoolUnit:
        return unit.kind == UnitKind::School;
    case Scope::SecondaryUnits:
        return unit.kind == UnitKind::Secondary;
    case Scope::AllUnits:
        return true;
    }
    return false;
}

QVector<UnitIndicatorValue> IndicatorResult::shortfalls() const
{
    QVector<UnitIndicatorValue> failing;
    for (const UnitIndicatorValue& unit : units) {
        if (unit.outcome == UnitIndicatorValue::Outcome::Fails ||
            unit.outcome == UnitIndicatorValue::Outcome::NoFigures)
            failing.append(unit);
    }
    return failing;
}

IndicatorResult evaluateIndicator(const IndicatorRule& rule, const QVector<Unit>& units,
                                  const QVector<UnitFigures>& figuresOfYear,
                                  const QVector<Platform>& platforms)
{
    QHash<qint64, const UnitFigures*> figuresByUnit;
    for (const UnitFigures& figures : figuresOfYear)
        figuresByUnit.insert(figures.unitId, &figures);
    QHash<qint64, PlatformTally> platformsByUnit;
    for (const Platform& platform : platforms) {
        PlatformTally& tally = platformsByUnit[platform.unitId];
        ++tally.count;
        if (platform.hasBothLeaders())
            ++tally.withBothLeaders;
    }

    IndicatorResult result;
    result.rule = rule;
    qint64 pooledNumerator = 0;
    qint64 pooledDenominator = 0;
    int measured = 0; // units with a value: passing or failing on their figures
    int failing = 0;  // failing on their figures or for lack of them
    for (const Unit& unit : units) {
        if (!unitInScope(unit, rule.scope))
            continue;
        ++result.unitsInScope;
        UnitIndicatorValue value =
            measure(rule, unit, figuresByUnit.value(unit.id), platformsByUnit.value(unit.id));
        switch (value.outcome) {
        case UnitIndicatorValue::Outcome::Passes:
            ++measured;
            ++result.unitsPassing;
            break;
        case UnitIndicatorValue::Outcome::Fails:
            ++measured;
            ++failing;
            break;
        case UnitIndicatorValue::Outcome::NoFigures:
            ++failing;
            break;
        case UnitIndicatorValue::Outcome::Excluded:
            break;
        }
        if (value.value && value.numerator && value.denominator) {
            pooledNumerator += *value.numerator;
            pooledDenominator += *value.denominator;
        }
        result.units.append(value);
    }
    if (measured == 0 && failing == 0)
        return result; // nothing in scope, or every unit excluded: no suggestion

    std::optional<double> largelyThreshold = rule.largelyMetAt;
    bool institutionPasses = false;
    if (isRateMetric(rule.metric)) {
        // Units without figures add nothing to the pool; with no pool at all there is no
        // institution-wide figure, and it cannot pass.
        if (pooledDenominator > 0) {
            result.institutionFigure = double(pooledNumerator) / double(pooledDenominator);
            institutionPasses = compare(*result.institutionFigure, rule.comparison,
                                        largelyThreshold.value_or(rule.target));
        }
    } else {
        const int judged = result.unitsPassing + failing;
        result.institutionFigure = double(result.unitsPassing) / double(judged);
        institutionPasses =
            largelyThreshold &&
            compare(*result.institutionFigure, Comparison::GreaterOrEqual, *largelyThreshold);
    }
    if (failing == 0)
        result.suggestion = Rating::Met;
    else if (institutionPasses)
        result.suggestion = Rating::LargelyMet;
    else
        result.suggestion = Rating::NotMet;
    return result;
}

} // namespace duibiao
