#pragma once

#include "model/Assessment.h"
#include "model/Framework.h"
#include "util/Result.h"

#include <QByteArray>
#include <QVector>

namespace duibiao {

struct StorageContext;

// When an assessment was submitted and the fingerprint of the package that froze it.
struct SubmissionStamp
{
    QDateTime at; // null while a draft
    QString fingerprint;
};

// Assessments with their phase dates and framework snapshot.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(StorageContext& context) : m_context(context) {}

    // Starts an assessment on the framework given as JSON text (kept as its snapshot),
    // with one unrated entry per requirement.
    Result<qint64> create(Assessment assessment, const QByteArray& frameworkJson);
    Result<QVector<Assessment>> all() const;
    // The assessment the app works on: the most recent one.
    Result<Assessment> current() const;
    Result<Assessment> get(qint64 assessmentId) const;
    Result<QByteArray> frameworkSnapshot(qint64 assessmentId) const;
    Result<Framework> framework(qint64 assessmentId) const;

    Status setPhases(qint64 assessmentId, const PhasePlan& phases);
    Status setStatus(qint64 assessmentId, AssessmentStatus status);

    Result<SubmissionStamp> submission(qint64 assessmentId) const;
    // Freezes the assessment as submitted at `at` with the package's fingerprint (exporting
    // a submission package does this). Submitting again, e.g. a re-export, keeps the first
    // time and records a changed fingerprint only.
    Status submit(qint64 assessmentId, const QString& fingerprint, const QDateTime& at);
    // Back to draft so that it can be edited again; the reason is kept in the audit trail
    // with the stamp that is cleared.
    Status reopen(qint64 assessmentId, const QString& reason);

private:
    Status readPhases(Assessment& assessment) const;
    StorageContext& m_context;
};

} // namespace duibiao
