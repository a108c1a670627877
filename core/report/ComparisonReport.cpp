#include "report/ReportSections.h"
#include "report/ReportText.h"

namespace duibiao::report {

namespace {

// Institutions per matrix table: more would squeeze the cells past reading on A4.
constexpr int institutionsPerTable = 6;

QString opinionText(const ComparedInstitution& institution, const QString& code, Language language)
{
    const auto found = institution.panelOpinions.constFind(code);
    if (found == institution.panelOpinions.constEnd())
        return {};
    // A requirement's opinion is named as its scoring names ratings (通过, A…).
    const RequirementResult* result = institution.analysis.requirement(code);
    QString text = say(language, "评议：", "Panel: ") +
                   (result ? ratingLabel(found->first, result->scoring, language)
                           : ratingLabel(found->first, language));
    if (!found->second.isEmpty())
        text += say(language, "（", " (") + found->second + say(language, "）", ")");
    return text;
}

void writeSummaryTable(ReportWriter& writer, const ReportData& data)
{
    const Language language = data.language;
    const QVector<Column> columns{
        {say(language, "序号", "No."), 6, Qt::AlignHCenter},
        {say(language, "高校", "Institution"), 20, Qt::AlignLeft},
        {say(language, "达标", "Met"), 7, Qt::AlignHCenter},
        {say(language, "基本达标", "Largely met"), 9, Qt::AlignHCenter},
        {say(language, "未达标", "Not met"), 8, Qt::AlignHCenter},
        {say(language, "未评", "Unrated"), 7, Qt::AlignHCenter},
        {say(language, "达标率", "Met rate"), 9, Qt::AlignHCenter},
        // Points when the framework has a total (all compared institutions share it).
        {data.comparison.isEmpty() || !data.comparison.first().analysis.total
             ? say(language, "加权得分", "Score")
             : say(language, "得分", "Points"),
         9, Qt::AlignHCenter},
        {say(language, "评议组总体意见", "Panel's overall opinion"), 25, Qt::AlignLeft}};
    const TableId table = writer.table(columns, int(data.comparison.size()));
    for (int i = 0; i < data.comparison.size(); ++i) {
        const ComparedInstitution& institution = data.comparison.at(i);
        const ScoreTally& overall = institution.analysis.scores.overall;
        const int row = i + 1;
        writer.setCell(table, row, 0, QString::number(row));
        writer.setCell(table, row, 1,
                       institution.input.institution.name + QLatin1Char('\n') +
                           say(language, "包指纹 ", "Package ") +
                           institution.fingerprint.left(16).toUpper());
        writer.setCell(table, row, 2, QString::number(overall.met));
        writer.setCell(table, row, 3, QString::number(overall.largelyMet));
        writer.setCell(table, row, 4, QString::number(overall.notMet));
        writer.setCell(table, row, 5, QString::number(overall.unrated));
        writer.setCell(table, row, 6, formatPercent(overall.metRate()));
        writer.setCell(table, row, 7, institution.analysis.scoreText(language));
        const QString opinion = opinionText(institution, QString(), language);
        writer.setCell(table, row, 8, opinion.isEmpty() ? QStringLiteral("—") : opinion);
    }
    writer.endTable();
}

// Requirements down, up to institutionsPerTable institutions across: the self-rating, the
// indicator's unit tally where there is one, and the panel's opinion.
void writeMatrix(ReportWriter& writer, const ReportData& data, int first, int count)
{
    const Language language = data.language;
    const Framework& framework = data.comparison.first().input.framework;
    const double cellPercent = 72.0 / count;
    QVector<Column> columns{{say(language, "基本要求", "Requirement"), 28, Qt::AlignLeft}};
    for (int i = first; i < first + count; ++i)
        columns.append({data.comparison.at(i).input.institution.name, cellPercent, Qt::AlignLeft});
    const QVector<const Requirement*> requirements = framework.requirements();
    const TableId table = writer.table(columns, int(requirements.size()));
    for (int r = 0; r < requirements.size(); ++r) {
        const Requirement& requirement = *requirements.at(r);
        const int row = r + 1;
        writer.setCell(table, row, 0,
                       requirement.code + QLatin1Char(' ') + requirement.title.in(language));
        for (int i = 0; i < count; ++i) {
            const ComparedInstitution& institution = data.comparison.at(first + i);
            const RequirementResult* result = institution.analysis.requirement(requirement.code);
            if (!result) {
                writer.setCell(table, row, i + 1, QStringLiteral("—"));
                continue;
            }
            QStringList lines{result->ratingText(language)};
            if (result->indicator) {
                lines.append(QStringLiteral("%1/%2 %3")
                                 .arg(result->indicator->unitsPassing)
                                 .arg(result->indicator->unitsInScope)
                                 .arg(say(language, "单位达标", "units pass")));
            }
            const QString opinion = opinionText(institution, requirement.code, language);
            if (!opinion.isEmpty())
                lines.append(opinion);
            writer.setCell(table, row, i + 1, lines.join(QLatin1Char('\n')));
        }
    }
    writer.endTable();
}

} // namespace

Status writeComparisonReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress)
{
    const Language language = data.language;
    writeReportHeader(writer, data);
    if (data.comparison.isEmpty()) {
        writer.paragraph(say(language, "评议组尚未收到任何高校的自评材料包。",
                             "The panel has received no institution's package yet."));
        return {};
    }
    writer.paragraph(
        language == Language::Chinese
            ? QStringLiteral("本表对照%1项基本要求，比较%2所高校提交的自评结果（按加权得分"
                             "由高到低排列），并列出评议组的意见。各校自评等级与评议意见分列，"
                             "互不覆盖。")
                  .arg(data.comparison.first().input.framework.requirementCount())
                  .arg(data.comparison.size())
            : QStringLiteral("This table compares the self-evaluations of %2 institutions "
                             "against the %1 requirements (highest weighted score first) and "
                             "lists the panel's opinions, kept apart from the self-ratings.")
                  .arg(data.comparison.first().input.framework.requirementCount())
                  .arg(data.comparison.size()));
    writer.heading(1, sectionNumber(1, language) + say(language, "总体情况", "Overview"));
    writeSummaryTable(writer, data);
    if (!progress.step(1, 2))
        return cancelledError();
    writer.heading(1, sectionNumber(2, language) +
                          say(language, "逐项对比", "Requirement by requirement"));
    for (int first = 0; first < data.comparison.size(); first += institutionsPerTable) {
        const int count = qMin(institutionsPerTable, int(data.comparison.size()) - first);
        writeMatrix(writer, data, first, count);
    }
    return progress.step(2, 2) ? Status() : Status(cancelledError());
}

} // namespace duibiao::report
