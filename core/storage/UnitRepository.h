#pragma once

#include "model/Unit.h"
#include "model/UnitFigures.h"
#include "util/Result.h"

#include <QVector>

#include <optional>

namespace duibiao {

struct StorageContext;

// The school unit and the secondary units, and their figures per assessment year.
class UnitRepository
{
public:
    explicit UnitRepository(StorageContext& context) : m_context(context) {}

    Result<QVector<Unit>> all() const;
    Result<qint64> add(const Unit& unit);
    // Puts back a removed unit under its old id (undo of a removal).
    Status restore(const Unit& unit);
    Result<Unit> get(qint64 unitId) const;
    Status rename(qint64 unitId, const QString& name);
    Status remove(qint64 unitId);

    Result<QVector<UnitFigures>> figures(int year) const;
    Result<std::optional<UnitFigures>> figuresOf(qint64 unitId, int year) const;
    Result<QVector<UnitFigures>> allFiguresOf(qint64 unitId) const;
    // Validates first: figures that cannot be are refused with the reason, unchanged.
    Status saveFigures(const UnitFigures& figures);
    Status removeFigures(qint64 unitId, int year);

private:
    Result<qint64> insert(const Unit& unit, bool keepId);
    StorageContext& m_context;
};

} // namespace duibiao
