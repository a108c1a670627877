#include "exchange/package/AssessmentSnapshotLoader.h"

#include "exchange/package/AssessmentJson.h"
#include "storage/Document.h"

#include <algorithm>

namespace duibiao {

namespace {

template <typename T, typename Key> void sortBy(QVector<T>& rows, Key key)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&key](const T& a, const T& b) { return key(a) < key(b); });
}

// Moves the value of `result` into `into`, or passes its error on.
template <typename T> Status take(Result<T> result, T& into)
{
    if (!result)
        return result.error();
    into = std::move(result.value());
    return {};
}

// After a move to another framework version, the rows of requirements the framework no
// longer has stay in the document (moving back restores them) but are no part of the
// assessment: assessment.json describes the assessment on its framework, so they are left
// out, with evidence filed under them, opinions on them, and the links of rectification
// items to them (the items themselves stay). docs/formats/package.md says so.
void leaveOutRemovedRequirements(AssessmentSnapshot& snapshot, const QHash<QString, int>& codes)
{
    snapshot.requirements.removeIf([&codes](const RequirementAssessment& row) {
        return !codes.contains(row.requirementCode);
    });
    snapshot.evidence.removeIf([&codes](const Evidence& evidence) {
        return !evidence.requirementCode.isEmpty() && !codes.contains(evidence.requirementCode);
    });
    snapshot.opinions.removeIf([&codes](const ReviewOpinion& opinion) {
        return !opinion.requirementCode.isEmpty() && !codes.contains(opinion.requirementCode);
    });
    for (RectificationItem& item : snapshot.rectification) {
        item.requirementCodes.removeIf(
            [&codes](const QString& code) { return !codes.contains(code); });
    }
}

} // namespace

Result<AssessmentSnapshot> loadSnapshot(Document& document, qint64 assessmentId)
{
    AssessmentSnapshot snapshot;
    Framework framework;
    SubmissionStamp stamp;
    for (Status status :
         {take(document.meta().documentId(), snapshot.documentId),
          take(document.institution().get(), snapshot.institution),
          take(document.assessments().get(assessmentId), snapshot.assessment),
          take(document.assessments().submission(assessmentId), stamp),
          take(document.assessments().frameworkSnapshot(assessmentId), snapshot.frameworkJson),
          take(document.assessments().framework(assessmentId), framework),
          take(document.units().all(), snapshot.units),
          take(document.platforms().all(), snapshot.platforms),
          take(document.ratings().all(assessmentId), snapshot.requirements),
          take(document.rectification().all(assessmentId), snapshot.rectification),
          take(document.evidence().list(assessmentId), snapshot.evidence),
          take(document.reviewOpinions().all(assessmentId), snapshot.opinions)}) {
        if (!status)
            return status.error();
    }
    if (stamp.at.isValid())
        snapshot.submittedAt = packageDateTime(stamp.at);
    snapshot.fingerprint = stamp.fingerprint;

    for (const Unit& unit : std::as_const(snapshot.units)) {
        Result<QVector<UnitFigures>> figures = document.units().allFiguresOf(unit.id);
        if (!figures)
            return figures.error();
        snapshot.figures += *figures;
    }

    QHash<QString, int> order;
    for (const Requirement* requirement : framework.requirements())
        order.insert(requirement->code, requirement->number);
    leaveOutRemovedRequirements(snapshot, order);

    // Framework order for requirements.
    std::stable_sort(snapshot.requirements.begin(), snapshot.requirements.end(),
                     [&order](const RequirementAssessment& a, const RequirementAssessment& b) {
                         const int x = order.value(a.requirementCode, INT_MAX);
                         const int y = order.value(b.requirementCode, INT_MAX);
                         return x != y ? x < y : a.requirementCode < b.requirementCode;
                     });
    sortBy(snapshot.figures, [](const UnitFigures& f) { return std::make_pair(f.unitId, f.year); });
    sortBy(snapshot.platforms, [](const Platform& p) { return p.id; });
    sortBy(snapshot.rectification, [](const RectificationItem& i) { return i.id; });
    sortBy(snapshot.evidence, [](const Evidence& e) { return e.id; });
    sortBy(snapshot.opinions, [](const ReviewOpinion& o) { return o.id; });
    return snapshot;
}

} // namespace duibiao
