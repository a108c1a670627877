#pragma once

#include "model/Rating.h"

#include <QColor>
#include <QIcon>

namespace duibiao {

// The colours every view uses for a rating: met green, largely met amber (with dark
// text), not met red, not applicable grey, unrated light grey. Backgrounds come with a
// foreground that stays readable on them (contrast of at least 4.5:1).
class RatingStyle
{
public:
    static QColor background(Rating rating);
    static QColor foreground(Rating rating);
    // A small filled square in the rating's colour, for combo boxes and lists.
    static QIcon swatch(Rating rating);
    // The text colour of overdue rectification items and of refusal messages.
    static QColor overdue();
};

} // namespace duibiao
