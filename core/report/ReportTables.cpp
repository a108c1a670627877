#include "report/ReportSections.h"
#include "report/ReportText.h"

#include "analysis/Overdue.h"

#include <QTextTable>

#include <array>

namespace duibiao::report {

Error cancelledError()
{
    return Error::user(QStringLiteral("The report was cancelled."));
}

QString scopeLabel(Scope scope, Language language)
{
    switch (scope) {
    case Scope::SchoolUnit:
        return say(language, "校关工委", "school committee");
    case Scope::SecondaryUnits:
        return say(language, "各二级关工委", "every secondary committee");
    case Scope::AllUnits:
        return say(language, "全部单位", "every unit");
    }
    return {};
}

void writeReportHeader(ReportWriter& writer, const ReportData& data)
{
    const Language language = data.language;
    writer.title(reportKindTitle(data.options.kind, language));
    QString line = data.input.institution.name;
    if (!data.input.assessment.title.isEmpty())
        line += QStringLiteral(" · ") + data.input.assessment.title;
    writer.centered(line, writer.style().subtitle());
    writer.centered(say(language, "截至", "As of ") + formatDate(data.date, language),
                    writer.style().note());
}

void writeRectificationSummary(ReportWriter& writer, const ReportData& data)
{
    const Language language = data.language;
    constexpr std::array statuses{RectificationStatus::Planned, RectificationStatus::InProgress,
                                  RectificationStatus::Done, RectificationStatus::Verified};
    QVector<Column> columns{{say(language, "阶段", "Phase"), 30, Qt::AlignLeft}};
    for (RectificationStatus status : statuses)
        columns.append({statusLabel(status, language), 12, Qt::AlignHCenter});
    columns.append({say(language, "合计", "Total"), 10, Qt::AlignHCenter});
    columns.append({say(language, "其中逾期", "Overdue"), 12, Qt::AlignHCenter});

    // counts[phase][status]; phase 0 collects items with a phase out of range.
    int counts[5][4] = {};
    int overdue[5] = {};
    for (const RectificationItem& item : data.input.items) {
        const int phase = item.phase >= 1 && item.phase <= 4 ? item.phase : 0;
        ++counts[phase][int(item.status)];
        if (isOverdue(item, data.input.assessment.phases, data.analysis.today))
            ++overdue[phase];
    }
    const TableId table = writer.table(columns, 5);
    int totals[4] = {};
    int totalOverdue = 0;
    for (int phase = 1; phase <= 4; ++phase) {
        writer.setCell(table, phase, 0,
                       say(language, "第%1阶段：", "Phase %1: ").arg(phase) +
                           phaseName(phase, language));
        int sum = 0;
        for (int s = 0; s < 4; ++s) {
            writer.setCell(table, phase, s + 1, QString::number(counts[phase][s]));
            sum += counts[phase][s];
            totals[s] += counts[phase][s];
        }
        writer.setCell(table, phase, 5, QString::number(sum));
        writer.setCell(table, phase, 6, QString::number(overdue[phase]));
        totalOverdue += overdue[phase];
    }
    writer.setCell(table, 5, 0, say(language, "合计", "Total"), writer.style().tableHeader());
    int all = 0;
    for (int s = 0; s < 4; ++s) {
        writer.setCell(table, 5, s + 1, QString::number(totals[s]), writer.style().tableHeader());
        all += totals[s];
    }
    writer.setCell(table, 5, 5, QString::number(all), writer.style().tableHeader());
    writer.setCell(table, 5, 6, QString::number(totalOverdue), writer.style().tableHeader());
    writer.endTable();
}

void writeIndicatorSummary(ReportWriter& writer, const ReportData& data)
{
    const Language language = data.language;
    const QVector<const RequirementResult*> indicators = data.indicators();
    const TableId table =
        writer.table({{say(language, "要求", "Req."), 7, Qt::AlignHCenter},
                      {say(language, "指标", "Indicator"), 21, Qt::AlignLeft},
                      {say(language, "目标", "Target"), 11, Qt::AlignHCenter},
                      {say(language, "范围", "Scope"), 15, Qt::AlignLeft},
                      {say(language, "达标单位", "Units met"), 10, Qt::AlignHCenter},
                      {say(language, "全校合计", "Institution"), 12, Qt::AlignHCenter},
                      {say(language, "建议评定", "Suggested"), 12, Qt::AlignHCenter},
                      {say(language, "评定结果", "Rating"), 12, Qt::AlignHCenter}},
                     int(indicators.size()));
    for (int i = 0; i < indicators.size(); ++i) {
        const RequirementResult& requirement = *indicators.at(i);
        const IndicatorResult& result = *requirement.indicator;
        const int row = i + 1;
        writer.setCell(table, row, 0, requirement.code);
        writer.setCell(table, row, 1, metricLabel(result.rule.metric, language));
        writer.setCell(table, row, 2, formatTarget(result.rule, language));
        writer.setCell(table, row, 3, scopeLabel(result.rule.scope, language));
        writer.setCell(table, row, 4,
                       QStringLiteral("%1/%2").arg(result.unitsPassing).arg(result.unitsInScope));
        // A pooled rate for rates, else the share of units that meet the target.
        writer.setCell(table, row, 5, formatPercent(result.institutionFigure));
        writer.setCell(table, row, 6,
                       result.suggestion
                           ? ratingLabel(*result.suggestion, requirement.scoring, language)
                           : QStringLiteral("—"));
        writer.setCell(table, row, 7, requirement.ratingText(language));
    }
    writer.endTable();
}

void writeIndicatorTable(ReportWriter& writer, const ReportData& data,
                         const RequirementResult& requirement)
{
    const Language language = data.language;
    const IndicatorResult& result = *requirement.indicator;
    const TableId table =
        writer.table({{say(language, "序号", "No."), 8, Qt::AlignHCenter},
                      {say(language, "单位", "Unit"), 40, Qt::AlignLeft},
                      {metricLabel(result.rule.metric, language), 30, Qt::AlignHCenter},
                      {say(language, "结果", "Result"), 22, Qt::AlignHCenter}},
                     int(result.units.size()));
    const QTextCharFormat failing = writer.style().emphasis(QColor(0xb0, 0x00, 0x00));
    for (int i = 0; i < result.units.size(); ++i) {
        const UnitIndicatorValue& unit = result.units.at(i);
        const int row = i + 1;
        writer.setCell(table, row, 0, QString::number(i + 1));
        writer.setCell(table, row, 1, unit.unitName);
        writer.setCell(table, row, 2, formatIndicatorValue(result.rule, unit, language));
        switch (unit.outcome) {
        case UnitIndicatorValue::Outcome::Passes:
            writer.setCell(table, row, 3, passMark(true, language));
            break;
        case UnitIndicatorValue::Outcome::Fails:
        case UnitIndicatorValue::Outcome::NoFigures:
            writer.setCell(table, row, 3, passMark(false, language), failing);
            break;
        case UnitIndicatorValue::Outcome::Excluded:
            writer.setCell(table, row, 3, say(language, "— 不计", "— excluded"));
            break;
        }
    }
    writer.endTable();
}

} // namespace duibiao::report
