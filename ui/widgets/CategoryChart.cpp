#include "widgets/CategoryChart.h"

#include <QPainter>

#include <algorithm>

namespace duibiao {

namespace {
constexpr int barHeight = 20;
constexpr int gap = 8;
} // namespace

CategoryChart::CategoryChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("categoryChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CategoryChart::setBars(const QVector<Bar>& bars, const QString& metRateLabel)
{
    m_bars = bars;
    m_metRateLabel = metRateLabel;
    updateGeometry();
    update();
}

QSize CategoryChart::sizeHint() const
{
    return {420, int(m_bars.size()) * (barHeight + gap) + gap};
}

QString CategoryChart::valueText(const Bar& bar) const
{
    const QString score =
        !bar.scoreText.isEmpty()
            ? bar.scoreText
            : (bar.score ? QStringLiteral("%1%").arg(*bar.score, 0, 'f', 1) : QStringLiteral("—"));
    return score + QStringLiteral("  %1 ").arg(m_metRateLabel) +
           (bar.metRate ? QStringLiteral("%1%").arg(*bar.metRate * 100, 0, 'f', 1)
                        : QStringLiteral("—"));
}

void CategoryChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    for (const Bar& bar : m_bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + 8, width() * 9 / 20);
    int valueWidth =
        metrics.horizontalAdvance(QStringLiteral("100.0%  %1 100.0%").arg(m_metRateLabel)) + 8;
    for (const Bar& bar : m_bars)
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(valueText(bar)) + 8);
    const int barLeft = labelWidth;
    const int barWidth = std::max(40, width() - labelWidth - valueWidth);
    const QPalette& pal = palette();

    int y = gap / 2;
    for (const Bar& bar : m_bars) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(0, y, labelWidth - 8, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 8));
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::AlternateBase).darker(105));
        painter.drawRoundedRect(QRectF(barLeft, y + 2, barWidth, barHeight - 4), 3, 3);
        const double score = bar.score.value_or(0);
        const QColor color = score >= 90   ? QColor(0x2e, 0x7d, 0x32)
                             : score >= 60 ? QColor(0xf9, 0xa8, 0x25)
                                           : QColor(0xc6, 0x28, 0x28);
        painter.setBrush(color);
        painter.drawRoundedRect(
            QRectF(barLeft, y + 2, barWidth * std::clamp(score, 0.0, 100.0) / 100.0, barHeight - 4),
            3, 3);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(barLeft + barWidth + 8, y, valueWidth, barHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, valueText(bar));
        y += barHeight + gap;
    }
}

} // namespace duibiao
