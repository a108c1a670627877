#include "widgets/PhaseTimeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace duibiao {

namespace {
constexpr int rowHeight = 22;
constexpr int markerRow = 18;
const QColor phaseColors[] = {QColor(0x9e, 0xc5, 0xe8), QColor(0x7f, 0xb8, 0x8f),
                              QColor(0xf2, 0xc1, 0x6b), QColor(0xe0, 0x8e, 0x7b)};
} // namespace

PhaseTimeline::PhaseTimeline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseTimeline::setPlan(const PhasePlan& plan, QDate today, Language language)
{
    m_plan = plan;
    m_today = today;
    m_language = language;
    update();
}

void PhaseTimeline::setMarkers(const QVector<Marker>& markers)
{
    m_markers = markers;
    update();
}

QSize PhaseTimeline::sizeHint() const
{
    return {640, 4 * rowHeight + markerRow + 3 * fontMetrics().height()};
}

QSize PhaseTimeline::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

QDate PhaseTimeline::firstDay() const
{
    QDate first = m_plan[1].start.isValid() ? m_plan[1].start.addMonths(-1) : QDate(2019, 10, 1);
    for (const Phase& phase : m_plan) {
        if (phase.start.isValid())
            first = std::min(first, phase.start);
    }
    return first;
}

QDate PhaseTimeline::lastDay() const
{
    QDate last = firstDay().addMonths(1);
    for (const Phase& phase : m_plan) {
        if (phase.end.isValid())
            last = std::max(last, phase.end);
    }
    return last.addDays(7);
}

QRectF PhaseTimeline::axisRect() const
{
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00"));
    return QRectF(labelWidth / 2.0 + 4, 4, width() - labelWidth - 8, height() - 8);
}

double PhaseTimeline::xOf(QDate day) const
{
    const QRectF axis = axisRect();
    const double span = std::max<qint64>(1, firstDay().daysTo(lastDay()));
    const double at = std::clamp<double>(double(firstDay().daysTo(day)), 0.0, span);
    return axis.left() + axis.width() * at / span;
}

void PhaseTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF axis = axisRect();
    const QPalette& pal = palette();
    const int textHeight = fontMetrics().height();

    // One bar per phase, labelled with its name.
    for (const Phase& phase : m_plan) {
        const double y = axis.top() + (phase.number - 1) * rowHeight;
        const double x0 = xOf(phase.start.isValid() ? phase.start : firstDay());
        const double x1 = xOf(phase.end.isValid() ? phase.end : lastDay());
        const QRectF bar(x0, y + 2, std::max(2.0, x1 - x0), rowHeight - 4);
        const bool current = m_today.isValid() && currentPhase(m_plan, m_today) == phase.number;
        QColor color = phaseColors[phase.number - 1];
        if (!current)
            color.setAlpha(150);
        painter.setPen(current ? QPen(pal.color(QPalette::Highlight), 2) : Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(bar, 3, 3);
        painter.setPen(pal.color(QPalette::Text));
        const QString label =
            QStringLiteral("%1 %2").arg(phase.number).arg(phaseName(phase.number, m_language));
        painter.drawText(bar.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(label, Qt::ElideRight, int(bar.width()) - 10));
    }

    // Markers for rectification items, by due date.
    const double markerY = axis.top() + 4 * rowHeight + markerRow / 2.0;
    for (const Marker& marker : m_markers) {
        if (!marker.date.isValid())
            continue;
        const QColor color = marker.overdue ? QColor(0xc6, 0x28, 0x28)
                             : marker.open  ? QColor(0x1e, 0x6f, 0xc8)
                                            : QColor(0x3c, 0x8d, 0x40);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(xOf(marker.date), markerY), 3.5, 3.5);
    }

    // The date axis: phase boundaries as ticks.
    const double axisY = markerY + markerRow / 2.0 + 2;
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(axis.left(), axisY), QPointF(axis.right(), axisY));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    double lastLabelEnd = -1e9;
    for (const Phase& phase : m_plan) {
        for (QDate day : {phase.start, phase.end}) {
            if (!day.isValid())
                continue;
            const double x = xOf(day);
            const QString text = day.toString(QStringLiteral("yyyy-MM"));
            const double w = fontMetrics().horizontalAdvance(text);
            painter.drawLine(QPointF(x, axisY - 3), QPointF(x, axisY + 3));
            if (x - w / 2 > lastLabelEnd + 4) {
                painter.drawText(QRectF(x - w / 2, axisY + 4, w, textHeight), Qt::AlignCenter,
                                 text);
                lastLabelEnd = x + w / 2;
            }
        }
    }

    // Today.
    if (m_today.isValid()) {
        const bool beyond = m_today > lastDay() || m_today < firstDay();
        const double x = xOf(m_today);
        painter.setPen(
            QPen(pal.color(QPalette::Highlight), 2, beyond ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(QPointF(x, axis.top()), QPointF(x, axisY));
        const QString text =
            (m_language == Language::Chinese ? QStringLiteral("今天 ") : QStringLiteral("today ")) +
            m_today.toString(Qt::ISODate) + (beyond ? QStringLiteral(" →") : QString());
        const double w = fontMetrics().horizontalAdvance(text);
        painter.drawText(QRectF(std::clamp(x - w, axis.left(), axis.right() - w),
                                axisY + 4 + textHeight, w, textHeight),
                         Qt::AlignRight, text);
    }
}

int PhaseTimeline::markerAt(const QPoint& position) const
{
    const double markerY = axisRect().top() + 4 * rowHeight + markerRow / 2.0;
    int best = -1;
    double bestDistance = 6;
    for (int i = 0; i < m_markers.size(); ++i) {
        if (!m_markers[i].date.isValid())
            continue;
        const double distance =
            std::hypot(xOf(m_markers[i].date) - position.x(), markerY - position.y());
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void PhaseTimeline::mousePressEvent(QMouseEvent* event)
{
    const int index = markerAt(event->position().toPoint());
    if (index >= 0)
        emit markerActivated(m_markers[index].id);
    QWidget::mousePressEvent(event);
}

bool PhaseTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = markerAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_markers[index].toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace duibiao
