#pragma once

#include "model/Phase.h"

#include <QDate>
#include <QVector>
#include <QWidget>

namespace duibiao {

// The four phases as bars on a time axis, today marked, and optionally rectification
// items placed by their due date (red when overdue). Used on the Overview and the
// Rectification page.
class PhaseTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Marker
    {
        qint64 id = 0;
        QDate date;
        bool open = true;
        bool overdue = false;
        QString toolTip;
    };

    explicit PhaseTimeline(QWidget* parent = nullptr);

    void setPlan(const PhasePlan& plan, QDate today, Language language);
    void setMarkers(const QVector<Marker>& markers);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void markerActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QDate firstDay() const;
    QDate lastDay() const;
    double xOf(QDate day) const;
    int markerAt(const QPoint& position) const;
    QRectF axisRect() const;

    PhasePlan m_plan = defaultPhasePlan();
    QDate m_today;
    Language m_language = Language::Chinese;
    QVector<Marker> m_markers;
};

} // namespace duibiao
