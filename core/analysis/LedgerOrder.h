#pragma once

#include "model/Phase.h"
#include "model/RectificationItem.h"

#include <QVector>

namespace duibiao {

// The rectification items in the order of the ledger (整改台账): phase by phase, then by
// the date each is due (its own deadline or its phase's end), then by id.
QVector<const RectificationItem*> ledgerOrder(const QVector<RectificationItem>& items,
                                              const PhasePlan& phases);

} // namespace duibiao
