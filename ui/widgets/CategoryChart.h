#pragma once

#include <QVector>
#include <QWidget>

#include <optional>

namespace duibiao {

// Horizontal bars: the weighted score of each category, with its 达标率 beside it.
class CategoryChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        std::optional<double> score;   // percent
        std::optional<double> metRate; // share
        QString scoreText;             // shown instead of the percent when set: "16.0 / 20 分"
    };

    explicit CategoryChart(QWidget* parent = nullptr);
    void setBars(const QVector<Bar>& bars, const QString& metRateLabel);
    const QVector<Bar>& bars() const { return m_bars; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString valueText(const Bar& bar) const;
    QVector<Bar> m_bars;
    QString m_metRateLabel;
};

} // namespace duibiao
