#pragma once

#include "framework/FrameworkDiff.h"
#include "model/Language.h"
#include "model/Rating.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace duibiao {

class Document;

// What an assessment holds for one requirement code.
struct RequirementHolding
{
    QString code;
    bool hasRow = false; // a requirement_assessments row exists for the code
    Rating rating = Rating::Unrated;
    bool hasNarrative = false;
    int evidenceCount = 0;      // evidence filed under the code (not removed)
    int rectificationCount = 0; // rectification items linked to the code

    bool holdsWork() const
    {
        return rating != Rating::Unrated || hasNarrative || evidenceCount > 0 ||
               rectificationCount > 0;
    }
};

// A requirement code the target version renumbered (T5 → T6): the work moves along.
struct RenamedCode
{
    QString from; // the code in the assessment's framework now
    QString to;   // the code in the target version that carries on its work
};

// Moving an assessment to another framework version: what changes and what the team
// should look at. Computed by planMove, carried out by applyMove.
struct MovePlan
{
    qint64 assessmentId = 0;
    QByteArray fromJson;   // the assessment's snapshot when planned (applyMove checks it)
    QByteArray targetJson; // becomes the snapshot
    FrameworkDiff diff;
    // One per requirement code of either framework, in the order of diff.requirements (for
    // a renamed pair the new code, then the old one).
    QVector<RequirementHolding> holdings;
    // For the team's review, each in the order of diff.requirements:
    QStringList added;    // new codes: start unrated (or get back what they held before)
    QStringList removed;  // no longer counted; their rows stay in the document
    QStringList toReview; // reworded or changed: the rating is carried but should be reviewed
    // Renumbered codes: what `from` holds moves to `to` (see applyMove). Their wording and
    // scoring changes are in diff; the holdings of both codes are in holdings.
    QVector<RenamedCode> renamed;

    const RequirementHolding* holding(const QString& code) const;
};

// Reads the assessment and diffs its snapshot against `targetJson` (validated like any
// framework file). Nothing is written. A submitted assessment is refused.
Result<MovePlan> planMove(Document& document, qint64 assessmentId, const QByteArray& targetJson);

// In one transaction: the assessment's framework code, version and snapshot become the
// plan's target; codes of the target without a row get an unrated one; ratings, narratives,
// evidence and rectification links stay with their codes. Nothing is deleted: rows of
// removed requirements stay and count again when the assessment moves back. For each
// renamed pair old → new, the old code's row content (rating, suggested rating, override
// reason, narrative, gap text, assessor, rating before rectification, and its created and
// updated times) is copied onto the new code's row, over what a row kept from an earlier
// move held; the old code's evidence and rectification links move to the new code; the
// old row stays, not counted, like the row of a removed requirement; one audit entry
// (field "requirement_code", old → new) per pair. The version
// left is stored among the document's framework versions when it is not there yet, so it
// can be picked again. Recorded in the audit trail (old and new code@version). Refused for a
// submitted assessment, for a plan of another assessment, and when the snapshot changed since the
// plan was made.
Status applyMove(Document& document, qint64 assessmentId, const MovePlan& plan);

// The review lists for people: the diff, then renamed, new, removed and to-review
// requirements with what each holds (for a renamed pair, what moves).
QStringList describeMovePlan(const MovePlan& plan, Language language);

} // namespace duibiao
