#pragma once

#include "model/ReviewOpinion.h"
#include "util/Result.h"

#include <QVector>

namespace duibiao {

struct StorageContext;

// The review panel's opinions on an assessment, kept apart from the self-ratings.
class ReviewOpinionRepository
{
public:
    explicit ReviewOpinionRepository(StorageContext& context) : m_context(context) {}

    Result<QVector<ReviewOpinion>> all(qint64 assessmentId) const;
    Result<qint64> add(qint64 assessmentId, const ReviewOpinion& opinion);
    Status remove(qint64 opinionId);

private:
    StorageContext& m_context;
};

} // namespace duibiao
