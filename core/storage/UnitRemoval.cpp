#include "storage/UnitRemoval.h"

#include "storage/Document.h"
#include "storage/Transaction.h"

namespace duibiao {

Result<UnitSnapshot> removeUnit(Document& document, qint64 unitId)
{
    Transaction transaction(document.context().db);
    if (!transaction.started())
        return transaction.started().error();
    UnitSnapshot snapshot;
    Result<Unit> unit = document.units().get(unitId);
    if (!unit)
        return unit.error();
    snapshot.unit = *unit;
    Result<QVector<UnitFigures>> figures = document.units().allFiguresOf(unitId);
    if (!figures)
        return figures.error();
    snapshot.figures = *figures;
    Result<QVector<Platform>> platforms = document.platforms().all();
    if (!platforms)
        return platforms.error();
    for (const Platform& platform : *platforms) {
        if (platform.unitId == unitId)
            snapshot.platforms.append(platform);
    }
    Result<QVector<qint64>> items = document.rectification().itemsOfUnit(unitId);
    if (!items)
        return items.error();
    snapshot.responsibleFor = *items;
    if (Status status = document.units().remove(unitId); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return snapshot;
}

Status restoreUnit(Document& document, const UnitSnapshot& snapshot)
{
    Transaction transaction(document.context().db);
    if (!transaction.started())
        return transaction.started();
    if (Status status = document.units().restore(snapshot.unit); !status)
        return status;
    for (const UnitFigures& figures : snapshot.figures) {
        if (Status status = document.units().saveFigures(figures); !status)
            return status;
    }
    for (const Platform& platform : snapshot.platforms) {
        if (Status status = document.platforms().restore(platform); !status)
            return status;
    }
    if (Status status =
            document.rectification().setResponsibleUnit(snapshot.responsibleFor, snapshot.unit.id);
        !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
