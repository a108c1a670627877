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
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace duibiao {

// What a team member's package covers: the chosen framework categories and units. Units
// outside it still appear in "units" (rectification items name them), but their figures
// and platforms do not.
struct SnapshotScope
{
    QStringList categories;
    QVector<qint64> unitIds;
};

// The whole of one assessment as plain values: what assessment.json in a package holds
// (docs/formats/package.md). Ids are the ids of the document the snapshot was taken from;
// a team member's document is a copy of the coordinator's, so ids of rows that existed at
// the fork match on both sides, and rows made later are additions.
struct AssessmentSnapshot
{
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

    // Set when read from a package (snapshotFromJson), ignored when writing: the entry
    // holding each evidence file's bytes, by evidence id ("file" in assessment.json).
    QHash<qint64, QString> evidenceFiles;
    // Team packages only: what the member worked on, and the coordinator's snapshot the
    // member's copy was forked from (absent when the member's document has none).
    std::optional<SnapshotScope> scope;
    std::shared_ptr<const AssessmentSnapshot> base;
};

} // namespace duibiao
