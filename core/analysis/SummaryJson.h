#pragma once

#include "analysis/Analysis.h"

#include <QJsonObject>

namespace duibiao {

// The gap analysis as JSON (docs/formats/summary.md): what `duibiao summary --json` prints.
QJsonObject summaryToJson(const AnalysisInput& input, const Analysis& analysis, Language language);

} // namespace duibiao
