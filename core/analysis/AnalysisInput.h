#pragma once

#include "model/Assessment.h"
#include "model/Framework.h"
#include "model/Institution.h"
#include "model/Platform.h"
#include "model/RectificationItem.h"
#include "model/RequirementAssessment.h"
#include "model/Unit.h"
#include "model/UnitFigures.h"
#include "util/Result.h"

#include <QHash>
#include <QVector>

namespace duibiao {

class Document;

// Everything the analysis looks at, as plain values. Loaded from a document in a few
// queries (never the evidence bytes), or built by hand in tests.
struct AnalysisInput
{
    Institution institution;
    Assessment assessment;
    Framework framework;
    QVector<RequirementAssessment> ratings;
    QVector<Unit> units;
    QVector<UnitFigures> figures; // of the assessment year
    QVector<Platform> platforms;
    QVector<RectificationItem> items;
    QHash<QString, int> evidenceCount; // by requirement code

    static Result<AnalysisInput> load(Document& document);
};

} // namespace duibiao
