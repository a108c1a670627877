#include "model/Rating.h"

namespace duibiao {

QString ratingKey(Rating rating)
{
    switch (rating) {
    case Rating::Unrated:
        return QStringLiteral("unrated");
    case Rating::Met:
        return QStringLiteral("met");
    case Rating::LargelyMet:
        return QStringLiteral("largely_met");
    case Rating::PartlyMet:
        return QStringLiteral("partly_met");
    case Rating::NotMet:
        return QStringLiteral("not_met");
    case Rating::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return QStringLiteral("unrated");
}

std::optional<Rating> ratingFromKey(const QString& key)
{
    for (Rating rating : allRatings) {
        if (ratingKey(rating) == key)
            return rating;
    }
    return std::nullopt;
}

QString ratingLabel(Rating rating, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (rating) {
    case Rating::Unrated:
        return zh ? QStringLiteral("未评") : QStringLiteral("Unrated");
    case Rating::Met:
        return zh ? QStringLiteral("达标") : QStringLiteral("Met");
    case Rating::LargelyMet:
        return zh ? QStringLiteral("基本达标") : QStringLiteral("Largely met");
    case Rating::PartlyMet:
        return zh ? QStringLiteral("部分达标") : QStringLiteral("Partly met");
    case Rating::NotMet:
        return zh ? QStringLiteral("未达标") : QStringLiteral("Not met");
    case Rating::NotApplicable:
        return zh ? QStringLiteral("不适用") : QStringLiteral("Not applicable");
    }
    return {};
}

std::optional<double> ratingFactor(Rating rating)
{
    switch (rating) {
    case Rating::Met:
        return 1.0;
    case Rating::LargelyMet:
        return 0.6;
    case Rating::PartlyMet:
        return 0.4;
    case Rating::NotMet:
    case Rating::Unrated:
        return 0.0;
    case Rating::NotApplicable:
        return std::nullopt;
    }
    return 0.0;
}

bool isRated(Rating rating)
{
    return rating == Rating::Met || rating == Rating::LargelyMet || rating == Rating::PartlyMet ||
           rating == Rating::NotMet;
}

} // namespace duibiao
