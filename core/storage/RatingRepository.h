#pragma once

#include "model/RequirementAssessment.h"
#include "util/Result.h"

#include <QVector>

#include <optional>

namespace duibiao {

struct StorageContext;

// The team's rating, narrative and gap text per requirement of an assessment.
class RatingRepository
{
public:
    explicit RatingRepository(StorageContext& context) : m_context(context) {}

    Result<QVector<RequirementAssessment>> all(qint64 assessmentId) const;
    Result<RequirementAssessment> get(qint64 assessmentId, const QString& code) const;

    // Sets the rating. `suggested` is the computed suggestion at this moment (indicator
    // requirements); a rating that differs from it needs a written reason. A rating the
    // item's scoring does not take (framework/RatingRules.h) is refused.
    Status setRating(qint64 assessmentId, const QString& code, Rating rating,
                     std::optional<Rating> suggested, const QString& overrideReason);
    // A re-rating after rectification: the earlier rating is kept the first time.
    Status rerateAfterRectification(qint64 assessmentId, const QString& code, Rating rating,
                                    const QString& overrideReason);
    // Puts back a rating exactly as it was (undo): rating, suggestion, reason and the
    // rating from before rectification.
    Status restoreRating(qint64 assessmentId, const RequirementAssessment& before);
    // Writes every field of a row taken from elsewhere (a package), auditing each change.
    // The rating rules of setRating are not applied: the row was valid where it was made.
    Status replaceRow(qint64 assessmentId, const RequirementAssessment& row);
    Status setNarrative(qint64 assessmentId, const QString& code, const QString& narrative);
    Status setGapText(qint64 assessmentId, const QString& code, const QString& gapText);

private:
    Status setText(qint64 assessmentId, const QString& code, const char* column,
                   const QString& value);
    StorageContext& m_context;
};

} // namespace duibiao
