#include "model/Assessment.h"

namespace duibiao {

QString assessmentStatusKey(AssessmentStatus status)
{
    return status == AssessmentStatus::Submitted ? QStringLiteral("submitted")
                                                 : QStringLiteral("draft");
}

} // namespace duibiao
