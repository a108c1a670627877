#include "report/ReportSections.h"
#include "report/ReportText.h"

#include <QTextTable>

namespace duibiao::report {

namespace {

// The measures shown in a gap row; the ledger lists every item.
constexpr int measuresShown = 3;

QString measuresText(const RequirementResult& result, Language language)
{
    if (result.items.isEmpty())
        return QStringLiteral("—");
    int open = 0;
    int overdue = 0;
    QStringList lines;
    for (const LinkedItem& item : result.items) {
        const bool isOpen = item.status == RectificationStatus::Planned ||
                            item.status == RectificationStatus::InProgress;
        open += isOpen ? 1 : 0;
        overdue += item.overdue ? 1 : 0;
    }
    // Open items first: they are what the gap list is for.
    QVector<const LinkedItem*> ordered;
    for (const LinkedItem& item : result.items) {
        if (item.status == RectificationStatus::Planned ||
            item.status == RectificationStatus::InProgress)
            ordered.append(&item);
    }
    for (const LinkedItem& item : result.items) {
        if (item.status == RectificationStatus::Done ||
            item.status == RectificationStatus::Verified)
            ordered.append(&item);
    }
    for (int i = 0; i < ordered.size() && i < measuresShown; ++i) {
        const LinkedItem& item = *ordered.at(i);
        QString line = QStringLiteral("#%1 %2（%3，%4）")
                           .arg(item.id)
                           .arg(item.measure, statusLabel(item.status, language),
                                item.due.toString(Qt::ISODate));
        if (language == Language::English)
            line = QStringLiteral("#%1 %2 (%3, due %4)")
                       .arg(item.id)
                       .arg(item.measure, statusLabel(item.status, language).toLower(),
                            item.due.toString(Qt::ISODate));
        if (item.overdue)
            line += say(language, "【逾期】", " [overdue]");
        lines.append(line);
    }
    lines.append(language == Language::Chinese ? QStringLiteral("共%1项，未完成%2项，逾期%3项。")
                                                     .arg(result.items.size())
                                                     .arg(open)
                                                     .arg(overdue)
                                               : QStringLiteral("%1 in all, %2 open, %3 overdue.")
                                                     .arg(result.items.size())
                                                     .arg(open)
                                                     .arg(overdue));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Status writeGapsReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress)
{
    const Language language = data.language;
    writeReportHeader(writer, data);
    const ScoreTally& overall = data.analysis.scores.overall;
    const QVector<const RequirementResult*> gaps = data.analysis.gaps();
    writer.paragraph(
        language == Language::Chinese
            ? QStringLiteral("对照%1项基本要求逐项对标，达标%2项，存在差距%3项（基本达标%4项、"
                             "%5未达标%6项、未评%7项）。达标率%8，%9%10。")
                  .arg(overall.total())
                  .arg(overall.met)
                  .arg(gaps.size())
                  .arg(overall.largelyMet)
                  .arg(overall.partlyMet > 0
                           ? QStringLiteral("部分达标%1项、").arg(overall.partlyMet)
                           : QString())
                  .arg(overall.notMet)
                  .arg(overall.unrated)
                  .arg(formatPercent(overall.metRate()),
                       data.analysis.total ? QStringLiteral("得分") : QStringLiteral("加权得分"),
                       data.analysis.scoreText(language))
            : QStringLiteral("All %1 basic requirements compared: %2 met, %3 with a gap (%4 "
                             "largely met, %5%6 not met, %7 unrated). Met rate %8, %9 %10.")
                  .arg(overall.total())
                  .arg(overall.met)
                  .arg(gaps.size())
                  .arg(overall.largelyMet)
                  .arg(overall.partlyMet > 0
                           ? QStringLiteral("%1 partly met, ").arg(overall.partlyMet)
                           : QString())
                  .arg(overall.notMet)
                  .arg(overall.unrated)
                  .arg(formatPercent(overall.metRate()),
                       data.analysis.total ? QStringLiteral("score")
                                           : QStringLiteral("weighted score"),
                       data.analysis.scoreText(language)));

    const Framework& framework = data.input.framework;
    const int rows = framework.requirementCount() + int(framework.categories.size());
    const TableId table =
        writer.table({{say(language, "序号", "No."), 7, Qt::AlignHCenter},
                      {say(language, "基本要求", "Basic requirement"), 29, Qt::AlignLeft},
                      {say(language, "评定", "Rating"), 11, Qt::AlignHCenter},
                      {say(language, "差距与不足", "Gap"), 29, Qt::AlignLeft},
                      {say(language, "整改措施", "Rectification"), 24, Qt::AlignLeft}},
                     rows);
    QHash<QString, const RequirementResult*> results;
    for (const RequirementResult& result : data.analysis.requirements)
        results.insert(result.code, &result);
    const QTextCharFormat gapFormat = writer.style().emphasis(QColor(0xb0, 0x00, 0x00));
    int row = 1;
    int done = 0;
    for (const Category& category : framework.categories) {
        writer.setSpanningRow(
            table, row++, QStringLiteral("%1 %2").arg(category.code, category.title.in(language)));
        for (const Requirement& requirement : category.requirements) {
            const RequirementResult* result = results.value(requirement.code);
            writer.setCell(table, row, 0, QString::number(requirement.number));
            writer.setCell(
                table, row, 1,
                QStringLiteral("%1 %2").arg(requirement.code, requirement.title.in(language)));
            if (result) {
                QString rating = result->ratingText(language);
                if (result->isOverridden() && result->suggestion)
                    rating += say(language, "\n（建议：%1）", "\n(suggested: %1)")
                                  .arg(ratingLabel(*result->suggestion, result->scoring, language));
                writer.setCell(table, row, 2, rating,
                               result->isGap() ? gapFormat : writer.style().table());
                writer.setCell(table, row, 3,
                               result->gap.isEmpty() ? QStringLiteral("—") : result->gap);
                writer.setCell(table, row, 4, measuresText(*result, language));
            }
            ++row;
            if (!progress.step(++done, framework.requirementCount()))
                return cancelledError();
        }
    }
    writer.endTable();
    writer.note(say(language, "注：整改措施栏列出前%1项，全部事项见整改台账。",
                    "Note: the rectification column shows up to %1 items; the rectification "
                    "ledger lists them all.")
                    .arg(measuresShown));
    return {};
}

} // namespace duibiao::report
