#include "storage/SubmissionRepository.h"

#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {
namespace {

Submission readSubmission(const SqlQuery& query, bool withJson)
{
    Submission s;
    s.id = query.value(0).toLongLong();
    s.institution = query.value(1).toString();
    s.region = query.value(2).toString();
    s.title = query.value(3).toString();
    s.fingerprint = query.value(4).toString();
    s.imported = timeFromSql(query.value(5));
    if (withJson) {
        s.manifestJson = query.value(6).toString().toUtf8();
        s.assessmentJson = query.value(7).toString().toUtf8();
    }
    return s;
}

const QString columns =
    QStringLiteral("id, institution, region, assessment_title, fingerprint, imported");

} // namespace

Result<QVector<Submission>> SubmissionRepository::list() const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM submissions ORDER BY institution, id").arg(columns));
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<Submission> all;
    while (query.next())
        all.append(readSubmission(query, false));
    return all;
}

Result<Submission> SubmissionRepository::get(qint64 submissionId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT %1, manifest_json, assessment_json FROM submissions "
                                  "WHERE id = :id")
                       .arg(columns));
    query.bind(QStringLiteral(":id"), submissionId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::user(
            QCoreApplication::translate("SubmissionRepository", "There is no submission %1.")
                .arg(submissionId));
    return readSubmission(query, true);
}

Result<qint64> SubmissionRepository::add(const Submission& submission)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    SqlQuery existing(m_context.db, QStringLiteral("SELECT institution FROM submissions WHERE "
                                                   "fingerprint = :fingerprint"));
    existing.bind(QStringLiteral(":fingerprint"), submission.fingerprint);
    if (Status status = existing.exec(); !status)
        return status.error();
    if (existing.next())
        return Error::user(
            QCoreApplication::translate("SubmissionRepository",
                                        "This package (of %1) is already in the panel document.")
                .arg(existing.value(0).toString()));
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO submissions (institution, region, "
                                   "assessment_title, fingerprint, manifest_json, "
                                   "assessment_json, imported) VALUES (:institution, :region, "
                                   ":title, :fingerprint, :manifest, :assessment, :imported)"));
    insert.bind(QStringLiteral(":institution"), submission.institution)
        .bind(QStringLiteral(":region"), submission.region)
        .bind(QStringLiteral(":title"), submission.title)
        .bind(QStringLiteral(":fingerprint"), submission.fingerprint)
        .bind(QStringLiteral(":manifest"), QString::fromUtf8(submission.manifestJson))
        .bind(QStringLiteral(":assessment"), QString::fromUtf8(submission.assessmentJson))
        .bind(QStringLiteral(":imported"), toSql(m_context.now()));
    if (Status status = insert.exec(); !status)
        return status.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("submission"), QString::number(id), QStringLiteral("added"), {},
            QStringLiteral("%1 %2").arg(submission.institution, submission.fingerprint.left(16)));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status SubmissionRepository::remove(qint64 submissionId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Submission> before = get(submissionId);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db, QStringLiteral("DELETE FROM submissions WHERE id = :id"));
    query.bind(QStringLiteral(":id"), submissionId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("submission"), QString::number(submissionId), QStringLiteral("removed"),
            before->institution, {});
        !status)
        return status;
    return transaction.commit();
}

Result<QVector<PanelOpinion>> SubmissionRepository::opinions(qint64 submissionId) const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT requirement_code, rating, comment, reviewer, updated "
                                  "FROM panel_opinions WHERE submission_id = :id "
                                  "ORDER BY requirement_code"));
    query.bind(QStringLiteral(":id"), submissionId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<PanelOpinion> all;
    while (query.next()) {
        all.append({submissionId, query.value(0).toString(),
                    ratingFromKey(query.value(1).toString()).value_or(Rating::Unrated),
                    query.value(2).toString(), query.value(3).toString(),
                    timeFromSql(query.value(4))});
    }
    return all;
}

Status SubmissionRepository::setOpinion(const PanelOpinion& opinion)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    const bool empty = opinion.rating == Rating::Unrated && opinion.comment.trimmed().isEmpty();
    SqlQuery query(m_context.db,
                   empty ? QStringLiteral("DELETE FROM panel_opinions WHERE submission_id = :id "
                                          "AND requirement_code = :code")
                         : QStringLiteral("INSERT INTO panel_opinions (submission_id, "
                                          "requirement_code, rating, comment, reviewer, updated) "
                                          "VALUES (:id, :code, :rating, :comment, :reviewer, "
                                          ":updated) ON CONFLICT (submission_id, "
                                          "requirement_code) DO UPDATE SET rating = "
                                          "excluded.rating, comment = excluded.comment, reviewer "
                                          "= excluded.reviewer, updated = excluded.updated"));
    query.bind(QStringLiteral(":id"), opinion.submissionId)
        .bind(QStringLiteral(":code"), opinion.requirementCode);
    if (!empty) {
        query.bind(QStringLiteral(":rating"), ratingKey(opinion.rating))
            .bind(QStringLiteral(":comment"), opinion.comment.trimmed())
            .bind(QStringLiteral(":reviewer"),
                  opinion.reviewer.isEmpty() ? m_context.userName : opinion.reviewer)
            .bind(QStringLiteral(":updated"), toSql(m_context.now()));
    }
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("panel_opinion"),
            QStringLiteral("%1/%2").arg(opinion.submissionId).arg(opinion.requirementCode),
            QStringLiteral("opinion"), {},
            empty ? QString()
                  : QStringLiteral("%1 %2").arg(ratingKey(opinion.rating), opinion.comment));
        !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
