#pragma once

#include "exchange/UnitTemplate.h"
#include "model/Unit.h"

#include <utility>

namespace duibiao {

// What importing one filled-in unit template would change in the document, worked out
// before anything is written so the user can review it (old → new figures, platforms to
// add or update). Platforms are matched by name within the unit; platforms of the unit
// that the file does not list are kept (removing is done in the application).
struct UnitImportPlan
{
    QString fileName;
    Unit unit;
    int year = 0;
    std::optional<UnitFigures> figuresBefore;
    std::optional<UnitFigures> figuresAfter; // none: the file leaves the figures alone
    QVector<Platform> platformsToAdd;        // unit id set, id 0
    QVector<std::pair<Platform, Platform>> platformsToUpdate; // before, after (same id)
    QVector<Platform> platformsKept;                          // not in the file

    bool changesFigures() const;
    bool changesNothing() const;

    // Matches the template against the document: the unit by name, the year against the
    // assessment's. Errors name the file and the row, like the template's own.
    static Result<UnitImportPlan> plan(const UnitTemplate& unitTemplate, const QString& fileName,
                                       const QVector<Unit>& units,
                                       const QVector<UnitFigures>& figuresOfYear,
                                       const QVector<Platform>& platforms, int year);
};

bool sameFigures(const UnitFigures& a, const UnitFigures& b);
bool samePlatformContent(const Platform& a, const Platform& b);

} // namespace duibiao
