#pragma once

#include "model/IndicatorRule.h"
#include "model/Platform.h"
#include "model/Rating.h"
#include "model/Unit.h"
#include "model/UnitFigures.h"

#include <QVector>

#include <optional>

namespace duibiao {

// How one unit fares against an indicator rule.
struct UnitIndicatorValue
{
    enum class Outcome {
        Passes,
        Fails,
        NoFigures, // no figures for the year: counts as failing
        Excluded   // nothing to measure (no eligible staff, no platforms): neither
    };
    qint64 unitId = 0;
    QString unitName;
    Outcome outcome = Outcome::Excluded;
    std::optional<double> value;
    // For rates: the parts, e.g. 12 participants of 30 eligible.
    std::optional<int> numerator;
    std::optional<int> denominator;
};

// The computed suggestion for an indicator requirement and the evidence for it.
struct IndicatorResult
{
    IndicatorRule rule;
    std::optional<Rating> suggestion;        // none when no unit in scope can be evaluated
    std::optional<double> institutionFigure; // pooled rate, or share of units passing
    int unitsInScope = 0;
    int unitsPassing = 0;
    QVector<UnitIndicatorValue> units; // every unit in scope, in unit order

    QVector<UnitIndicatorValue> shortfalls() const; // Fails and NoFigures
};

// Whether a rule with this scope applies to the unit.
bool unitInScope(const Unit& unit, Scope scope);

// Evaluates a rule over the units' figures for one year and their platforms
// (docs/formats/framework.md, "Suggested rating").
IndicatorResult evaluateIndicator(const IndicatorRule& rule, const QVector<Unit>& units,
                                  const QVector<UnitFigures>& figuresOfYear,
                                  const QVector<Platform>& platforms);

} // namespace duibiao
