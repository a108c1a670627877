#include "report/ReportSections.h"
#include "report/ReportText.h"

#include <QTextTable>

namespace duibiao::report {

Status writeUnitsReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress)
{
    const Language language = data.language;
    writeReportHeader(writer, data);
    const QVector<const RequirementResult*> indicators = data.indicators();
    writer.paragraph(language == Language::Chinese
                         ? QStringLiteral("依据各单位填报的%1年度数据，%2个单位在%3项指标上的达成"
                                          "情况如下（✓ 达标，✗ 未达标，— 不在该指标范围内）。")
                               .arg(data.input.assessment.year)
                               .arg(data.input.units.size())
                               .arg(indicators.size())
                         : QStringLiteral("From the units’ figures for %1: %2 units against %3 "
                                          "indicators (✓ met, ✗ not met, — outside the "
                                          "indicator’s scope).")
                               .arg(data.input.assessment.year)
                               .arg(data.input.units.size())
                               .arg(indicators.size()));

    // Units down, indicators across; the unit column takes what the indicators leave.
    const double indicatorPercent = indicators.isEmpty() ? 0 : qMin(9.0, 84.0 / indicators.size());
    QVector<Column> columns{
        {say(language, "单位", "Unit"), 100 - indicatorPercent * indicators.size(), Qt::AlignLeft}};
    for (const RequirementResult* requirement : indicators) {
        columns.append(
            {QStringLiteral("%1\n%2").arg(
                 requirement->code, metricLabel(requirement->indicator->rule.metric, language)),
             indicatorPercent, Qt::AlignHCenter});
    }
    const TableId table = writer.table(columns, int(data.input.units.size()));
    const QTextCharFormat failing = writer.style().emphasis(QColor(0xb0, 0x00, 0x00));
    // Each indicator's values by unit id.
    QVector<QHash<qint64, const UnitIndicatorValue*>> values(indicators.size());
    for (int c = 0; c < indicators.size(); ++c) {
        for (const UnitIndicatorValue& value : indicators.at(c)->indicator->units)
            values[c].insert(value.unitId, &value);
    }
    for (int r = 0; r < data.input.units.size(); ++r) {
        const Unit& unit = data.input.units.at(r);
        const int row = r + 1;
        writer.setCell(table, row, 0, unit.name);
        for (int c = 0; c < indicators.size(); ++c) {
            const UnitIndicatorValue* value = values.at(c).value(unit.id);
            if (!value) {
                writer.setCell(table, row, c + 1, QStringLiteral("—"));
                continue;
            }
            const IndicatorRule& rule = indicators.at(c)->indicator->rule;
            const QString text = formatIndicatorValue(rule, *value, language);
            switch (value->outcome) {
            case UnitIndicatorValue::Outcome::Passes:
                writer.setCell(table, row, c + 1, text + QStringLiteral("\n✓"));
                break;
            case UnitIndicatorValue::Outcome::Fails:
            case UnitIndicatorValue::Outcome::NoFigures:
                writer.setCell(table, row, c + 1, text + QStringLiteral("\n✗"), failing);
                break;
            case UnitIndicatorValue::Outcome::Excluded:
                writer.setCell(table, row, c + 1, text);
                break;
            }
        }
        if (r % 10 == 0 && !progress.step(r, data.input.units.size() + 1))
            return cancelledError();
    }
    writer.endTable();

    writer.heading(2, say(language, "指标汇总", "Indicators"), false);
    writeIndicatorSummary(writer, data);
    for (const RequirementResult* requirement : indicators) {
        if (!requirement->gap.isEmpty() && requirement->indicator)
            writer.note(requirement->code + say(language, "：", ": ") + requirement->gap);
    }
    if (!progress.step(1, 1))
        return cancelledError();
    return {};
}

} // namespace duibiao::report
