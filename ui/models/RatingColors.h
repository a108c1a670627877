#pragma once

#include "model/Rating.h"

#include <QColor>

namespace duibiao {

// The colours every view uses for ratings, so a rating looks the same everywhere.
QColor ratingBackground(Rating rating);
QColor ratingForeground(Rating rating);
QColor overdueColor();

} // namespace duibiao
