#pragma once

#include "exchange/package/AssessmentSnapshot.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace duibiao {

// What assessment.json carries besides the assessment itself (team packages only).
struct SnapshotExtras
{
    std::optional<SnapshotScope> scope;
    // The coordinator's snapshot the member's copy was forked from, as assessment.json
    // text (document_meta "team_base"); empty: none. Written as "base" without its own
    // scope and base.
    QByteArray baseJson;
};

// assessment.json of a package (docs/formats/package.md), schema version 1, indented UTF-8.
// Evidence entries get their "file" from evidenceEntryName().
QByteArray toJson(const AssessmentSnapshot& snapshot, const SnapshotExtras& extras = {});

// Reads assessment.json strictly: types, enum keys, value ranges, string caps, unique ids
// and references (figures and platforms to listed units, evidence to listed requirements
// and rectification items, codes to the framework). A failure names `entryName`, the JSON
// path and the problem. "scope" and "base" (team packages) are read too.
Result<AssessmentSnapshot> snapshotFromJson(const QByteArray& json, const QString& entryName);

// The schema version this app writes and reads.
inline constexpr int assessmentJsonSchemaVersion = 1;

// Date-times in packages: ISO 8601 with milliseconds and the offset of the time's zone.
QString packageDateTime(const QDateTime& time);

} // namespace duibiao
