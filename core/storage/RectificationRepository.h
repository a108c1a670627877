#pragma once

#include "model/RectificationItem.h"
#include "util/Result.h"

#include <QVector>

namespace duibiao {

struct StorageContext;

// The rectification ledger (整改台账) of an assessment.
class RectificationRepository
{
public:
    explicit RectificationRepository(StorageContext& context) : m_context(context) {}

    Result<QVector<RectificationItem>> all(qint64 assessmentId) const;
    Result<RectificationItem> get(qint64 itemId) const;
    Result<qint64> add(qint64 assessmentId, const RectificationItem& item);
    // Puts back a removed item under its old id (undo of a removal).
    Status restore(qint64 assessmentId, const RectificationItem& item);
    // The items a unit is responsible for (kept when removing the unit, for undo).
    Result<QVector<qint64>> itemsOfUnit(qint64 unitId) const;
    Status setResponsibleUnit(const QVector<qint64>& itemIds, qint64 unitId);
    // Saves every field of the item; each changed field gets its own audit entry.
    Status update(const RectificationItem& item);
    Status remove(qint64 itemId);

private:
    Status writeRequirements(qint64 itemId, const QStringList& codes);
    Result<qint64> insert(qint64 assessmentId, const RectificationItem& item, bool keepId);
    StorageContext& m_context;
};

} // namespace duibiao
