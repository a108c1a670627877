#pragma once

#include "model/Language.h"
#include "model/Rating.h"

#include <QString>
#include <QVector>

#include <optional>

namespace duibiao {

// How a requirement is scored (framework format version 2, key "scoring"). The stored
// rating stays one of the Rating values; the scoring decides which of them an item may
// take and how they are shown: pass/fail items are met or not met, graded items A/B/C/D
// are met, largely met, partly met or not met.
enum class Scoring { Rating, PassFail, Graded };

QString scoringKey(Scoring scoring); // "rating", "pass_fail", "graded"
std::optional<Scoring> scoringFromKey(const QString& key);
QString scoringLabel(Scoring scoring, Language language);

// The ratings a person may give an item of this scoring, in display order, Unrated first.
QVector<Rating> allowedRatings(Scoring scoring);
bool isRatingAllowed(Rating rating, Scoring scoring);

// The label of a rating as the item's scoring names it: 通过/不通过, A…D, or the usual
// rating labels.
QString ratingLabel(Rating rating, Scoring scoring, Language language);

// The rating the item's scoring offers for a computed indicator suggestion (met, largely
// met or not met): pass/fail items pass only when met; graded items get A, B or D.
Rating ratingForScoring(Rating suggestion, Scoring scoring);

} // namespace duibiao
