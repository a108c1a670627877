#pragma once

#include "model/Assessment.h"
#include "model/Evidence.h"
#include "model/Institution.h"
#include "model/Platform.h"
#include "model/RectificationItem.h"
#include "model/RequirementAssessment.h"
#include "model/ReviewOpinion.h"
#include "model/Unit.h"
#include "model/UnitFigures.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace duibiao {

// The whole of one assessment as plain values: what assessment.json in a package holds
// (docs/formats/package.md). Ids are the ids of the document the snapshot was taken from;
// a team member's document is a copy of the coordinator's, so ids of rows that existed at
// the fork match on both sides, and rows made later are additions.
struct AssessmentSnapshot
{
    // A panel's opinion on one requirement, or (empty code) the overall opinion, as carried
    // by an "opinions" package from the panel back to the institution.
    QString documentId; // document_meta.document_id of the source document
    Institution institution;
    Assessment assessment;    // includes the phase plan and status
    QByteArray frameworkJson; // the framework snapshot the assessment uses, verbatim
    QString submittedAt;      // ISO date-time, empty while a draft
    QString fingerprint;      // set once submitted
    QVector<Unit> units;
    QVector<UnitFigures> figures; // every year on record
    QVector<Platform> platforms;
    QVector<RequirementAssessment> requirements; // only requirements with a row
    QVector<RectificationItem> rectification;
    QVector<Evidence> evidence;      // metadata only; bytes live in the package's evidence/
    QVector<ReviewOpinion> opinions; // panel opinions received or given
};

} // namespace duibiao
