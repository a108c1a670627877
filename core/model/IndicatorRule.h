#pragma once

#include <QString>

#include <optional>

namespace duibiao {

// What an indicator requirement measures per unit (docs/formats/framework.md).
enum class Metric {
    ParticipationRate, // participants / eligible
    CoreWorkerRate,    // core_workers / eligible
    HearingsPerYear,
    TrainingsPerYear,
    HasUnitRules,    // 0 or 1
    DoubleMenu,      // 1 when the unit has both the demand and the resource menu
    PlatformCount,   // platforms of the unit
    DualLeaderShare, // share of the unit's platforms with both leaders
};

enum class Scope { SchoolUnit, SecondaryUnits, AllUnits };

enum class Comparison { GreaterOrEqual, Greater, LessOrEqual, Less, Equal };

// A machine-readable target: every unit in scope must satisfy `metric comparison target`.
// largelyMetAt is the threshold for the institution-wide figure that earns "largely met".
struct IndicatorRule
{
    Metric metric = Metric::ParticipationRate;
    Scope scope = Scope::SecondaryUnits;
    Comparison comparison = Comparison::GreaterOrEqual;
    double target = 0;
    std::optional<double> largelyMetAt;
};

QString metricKey(Metric metric);
std::optional<Metric> metricFromKey(const QString& key);
// Rate metrics pool their numerators and denominators for the institution-wide figure.
bool isRateMetric(Metric metric);

QString scopeKey(Scope scope);
std::optional<Scope> scopeFromKey(const QString& key);

QString comparisonSymbol(Comparison comparison);
std::optional<Comparison> comparisonFromSymbol(const QString& symbol);

// `value comparison target`, with a tolerance so that 3/5 passes ">= 0.6".
bool compare(double value, Comparison comparison, double target);

} // namespace duibiao
