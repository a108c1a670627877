#include "widgets/RatingStyle.h"

#include <QPainter>
#include <QPixmap>

namespace duibiao {

QColor RatingStyle::background(Rating rating)
{
    switch (rating) {
    case Rating::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case Rating::LargelyMet:
        return QColor(0xf9, 0xa8, 0x25);
    case Rating::PartlyMet:
        return QColor(0xef, 0x6c, 0x00);
    case Rating::NotMet:
        return QColor(0xc6, 0x28, 0x28);
    case Rating::NotApplicable:
        return QColor(0x75, 0x75, 0x75);
    case Rating::Unrated:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return {};
}

QColor RatingStyle::foreground(Rating rating)
{
    switch (rating) {
    case Rating::Met:
    case Rating::PartlyMet:
    case Rating::NotMet:
    case Rating::NotApplicable:
        return QColor(Qt::white);
    case Rating::LargelyMet:
        return QColor(0x21, 0x21, 0x21);
    case Rating::Unrated:
        return QColor(0x42, 0x42, 0x42);
    }
    return {};
}

QIcon RatingStyle::swatch(Rating rating)
{
    QIcon icon;
    // Two sizes so the swatch stays crisp on high-DPI screens.
    for (int side : {12, 24}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(background(rating).darker(130));
        painter.setBrush(background(rating));
        painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), side / 6.0, side / 6.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor RatingStyle::overdue()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace duibiao
