#pragma once

#include "model/Platform.h"
#include "model/Unit.h"
#include "model/UnitFigures.h"
#include "util/Result.h"

#include <QVector>

namespace duibiao {

class Document;

// Everything removing a unit takes with it, so the removal can be undone exactly:
// its figures of every year, its platforms and the rectification items it was
// responsible for (their responsible unit is cleared by the removal).
struct UnitSnapshot
{
    Unit unit;
    QVector<UnitFigures> figures;
    QVector<Platform> platforms;
    QVector<qint64> responsibleFor;
};

// Removes a unit in one transaction and returns what it took.
Result<UnitSnapshot> removeUnit(Document& document, qint64 unitId);
// Puts a removed unit back with its ids, figures, platforms and responsibilities.
Status restoreUnit(Document& document, const UnitSnapshot& snapshot);

} // namespace duibiao
