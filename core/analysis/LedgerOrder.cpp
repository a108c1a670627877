#include "analysis/LedgerOrder.h"

#include "analysis/Overdue.h"

#include <algorithm>

namespace duibiao {

QVector<const RectificationItem*> ledgerOrder(const QVector<RectificationItem>& items,
                                              const PhasePlan& phases)
{
    QVector<const RectificationItem*> ordered;
    ordered.reserve(items.size());
    for (const RectificationItem& item : items)
        ordered.append(&item);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const RectificationItem* a, const RectificationItem* b) {
                         if (a->phase != b->phase)
                             return a->phase < b->phase;
                         const QDate dueA = effectiveDeadline(*a, phases);
                         const QDate dueB = effectiveDeadline(*b, phases);
                         if (dueA != dueB)
                             return dueA < dueB;
                         return a->id < b->id;
                     });
    return ordered;
}

} // namespace duibiao
