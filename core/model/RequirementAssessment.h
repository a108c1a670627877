#pragma once

#include "model/Rating.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace duibiao {

// The team's judgement of one requirement in one assessment.
struct RequirementAssessment
{
    QString requirementCode;
    Rating rating = Rating::Unrated;
    // The computed suggestion when the rating was set (indicator requirements only), so a
    // report can show "suggested X, rated Y, because …" even after the figures change.
    std::optional<Rating> suggestedRating;
    // The rating before rectification changed it; kept when a verified item leads to a re-rating.
    std::optional<Rating> ratingBeforeRectification;
    QString overrideReason;
    QString narrative;
    QString gapText;
    QString assessor;
    QDateTime created;
    QDateTime updated;
};

} // namespace duibiao
