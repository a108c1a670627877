#pragma once

#include "model/Framework.h"
#include "util/Result.h"

namespace duibiao {

// Whether a requirement's scoring allows a rating: pass/fail items take no largely met,
// only graded items take partly met (model/Scoring.h). The refusal names the requirement
// and the ratings it does take.
Status checkRatingAllowed(const Requirement& requirement, Rating rating);

} // namespace duibiao
