#pragma once

#include "exchange/merge/MergePlan.h"

#include <QIODevice>

#include <functional>

namespace duibiao {

class Document;

// Writes the bytes of one evidence file of the package (as its assessment.json lists it)
// into `sink`, which stores them as they come. The import checks size and SHA-256 of
// what arrived against the listing.
using EvidenceCopier = std::function<Status(const Evidence&, QIODevice& sink)>;

struct MergeProgress
{
    std::function<void(qint64 done, qint64 total)> report; // bytes of evidence
    std::function<bool()> cancelled;
};

// Writes a plan into the document in one transaction: everything or, on any error or
// cancel, nothing. `ours` is the snapshot the plan was made against; `theirs` the package's.
// The audit trail records each change under the current user and one entry naming the
// package (`packageLabel`, e.g. its file name and fingerprint).
Status applyMerge(Document& document, qint64 assessmentId, const MergePlan& plan,
                  const AssessmentSnapshot& ours, const AssessmentSnapshot& theirs,
                  const EvidenceCopier& copyEvidence, const QString& packageLabel,
                  const MergeProgress& progress = {});

} // namespace duibiao
