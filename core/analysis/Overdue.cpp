#include "analysis/Overdue.h"

namespace duibiao {

QDate effectiveDeadline(const RectificationItem& item, const PhasePlan& phases)
{
    if (item.deadline.isValid())
        return item.deadline;
    if (item.phase >= 1 && item.phase <= 4)
        return phases[std::size_t(item.phase - 1)].end;
    return {};
}

bool isOverdue(const RectificationItem& item, const PhasePlan& phases, QDate today)
{
    const QDate due = effectiveDeadline(item, phases);
    return item.isOpen() && due.isValid() && due < today;
}

} // namespace duibiao
