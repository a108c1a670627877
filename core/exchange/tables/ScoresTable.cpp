#include "exchange/tables/TableBuilders.h"

#include "analysis/Analysis.h"
#include "report/ReportText.h"

namespace duibiao::tables {

using report::say;

// 评分表: one row per requirement in framework order, then the 合计 row with the points
// earned against the most that could be earned (not applicable requirements left out),
// the totals the self-evaluation report's score table shows.
DataTable scoresTable(const AnalysisInput& input, const Analysis& analysis, Language language)
{
    const auto t = [language](const char* zh, const char* en) {
        return say(language, zh, en);
    };
    DataTable table = makeTable(QStringLiteral("scores"), t("评分表", "Scores"),
                                {{t("类别", "Category"), 22},
                                 {t("序号", "No."), 6},
                                 {t("编号", "Code"), 7},
                                 {t("要求", "Requirement"), 48},
                                 {t("权重", "Weight"), 7},
                                 {t("自评等级", "Rating"), 11},
                                 {t("系统建议", "Suggested"), 11},
                                 {t("得分", "Score"), 7, ColumnFormat::Decimal},
                                 {t("佐证数", "Evidence"), 8},
                                 {t("差距", "Gap"), 48},
                                 {t("整改事项数", "Rectification items"), 11}});

    int evidence = 0;
    int items = 0;
    for (const RequirementResult& result : analysis.requirements) {
        const Category* category = input.framework.category(result.categoryCode);
        table.rows.append(
            {category ? category->title.in(language) : result.categoryCode, result.number,
             result.code, result.title, result.weight, result.ratingText(language),
             result.suggestion ? QVariant(ratingLabel(*result.suggestion, result.scoring, language))
                               : QVariant(),
             optionalCell(result.score), result.evidenceCount,
             result.gap.isEmpty() ? QVariant() : QVariant(result.gap), int(result.items.size())});
        evidence += result.evidenceCount;
        items += int(result.items.size());
    }

    const ScoreTally& overall = analysis.scores.overall;
    const QString summary =
        t("满分（不计不适用项）%1，得分%2，加权得分%3", "Out of %1 (not applicable left out), "
                                                        "%2 earned: weighted score %3")
            .arg(overall.possible)
            .arg(overall.earned, 0, 'f', 1)
            .arg(analysis.scoreText(language));
    table.rows.append({t("合计", "Total"), QVariant(), QVariant(), summary, overall.possible,
                       QVariant(), QVariant(), overall.earned, evidence, QVariant(), items});
    table.hasTotalRow = true;
    return table;
}

} // namespace duibiao::tables
