#include "analysis/Scores.h"

namespace duibiao {

std::optional<double> ScoreTally::metRate() const
{
    if (rated() == 0)
        return std::nullopt;
    return double(met) / double(rated());
}

std::optional<double> ScoreTally::weightedScore() const
{
    if (possible <= 0)
        return std::nullopt;
    return 100.0 * earned / possible;
}

std::optional<double> ScoreTally::points(double total) const
{
    if (possible <= 0)
        return std::nullopt;
    return total * earned / possible;
}

void ScoreTally::add(Rating rating, double weight)
{
    switch (rating) {
    case Rating::Met:
        ++met;
        break;
    case Rating::LargelyMet:
        ++largelyMet;
        break;
    case Rating::PartlyMet:
        ++partlyMet;
        break;
    case Rating::NotMet:
        ++notMet;
        break;
    case Rating::NotApplicable:
        ++notApplicable;
        break;
    case Rating::Unrated:
        ++unrated;
        break;
    }
    weightSum += weight;
    if (std::optional<double> factor = ratingFactor(rating)) {
        earned += weight * *factor;
        possible += weight;
    }
}

std::optional<double> requirementScore(Rating rating, double weight)
{
    std::optional<double> factor = ratingFactor(rating);
    if (!factor)
        return std::nullopt;
    return weight * *factor;
}

QString scoreText(const ScoreTally& tally, std::optional<double> total, Language language)
{
    if (!total) {
        const std::optional<double> percent = tally.weightedScore();
        return percent ? QStringLiteral("%1%").arg(*percent, 0, 'f', 1) : QStringLiteral("—");
    }
    const std::optional<double> points = tally.points(*total);
    if (!points)
        return QStringLiteral("—");
    return (language == Language::Chinese ? QStringLiteral("%1 / %2 分")
                                          : QStringLiteral("%1 / %2 points"))
        .arg(*points, 0, 'f', 1)
        .arg(*total, 0, 'g', 12);
}

std::optional<double> scoreForPassMark(const ScoreTally& tally, std::optional<double> total)
{
    return total ? tally.points(*total) : tally.weightedScore();
}

ScoreSheet computeScores(const Framework& framework, const QHash<QString, Rating>& ratings)
{
    ScoreSheet sheet;
    for (const Category& category : framework.categories) {
        CategoryScore score{category.code, {}};
        for (const Requirement& requirement : category.requirements) {
            const Rating rating = ratings.value(requirement.code, Rating::Unrated);
            score.tally.add(rating, requirement.weight);
            sheet.overall.add(rating, requirement.weight);
        }
        sheet.categories.append(score);
    }
    return sheet;
}

} // namespace duibiao
