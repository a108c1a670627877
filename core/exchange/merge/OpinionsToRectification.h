#pragma once

#include "model/Framework.h"
#include "model/Phase.h"
#include "model/RectificationItem.h"
#include "model/ReviewOpinion.h"
#include "util/Result.h"

#include <QVector>

namespace duibiao {

// The measure text of an item made from a panel opinion: "落实评议意见：" and the comment
// (the requirement's code and the panel's rating when the panel wrote no comment).
QString measureFromOpinion(const ReviewOpinion& opinion);

// The panel's findings as rectification items: each opinion on a requirement that the
// panel rated not met or largely met becomes a phase-4 item (planned, linked to the
// requirement, due at the end of phase 4, measure from measureFromOpinion). An opinion
// that already has its item (same requirement, same measure) among the existing items or
// earlier in the list is skipped, so the action can run again after another import.
// Fails, with nothing made, when an opinion names a requirement the framework lacks.
Result<QVector<RectificationItem>> itemsFromOpinions(const QVector<ReviewOpinion>& opinions,
                                                     const QVector<RectificationItem>& existing,
                                                     const Framework& framework,
                                                     const PhasePlan& phases);

} // namespace duibiao
