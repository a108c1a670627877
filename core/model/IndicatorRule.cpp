#include "model/IndicatorRule.h"

#include <array>
#include <cmath>
#include <utility>

namespace duibiao {

namespace {

constexpr double tolerance = 1e-9;

const std::array<std::pair<Metric, const char*>, 8> metricKeys{{
    {Metric::ParticipationRate, "participation_rate"},
    {Metric::CoreWorkerRate, "core_worker_rate"},
    {Metric::HearingsPerYear, "hearings_per_year"},
    {Metric::TrainingsPerYear, "trainings_per_year"},
    {Metric::HasUnitRules, "has_unit_rules"},
    {Metric::DoubleMenu, "double_menu"},
    {Metric::PlatformCount, "platform_count"},
    {Metric::DualLeaderShare, "dual_leader_share"},
}};

const std::array<std::pair<Scope, const char*>, 3> scopeKeys{{
    {Scope::SchoolUnit, "school_unit"},
    {Scope::SecondaryUnits, "secondary_units"},
    {Scope::AllUnits, "all_units"},
}};

const std::array<std::pair<Comparison, const char*>, 5> comparisonSymbols{{
    {Comparison::GreaterOrEqual, ">="},
    {Comparison::Greater, ">"},
    {Comparison::LessOrEqual, "<="},
    {Comparison::Less, "<"},
    {Comparison::Equal, "=="},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key)
{
    for (const auto& [candidate, text] : table) {
        if (key == QLatin1String(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QString metricKey(Metric metric)
{
    return keyOf(metricKeys, metric);
}
std::optional<Metric> metricFromKey(const QString& key)
{
    return valueOf(metricKeys, key);
}

bool isRateMetric(Metric metric)
{
    return metric == Metric::ParticipationRate || metric == Metric::CoreWorkerRate ||
           metric == Metric::DualLeaderShare;
}

QString scopeKey(Scope scope)
{
    return keyOf(scopeKeys, scope);
}
std::optional<Scope> scopeFromKey(const QString& key)
{
    return valueOf(scopeKeys, key);
}

QString comparisonSymbol(Comparison comparison)
{
    return keyOf(comparisonSymbols, comparison);
}
std::optional<Comparison> comparisonFromSymbol(const QString& symbol)
{
    return valueOf(comparisonSymbols, symbol);
}

bool compare(double value, Comparison comparison, double target)
{
    switch (comparison) {
    case Comparison::GreaterOrEqual:
        return value >= target - tolerance;
    case Comparison::Greater:
        return value > target + tolerance;
    case Comparison::LessOrEqual:
        return value <= target + tolerance;
    case Comparison::Less:
        return value < target - tolerance;
    case Comparison::Equal:
        return std::abs(value - target) <= tolerance;
    }
    return false;
}

} // namespace duibiao
