#include "models/RatingColors.h"

namespace duibiao {

QColor ratingBackground(Rating rating)
{
    switch (rating) {
    case Rating::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case Rating::LargelyMet:
        return QColor(0xf9, 0xa8, 0x25);
    case Rating::NotMet:
        return QColor(0xc6, 0x28, 0x28);
    case Rating::NotApplicable:
        return QColor(0x9e, 0x9e, 0x9e);
    case Rating::Unrated:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return {};
}

QColor ratingForeground(Rating rating)
{
    return rating == Rating::LargelyMet || rating == Rating::Unrated ? QColor(0x21, 0x21, 0x21)
                                                                     : QColor(Qt::white);
}

QColor overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace duibiao
