#include "report/ReportSections.h"
#include "report/ReportText.h"

#include "analysis/LedgerOrder.h"
#include "analysis/Overdue.h"

#include <QTextTable>

namespace duibiao::report {

Status writeLedgerReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress)
{
    const Language language = data.language;
    writeReportHeader(writer, data);
    const PhasePlan& phases = data.input.assessment.phases;
    const QVector<const RectificationItem*> items = ledgerOrder(data.input.items, phases);
    writer.paragraph(language == Language::Chinese
                         ? QStringLiteral("整改事项共%1项，其中尚未完成%2项，逾期%3项。")
                               .arg(items.size())
                               .arg(data.analysis.openItems)
                               .arg(data.analysis.overdueItems)
                         : QStringLiteral("%1 rectification items, %2 still open, %3 overdue.")
                               .arg(items.size())
                               .arg(data.analysis.openItems)
                               .arg(data.analysis.overdueItems));

    const TableId table =
        writer.table({{say(language, "编号", "No."), 5, Qt::AlignHCenter},
                      {say(language, "对应要求", "Req."), 6, Qt::AlignHCenter},
                      {say(language, "整改措施", "Measure"), 25, Qt::AlignLeft},
                      {say(language, "阶段", "Phase"), 5, Qt::AlignHCenter},
                      {say(language, "责任单位", "Responsible unit"), 12, Qt::AlignLeft},
                      {say(language, "责任人", "Person"), 7, Qt::AlignHCenter},
                      {say(language, "完成时限", "Due"), 11, Qt::AlignHCenter},
                      {say(language, "状态", "Status"), 8, Qt::AlignHCenter},
                      {say(language, "进度", "Progress"), 6, Qt::AlignHCenter},
                      {say(language, "完成情况", "Completion note"), 15, Qt::AlignLeft}},
                     int(items.size()));
    const QTextCharFormat late = writer.style().emphasis(QColor(0xb0, 0x00, 0x00));
    for (int i = 0; i < items.size(); ++i) {
        const RectificationItem& item = *items.at(i);
        const int row = i + 1;
        const bool overdue = isOverdue(item, phases, data.analysis.today);
        writer.setCell(table, row, 0, QStringLiteral("#%1").arg(item.id));
        writer.setCell(table, row, 1, item.requirementCodes.join(QStringLiteral(", ")));
        writer.setCell(table, row, 2, item.measure);
        writer.setCell(table, row, 3, QString::number(item.phase));
        writer.setCell(table, row, 4, data.unitName(item.responsibleUnitId));
        writer.setCell(table, row, 5, item.responsiblePerson);
        const QString due = effectiveDeadline(item, phases).toString(Qt::ISODate);
        if (overdue)
            writer.setCell(table, row, 6, due + say(language, "\n逾期", "\noverdue"), late);
        else
            writer.setCell(table, row, 6, due);
        writer.setCell(table, row, 7, statusLabel(item.status, language));
        writer.setCell(table, row, 8, QStringLiteral("%1%").arg(item.progress));
        writer.setCell(table, row, 9, item.completionNote);
        if (i % 50 == 0 && !progress.step(i, items.size() + 1))
            return cancelledError();
    }
    writer.endTable();
    writer.heading(2, say(language, "按阶段和状态汇总", "By phase and status"), false);
    writeRectificationSummary(writer, data);
    if (!progress.step(1, 1))
        return cancelledError();
    return {};
}

} // namespace duibiao::report
