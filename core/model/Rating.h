#pragma once

#include "model/Language.h"

#include <QString>

#include <array>
#include <optional>

namespace duibiao {

// The rating scale of FRAMEWORK.md. Keys are stable (stored in documents and packages);
// labels are for people.
enum class Rating { Unrated, Met, LargelyMet, PartlyMet, NotMet, NotApplicable };

// PartlyMet (部分达标, grade C) is given only to graded items (model/Scoring.h).
inline constexpr std::array<Rating, 6> allRatings{Rating::Unrated,    Rating::Met,
                                                  Rating::LargelyMet, Rating::PartlyMet,
                                                  Rating::NotMet,     Rating::NotApplicable};

QString ratingKey(Rating rating);
std::optional<Rating> ratingFromKey(const QString& key);
QString ratingLabel(Rating rating, Language language);

// Share of a requirement's weight that a rating earns. Not applicable has no factor: it
// leaves the denominator. Unrated earns nothing, like a requirement not met.
std::optional<double> ratingFactor(Rating rating);

// Met, largely met, partly met or not met: the ratings that count in 达标率.
bool isRated(Rating rating);

} // namespace duibiao
