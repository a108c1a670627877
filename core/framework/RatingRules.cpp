#include "framework/RatingRules.h"

#include <QCoreApplication>

namespace duibiao {

Status checkRatingAllowed(const Requirement& requirement, Rating rating)
{
    if (isRatingAllowed(rating, requirement.scoring))
        return {};
    QStringList allowed;
    for (Rating candidate : allowedRatings(requirement.scoring)) {
        if (candidate != Rating::Unrated)
            allowed.append(ratingKey(candidate));
    }
    return Error::user(
        QCoreApplication::translate("RatingRules",
                                    "Requirement %1 is scored as “%2”: it cannot be rated “%3” "
                                    "(it takes %4).")
            .arg(requirement.code, scoringKey(requirement.scoring), ratingKey(rating),
                 allowed.join(QStringLiteral(", "))));
}

} // namespace duibiao
