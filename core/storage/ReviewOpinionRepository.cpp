#include "storage/ReviewOpinionRepository.h"

#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

namespace duibiao {

Result<QVector<ReviewOpinion>> ReviewOpinionRepository::all(qint64 assessmentId) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT id, requirement_code, panel, reviewer, rating, comment, "
                       "created FROM review_opinions WHERE assessment_id = :id ORDER BY id"));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<ReviewOpinion> opinions;
    while (query.next()) {
        opinions.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         ratingFromKey(query.value(4).toString()).value_or(Rating::Unrated),
                         query.value(5).toString(), timeFromSql(query.value(6))});
    }
    return opinions;
}

Result<qint64> ReviewOpinionRepository::add(qint64 assessmentId, const ReviewOpinion& opinion)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    SqlQuery query(m_context.db,
                   QStringLiteral("INSERT INTO review_opinions (assessment_id, requirement_code, "
                                  "panel, reviewer, rating, comment, created) VALUES (:assessment, "
                                  ":code, :panel, :reviewer, :rating, :comment, :created)"));
    query.bind(QStringLiteral(":assessment"), assessmentId)
        .bind(QStringLiteral(":code"), opinion.requirementCode)
        .bind(QStringLiteral(":panel"), opinion.panel)
        .bind(QStringLiteral(":reviewer"), opinion.reviewer)
        .bind(QStringLiteral(":rating"), ratingKey(opinion.rating))
        .bind(QStringLiteral(":comment"), opinion.comment)
        .bind(QStringLiteral(":created"),
              toSql(opinion.created.isValid() ? opinion.created : m_context.now()));
    if (Status status = query.exec(); !status)
        return status.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("review_opinion"), QString::number(id), QStringLiteral("added"), {},
            QStringLiteral("%1 %2").arg(opinion.requirementCode, ratingKey(opinion.rating)));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status ReviewOpinionRepository::remove(qint64 opinionId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery query(m_context.db, QStringLiteral("DELETE FROM review_opinions WHERE id = :id"));
    query.bind(QStringLiteral(":id"), opinionId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("review_opinion"), QString::number(opinionId), QStringLiteral("removed"),
            QStringLiteral("1"), {});
        !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
