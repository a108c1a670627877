#pragma once

#include "model/Phase.h"
#include "model/RectificationItem.h"

#include <QDate>

namespace duibiao {

// The date an item is due: its own deadline, or else the end of its phase.
QDate effectiveDeadline(const RectificationItem& item, const PhasePlan& phases);

// Open (planned or in progress) and past its effective deadline on `today`.
bool isOverdue(const RectificationItem& item, const PhasePlan& phases, QDate today);

} // namespace duibiao
