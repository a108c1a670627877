#include "exchange/merge/OpinionsToRectification.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

bool isFinding(const ReviewOpinion& opinion)
{
    return !opinion.requirementCode.isEmpty() &&
           (opinion.rating == Rating::NotMet || opinion.rating == Rating::LargelyMet ||
            opinion.rating == Rating::PartlyMet);
}

bool hasItem(const QVector<RectificationItem>& items, const QString& code, const QString& measure)
{
    for (const RectificationItem& item : items) {
        if (item.measure == measure && item.requirementCodes.contains(code))
            return true;
    }
    return false;
}

} // namespace

QString measureFromOpinion(const ReviewOpinion& opinion)
{
    // The measure is kept in Chinese like the rest of the ledger, whatever the GUI language:
    // it goes into the rectification reports the institution hands in.
    const QString prefix = QStringLiteral("落实评议意见：");
    const QString comment = opinion.comment.trimmed();
    if (!comment.isEmpty())
        return prefix + comment;
    return prefix +
           QStringLiteral("%1 评为%2")
               .arg(opinion.requirementCode, ratingLabel(opinion.rating, Language::Chinese));
}

Result<QVector<RectificationItem>> itemsFromOpinions(const QVector<ReviewOpinion>& opinions,
                                                     const QVector<RectificationItem>& existing,
                                                     const Framework& framework,
                                                     const PhasePlan& phases)
{
    QVector<RectificationItem> made;
    for (const ReviewOpinion& opinion : opinions) {
        if (!isFinding(opinion))
            continue;
        if (!framework.requirement(opinion.requirementCode))
            return Error::user(QCoreApplication::translate(
                                   "OpinionsToRectification",
                                   "The panel's opinion on %1 names a requirement that %2 does "
                                   "not have; no rectification item was made.")
                                   .arg(opinion.requirementCode, framework.code));
        const QString measure = measureFromOpinion(opinion);
        if (hasItem(existing, opinion.requirementCode, measure) ||
            hasItem(made, opinion.requirementCode, measure))
            continue;
        RectificationItem item;
        item.requirementCodes = {opinion.requirementCode};
        item.measure = measure;
        item.phase = 4;
        item.status = RectificationStatus::Planned;
        item.deadline = phases[3].end;
        made.append(item);
    }
    return made;
}

} // namespace duibiao
