#include "report/CategoryChart.h"

#include <QFont>
#include <QPainter>

namespace duibiao::report {

namespace {

const QColor scoreColour(0x2f, 0x4f, 0x6f);
const QColor metRateColour(0x9f, 0xb3, 0xc8);

QFont chartFont(const QString& family, int pixels, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

QImage drawCategoryChart(const QVector<CategoryBar>& bars, const QString& fontFamily,
                         const QString& scoreLegend, const QString& metRateLegend)
{
    const QSize size(2000, 900);
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QRectF plot(150, 110, size.width() - 190, size.height() - 330);
    // Grid and axis: 0 … 100 %.
    painter.setFont(chartFont(fontFamily, 42));
    for (int percent = 0; percent <= 100; percent += 20) {
        const double y = plot.bottom() - plot.height() * percent / 100.0;
        painter.setPen(QPen(percent == 0 ? QColor(Qt::black) : QColor(0xd0, 0xd0, 0xd0), 2));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - 25, plot.left() - 20, 50), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1%").arg(percent));
    }

    const int count = qMax(1, int(bars.size()));
    const double slot = plot.width() / count;
    const double barWidth = slot * 0.3;
    auto drawBar = [&](double x, std::optional<double> value, const QColor& colour) {
        if (!value)
            return;
        const double clamped = qBound(0.0, *value, 100.0);
        const double height = plot.height() * clamped / 100.0;
        painter.fillRect(QRectF(x, plot.bottom() - height, barWidth, height), colour);
        painter.setPen(Qt::black);
        painter.setFont(chartFont(fontFamily, 36));
        painter.drawText(QRectF(x - 50, plot.bottom() - height - 50, barWidth + 100, 46),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(*value, 'f', 1));
    };
    for (int i = 0; i < bars.size(); ++i) {
        const CategoryBar& bar = bars.at(i);
        const double centre = plot.left() + slot * (i + 0.5);
        drawBar(centre - barWidth - 4, bar.score, scoreColour);
        drawBar(centre + 4, bar.metRate, metRateColour);
        painter.setPen(Qt::black);
        painter.setFont(chartFont(fontFamily, 42));
        painter.drawText(QRectF(centre - slot / 2 + 6, plot.bottom() + 14, slot - 12, 180),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, bar.label);
    }

    // Legend, top right.
    painter.setFont(chartFont(fontFamily, 42));
    const QFontMetricsF metrics(painter.font());
    double x = plot.right();
    const double y = 30;
    for (const auto& [text, colour] :
         {std::pair{metRateLegend, metRateColour}, std::pair{scoreLegend, scoreColour}}) {
        const double width = metrics.horizontalAdvance(text);
        x -= width;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, y, width + 4, 56), Qt::AlignLeft | Qt::AlignVCenter, text);
        x -= 60;
        painter.fillRect(QRectF(x, y + 7, 44, 36), colour);
        x -= 50;
    }
    painter.end();
    return image;
}

} // namespace duibiao::report
