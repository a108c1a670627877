#include "model/Scoring.h"

namespace duibiao {

QString scoringKey(Scoring scoring)
{
    switch (scoring) {
    case Scoring::Rating:
        return QStringLiteral("rating");
    case Scoring::PassFail:
        return QStringLiteral("pass_fail");
    case Scoring::Graded:
        return QStringLiteral("graded");
    }
    return QStringLiteral("rating");
}

std::optional<Scoring> scoringFromKey(const QString& key)
{
    for (Scoring scoring : {Scoring::Rating, Scoring::PassFail, Scoring::Graded}) {
        if (scoringKey(scoring) == key)
            return scoring;
    }
    return std::nullopt;
}

QString scoringLabel(Scoring scoring, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (scoring) {
    case Scoring::Rating:
        return zh ? QStringLiteral("达标评定") : QStringLiteral("Rating");
    case Scoring::PassFail:
        return zh ? QStringLiteral("通过/不通过") : QStringLiteral("Pass/fail");
    case Scoring::Graded:
        return zh ? QStringLiteral("等级评定") : QStringLiteral("Graded");
    }
    return {};
}

QVector<Rating> allowedRatings(Scoring scoring)
{
    switch (scoring) {
    case Scoring::Rating:
        return {Rating::Unrated, Rating::Met, Rating::LargelyMet, Rating::NotMet,
                Rating::NotApplicable};
    case Scoring::PassFail:
        return {Rating::Unrated, Rating::Met, Rating::NotMet, Rating::NotApplicable};
    case Scoring::Graded:
        return {Rating::Unrated,   Rating::Met,    Rating::LargelyMet,
                Rating::PartlyMet, Rating::NotMet, Rating::NotApplicable};
    }
    return {};
}

bool isRatingAllowed(Rating rating, Scoring scoring)
{
    return allowedRatings(scoring).contains(rating);
}

QString ratingLabel(Rating rating, Scoring scoring, Language language)
{
    const bool zh = language == Language::Chinese;
    if (scoring == Scoring::PassFail) {
        if (rating == Rating::Met)
            return zh ? QStringLiteral("通过") : QStringLiteral("Pass");
        if (rating == Rating::NotMet)
            return zh ? QStringLiteral("不通过") : QStringLiteral("Fail");
    } else if (scoring == Scoring::Graded) {
        switch (rating) {
        case Rating::Met:
            return QStringLiteral("A");
        case Rating::LargelyMet:
            return QStringLiteral("B");
        case Rating::PartlyMet:
            return QStringLiteral("C");
        case Rating::NotMet:
            return QStringLiteral("D");
        case Rating::Unrated:
        case Rating::NotApplicable:
            break;
        }
    }
    return ratingLabel(rating, language);
}

Rating ratingForScoring(Rating suggestion, Scoring scoring)
{
    if (scoring == Scoring::PassFail && suggestion == Rating::LargelyMet)
        return Rating::NotMet;
    return suggestion;
}

} // namespace duibiao
