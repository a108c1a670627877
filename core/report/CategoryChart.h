#pragma once

#include <QImage>
#include <QString>
#include <QVector>

#include <optional>

namespace duibiao::report {

// One category's bars: its weighted score and its 达标率, both in percent.
struct CategoryBar
{
    QString label;
    std::optional<double> score;
    std::optional<double> metRate;
};

// Draws the category chart of the self-evaluation report as a bar chart with QPainter, at
// a resolution fit for print (about 300 dpi at the width the report gives it).
QImage drawCategoryChart(const QVector<CategoryBar>& bars, const QString& fontFamily,
                         const QString& scoreLegend, const QString& metRateLegend);

} // namespace duibiao::report
