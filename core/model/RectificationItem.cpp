#include "model/RectificationItem.h"

namespace duibiao {

QString rectificationStatusKey(RectificationStatus status)
{
    switch (status) {
    case RectificationStatus::Planned:
        return QStringLiteral("planned");
    case RectificationStatus::InProgress:
        return QStringLiteral("in_progress");
    case RectificationStatus::Done:
        return QStringLiteral("done");
    case RectificationStatus::Verified:
        return QStringLiteral("verified");
    }
    return QStringLiteral("planned");
}

std::optional<RectificationStatus> rectificationStatusFromKey(const QString& key)
{
    for (auto status : {RectificationStatus::Planned, RectificationStatus::InProgress,
                        RectificationStatus::Done, RectificationStatus::Verified}) {
        if (rectificationStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace duibiao
