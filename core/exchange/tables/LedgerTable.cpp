#include "exchange/tables/TableBuilders.h"

#include "analysis/Analysis.h"
#include "analysis/LedgerOrder.h"
#include "analysis/Overdue.h"
#include "report/ReportText.h"

#include <QHash>

namespace duibiao::tables {

using report::say;

// 整改台账: every rectification item, phase by phase and then by the date it is due, in
// the order of the printed ledger.
DataTable ledgerTable(const AnalysisInput& input, const Analysis& analysis, Language language)
{
    const auto t = [language](const char* zh, const char* en) {
        return say(language, zh, en);
    };
    DataTable table = makeTable(QStringLiteral("ledger"), t("整改台账", "Rectification ledger"),
                                {{t("序号", "No."), 6},
                                 {t("对应要求", "Requirements"), 10},
                                 {t("整改措施", "Measure"), 50},
                                 {t("责任单位", "Responsible unit"), 22},
                                 {t("责任人", "Person"), 10},
                                 {t("阶段", "Phase"), 6},
                                 {t("完成时限", "Due"), 12, ColumnFormat::Date},
                                 {t("状态", "Status"), 9},
                                 {t("进度", "Progress"), 8, ColumnFormat::Percent},
                                 {t("是否逾期", "Overdue"), 9},
                                 {t("完成情况", "Completion note"), 40}});

    const PhasePlan& phases = input.assessment.phases;
    QHash<qint64, QString> unitNames;
    for (const Unit& unit : input.units)
        unitNames.insert(unit.id, unit.name);
    const QVector<const RectificationItem*> items = ledgerOrder(input.items, phases);

    int number = 0;
    for (const RectificationItem* item : items) {
        const QDate due = effectiveDeadline(*item, phases);
        const bool overdue = isOverdue(*item, phases, analysis.today);
        table.rows.append(
            {++number, item->requirementCodes.join(QStringLiteral(", ")), item->measure,
             item->responsibleUnitId ? QVariant(unitNames.value(*item->responsibleUnitId))
                                     : QVariant(),
             item->responsiblePerson.isEmpty() ? QVariant() : QVariant(item->responsiblePerson),
             item->phase, due.isValid() ? QVariant(due) : QVariant(),
             report::statusLabel(item->status, language), item->progress / 100.0,
             overdue ? t("是", "yes") : t("否", "no"),
             item->completionNote.isEmpty() ? QVariant() : QVariant(item->completionNote)});
    }
    return table;
}

} // namespace duibiao::tables
