#pragma once

#include "exchange/merge/MergePlan.h"
#include "model/Language.h"

#include <QStringList>

namespace duibiao {

// The plan as lines of text, for `duibiao import` and the import dialog's summary:
//   + Rectification item “…” (added)
//   ~ Requirement T5 …: Rating unrated → met
//   ! Requirement L1 …: Narrative: here “…”, package “…” (keeping here)
//   - Platform “…” (removed)
QStringList describePlan(const MergePlan& plan, Language language);

// One value as the user reads it: rating keys as rating names, empty as “(empty)”,
// long texts shortened.
QString describeValue(const QString& field, const QString& value, Language language);

} // namespace duibiao
