#pragma once

#include "model/Rating.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace duibiao {

struct StorageContext;

// One institution's submitted package, as a panel document keeps it: read-only, the
// manifest and assessment.json exactly as received.
struct Submission
{
    qint64 id = 0;
    QString institution;
    QString region;
    QString title;
    QString fingerprint; // the package's, 64 hex digits
    QDateTime imported;
    QByteArray manifestJson;
    QByteArray assessmentJson;
};

// The panel's own opinion on one requirement of one submission, or (empty code) its
// overall opinion; kept apart from the institution's self-ratings.
struct PanelOpinion
{
    qint64 submissionId = 0;
    QString requirementCode; // empty: overall
    Rating rating = Rating::Unrated;
    QString comment;
    QString reviewer;
    QDateTime updated;
};

// The submissions and opinions of a panel document (tables submissions, panel_opinions).
class SubmissionRepository
{
public:
    explicit SubmissionRepository(StorageContext& context) : m_context(context) {}

    // Without the JSON texts, for lists.
    Result<QVector<Submission>> list() const;
    Result<Submission> get(qint64 submissionId) const;
    // Refuses a package whose fingerprint is already there, naming the institution.
    Result<qint64> add(const Submission& submission);
    Status remove(qint64 submissionId);

    Result<QVector<PanelOpinion>> opinions(qint64 submissionId) const;
    // Creates or replaces the opinion of (submission, requirement). An unrated opinion
    // without a comment removes it.
    Status setOpinion(const PanelOpinion& opinion);

private:
    StorageContext& m_context;
};

} // namespace duibiao
