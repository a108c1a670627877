#include "storage/RatingRepository.h"

#include "framework/RatingRules.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

const QString columns = QStringLiteral(
    "requirement_code, rating, suggested_rating, rating_before_rectification, override_reason, "
    "narrative, gap_text, assessor, created, updated");

std::optional<Rating> optionalRating(const QVariant& value)
{
    return value.isNull() ? std::nullopt : ratingFromKey(value.toString());
}

QVariant ratingToSql(std::optional<Rating> rating)
{
    return rating ? QVariant(ratingKey(*rating)) : QVariant();
}

RequirementAssessment read(const SqlQuery& query)
{
    RequirementAssessment r;
    r.requirementCode = query.value(0).toString();
    r.rating = ratingFromKey(query.value(1).toString()).value_or(Rating::Unrated);
    r.suggestedRating = optionalRating(query.value(2));
    r.ratingBeforeRectification = optionalRating(query.value(3));
    r.overrideReason = query.value(4).toString();
    r.narrative = query.value(5).toString();
    r.gapText = query.value(6).toString();
    r.assessor = query.value(7).toString();
    r.created = timeFromSql(query.value(8));
    r.updated = timeFromSql(query.value(9));
    return r;
}

QString optionalKey(std::optional<Rating> rating)
{
    return rating ? ratingKey(*rating) : QString();
}

} // namespace

Result<QVector<RequirementAssessment>> RatingRepository::all(qint64 assessmentId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM requirement_assessments WHERE "
                                                "assessment_id = :id")
                                     .arg(columns));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<RequirementAssessment> all;
    while (query.next())
        all.append(read(query));
    return all;
}

Result<RequirementAssessment> RatingRepository::get(qint64 assessmentId, const QString& code) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM requirement_assessments WHERE "
                                                "assessment_id = :id AND requirement_code = :code")
                                     .arg(columns));
    query.bind(QStringLiteral(":id"), assessmentId).bind(QStringLiteral(":code"), code);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::user(QCoreApplication::translate(
                               "RatingRepository", "Requirement %1 is not part of this assessment.")
                               .arg(code));
    return read(query);
}

Status RatingRepository::setRating(qint64 assessmentId, const QString& code, Rating rating,
                                   std::optional<Rating> suggested, const QString& overrideReason)
{
    const QString reason = overrideReason.trimmed();
    if (suggested && rating != Rating::Unrated && rating != *suggested && reason.isEmpty()) {
        return Error::user(QCoreApplication::translate(
                               "RatingRepository",
                               "Requirement %1: the rating differs from the suggested rating "
                               "computed from the unit figures, so it needs a written reason.")
                               .arg(code));
    }
    // Only these two ratings depend on the item's scoring; the others need no framework.
    if (rating == Rating::LargelyMet || rating == Rating::PartlyMet) {
        Result<Framework> framework = AssessmentRepository(m_context).framework(assessmentId);
        if (!framework)
            return framework.error();
        if (const Requirement* requirement = framework->requirement(code)) {
            if (Status allowed = checkRatingAllowed(*requirement, rating); !allowed)
                return allowed;
        }
    }
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RequirementAssessment> before = get(assessmentId, code);
    if (!before)
        return before.error();
    const bool overridden = suggested && rating != *suggested && rating != Rating::Unrated;
    const QString keptReason = overridden ? reason : QString();
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE requirement_assessments SET rating = :rating, "
                                  "suggested_rating = :suggested, override_reason = :reason, "
                                  "assessor = :assessor, updated = :now WHERE assessment_id = :id "
                                  "AND requirement_code = :code"));
    query.bind(QStringLiteral(":rating"), ratingKey(rating))
        .bind(QStringLiteral(":suggested"), ratingToSql(suggested))
        .bind(QStringLiteral(":reason"), keptReason)
        .bind(QStringLiteral(":assessor"), m_context.userName)
        .bind(QStringLiteral(":now"), toSql(m_context.now()))
        .bind(QStringLiteral(":id"), assessmentId)
        .bind(QStringLiteral(":code"), code);
    if (Status status = query.exec(); !status)
        return status;
    AuditTrail audit(m_context);
    const QString entity = QStringLiteral("requirement");
    if (Status status = audit.record(entity, code, QStringLiteral("rating"),
                                     ratingKey(before->rating), ratingKey(rating));
        !status)
        return status;
    if (Status status = audit.record(entity, code, QStringLiteral("override_reason"),
                                     before->overrideReason, keptReason);
        !status)
        return status;
    return transaction.commit();
}

Status RatingRepository::rerateAfterRectification(qint64 assessmentId, const QString& code,
                                                  Rating rating, const QString& overrideReason)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RequirementAssessment> before = get(assessmentId, code);
    if (!before)
        return before.error();
    if (!before->ratingBeforeRectification && before->rating != rating) {
        SqlQuery keep(m_context.db,
                      QStringLiteral("UPDATE requirement_assessments SET "
                                     "rating_before_rectification = :before WHERE assessment_id = "
                                     ":id AND requirement_code = :code"));
        keep.bind(QStringLiteral(":before"), ratingKey(before->rating))
            .bind(QStringLiteral(":id"), assessmentId)
            .bind(QStringLiteral(":code"), code);
        if (Status status = keep.exec(); !status)
            return status;
        if (Status status = AuditTrail(m_context).record(
                QStringLiteral("requirement"), code, QStringLiteral("rating_before_rectification"),
                optionalKey(before->ratingBeforeRectification), ratingKey(before->rating));
            !status)
            return status;
    }
    if (Status status =
            setRating(assessmentId, code, rating, before->suggestedRating,
                      overrideReason.isEmpty() ? before->overrideReason : overrideReason);
        !status)
        return status;
    return transaction.commit();
}

Status RatingRepository::restoreRating(qint64 assessmentId, const RequirementAssessment& before)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RequirementAssessment> now = get(assessmentId, before.requirementCode);
    if (!now)
        return now.error();
    SqlQuery query(
        m_context.db,
        QStringLiteral("UPDATE requirement_assessments SET rating = :rating, "
                       "suggested_rating = :suggested, override_reason = :reason, "
                       "rating_before_rectification = :before, assessor = :assessor, "
                       "updated = :now WHERE assessment_id = :id AND requirement_code = :code"));
    query.bind(QStringLiteral(":rating"), ratingKey(before.rating))
        .bind(QStringLiteral(":suggested"), ratingToSql(before.suggestedRating))
        .bind(QStringLiteral(":reason"), before.overrideReason)
        .bind(QStringLiteral(":before"), ratingToSql(before.ratingBeforeRectification))
        .bind(QStringLiteral(":assessor"), m_context.userName)
        .bind(QStringLiteral(":now"), toSql(m_context.now()))
        .bind(QStringLiteral(":id"), assessmentId)
        .bind(QStringLiteral(":code"), before.requirementCode);
    if (Status status = query.exec(); !status)
        return status;
    AuditTrail audit(m_context);
    const QString entity = QStringLiteral("requirement");
    const QString& code = before.requirementCode;
    for (const auto& [field, oldValue, newValue] :
         {std::tuple{"rating", ratingKey(now->rating), ratingKey(before.rating)},
          std::tuple{"override_reason", now->overrideReason, before.overrideReason},
          std::tuple{"rating_before_rectification", optionalKey(now->ratingBeforeRectification),
                     optionalKey(before.ratingBeforeRectification)}}) {
        if (Status status = audit.record(entity, code, QLatin1String(field), oldValue, newValue);
            !status)
            return status;
    }
    return transaction.commit();
}

Status RatingRepository::replaceRow(qint64 assessmentId, const RequirementAssessment& row)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RequirementAssessment> now = get(assessmentId, row.requirementCode);
    if (!now)
        return now.error();
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE requirement_assessments SET rating = :rating, "
                                  "suggested_rating = :suggested, override_reason = :reason, "
                                  "rating_before_rectification = :before, narrative = :narrative, "
                                  "gap_text = :gap, assessor = :assessor, updated = :now "
                                  "WHERE assessment_id = :id AND requirement_code = :code"));
    query.bind(QStringLiteral(":rating"), ratingKey(row.rating))
        .bind(QStringLiteral(":suggested"), ratingToSql(row.suggestedRating))
        .bind(QStringLiteral(":reason"), row.overrideReason)
        .bind(QStringLiteral(":before"), ratingToSql(row.ratingBeforeRectification))
        .bind(QStringLiteral(":narrative"), row.narrative)
        .bind(QStringLiteral(":gap"), row.gapText)
        .bind(QStringLiteral(":assessor"),
              row.assessor.isEmpty() ? m_context.userName : row.assessor)
        .bind(QStringLiteral(":now"), toSql(m_context.now()))
        .bind(QStringLiteral(":id"), assessmentId)
        .bind(QStringLiteral(":code"), row.requirementCode);
    if (Status status = query.exec(); !status)
        return status;
    AuditTrail audit(m_context);
    const QString entity = QStringLiteral("requirement");
    for (const auto& [field, oldValue, newValue] :
         {std::tuple{"rating", ratingKey(now->rating), ratingKey(row.rating)},
          std::tuple{"suggested_rating", optionalKey(now->suggestedRating),
                     optionalKey(row.suggestedRating)},
          std::tuple{"override_reason", now->overrideReason, row.overrideReason},
          std::tuple{"rating_before_rectification", optionalKey(now->ratingBeforeRectification),
                     optionalKey(row.ratingBeforeRectification)},
          std::tuple{"narrative", now->narrative, row.narrative},
          std::tuple{"gap_text", now->gapText, row.gapText}}) {
        if (oldValue == newValue)
            continue;
        if (Status status =
                audit.record(entity, row.requirementCode, QLatin1String(field), oldValue, newValue);
            !status)
            return status;
    }
    return transaction.commit();
}

Status RatingRepository::setText(qint64 assessmentId, const QString& code, const char* column,
                                 const QString& value)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RequirementAssessment> before = get(assessmentId, code);
    if (!before)
        return before.error();
    const QString field = QLatin1String(column);
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE requirement_assessments SET %1 = :value, assessor = "
                                  ":assessor, updated = :now WHERE assessment_id = :id AND "
                                  "requirement_code = :code")
                       .arg(field));
    query.bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":assessor"), m_context.userName)
        .bind(QStringLiteral(":now"), toSql(m_context.now()))
        .bind(QStringLiteral(":id"), assessmentId)
        .bind(QStringLiteral(":code"), code);
    if (Status status = query.exec(); !status)
        return status;
    const QString old = field == QLatin1String("narrative") ? before->narrative : before->gapText;
    if (Status status =
            AuditTrail(m_context).record(QStringLiteral("requirement"), code, field, old, value);
        !status)
        return status;
    return transaction.commit();
}

Status RatingRepository::setNarrative(qint64 assessmentId, const QString& code,
                                      const QString& narrative)
{
    return setText(assessmentId, code, "narrative", narrative);
}

Status RatingRepository::setGapText(qint64 assessmentId, const QString& code,
                                    const QString& gapText)
{
    return setText(assessmentId, code, "gap_text", gapText);
}

} // namespace duibiao
