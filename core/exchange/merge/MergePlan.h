#pragma once

#include "exchange/merge/SnapshotRecords.h"
#include "exchange/merge/SnapshotScope.h"
#include "util/Result.h"

#include <QHash>
#include <QVector>

namespace duibiao {

struct Framework;

enum class MergeEntity {
    Institution,
    Phase,
    Unit,
    Figures,
    Platform,
    Requirement,
    Item,
    Evidence,
    Opinion
};

enum class ChangeKind { Add, Update, Remove, Conflict };

enum class ConflictKind {
    None,
    BothChanged,             // a field changed here and there to different values
    RemovedHereChangedThere, // we removed the row, the package changed it
    ChangedHereRemovedThere, // we changed the row, the package removed it
};

// One field of a row: its value at the common base, here and in the package.
struct FieldChange
{
    QString field;
    QString base;
    QString ours;
    QString theirs;
    bool conflict = false;
    bool takeTheirs = false; // what will be written; for conflicts the user's choice
};

// One row the import adds, changes or removes, or where the two sides disagree.
struct MergeChange
{
    MergeEntity entity = MergeEntity::Requirement;
    QString key; // the row in this document (code, id, "unit/year"); for additions the package's id
    QString label; // what the user reads: "T5 rating", "整改事项 “…”"
    ChangeKind kind = ChangeKind::Update;
    ConflictKind conflict = ConflictKind::None;
    QVector<FieldChange> fields;
    // Removal conflicts: true takes the package's side (remove, or bring the row back).
    bool takeTheirs = false;

    bool isConflict() const { return kind == ChangeKind::Conflict; }
};

// What importing a package will do, computed before anything is written, so the user sees
// it first (GUI preview, `duibiao import --dry-run`).
struct MergePlan
{
    QString packageKind;
    QVector<MergeChange> changes;
    int duplicateEvidence = 0;     // evidence already here (same SHA-256, same place): skipped
    QHash<qint64, qint64> unitMap; // package unit id → unit id here; missing: a new unit

    int conflictCount() const;
    int count(ChangeKind kind) const;
    bool isEmpty() const { return changes.isEmpty(); }
};

struct MergeInput
{
    const AssessmentSnapshot* ours = nullptr;
    const AssessmentSnapshot* theirs = nullptr;
    const AssessmentSnapshot* base = nullptr; // the fork point of a team package, if known
    SnapshotScope scope;                      // what the package covers; empty: all
    QString packageKind;                      // "submission", "team" or "opinions"
};

// Three-way comparison of the package (theirs) with this document (ours) against the
// common base: a field changed on one side only is taken from that side; changed on both
// to different values is a conflict; a removal against an edit is a conflict. Without a
// base, an assessment nobody has worked on yet takes everything, and otherwise a field is
// taken only where ours is still empty. Fails when the package is for another framework.
Result<MergePlan> planMerge(const MergeInput& input, const Framework& framework);

// True when nobody has worked on the assessment yet: nothing rated, written, planned,
// attached or counted.
bool isUntouched(const AssessmentSnapshot& snapshot);

} // namespace duibiao
