#include "exchange/tables/TableBuilders.h"

#include "analysis/Analysis.h"
#include "report/ReportText.h"

#include <QHash>

namespace duibiao::tables {

using report::say;

namespace {

struct PlatformCounts
{
    int all = 0;
    int withBothLeaders = 0;
};

// A share, or none when there is nothing to divide by.
std::optional<double> share(int part, int whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

// The indicator cell of a unit: a word a spreadsheet filter can pick, empty when the unit
// is outside the indicator's scope.
QVariant outcomeCell(const UnitIndicatorValue* value, Language language)
{
    if (!value)
        return {};
    switch (value->outcome) {
    case UnitIndicatorValue::Outcome::Passes:
        return say(language, "达标", "Met");
    case UnitIndicatorValue::Outcome::Fails:
        return say(language, "未达标", "Not met");
    case UnitIndicatorValue::Outcome::NoFigures:
        return say(language, "未填报", "No figures");
    case UnitIndicatorValue::Outcome::Excluded:
        return say(language, "不计", "Excluded");
    }
    return {};
}

} // namespace

// 单位指标: one row per unit with its figures of the assessment year and platform counts,
// then one column per indicator requirement saying whether the unit meets it.
DataTable unitsTable(const AnalysisInput& input, const Analysis& analysis, Language language)
{
    const auto t = [language](const char* zh, const char* en) {
        return say(language, zh, en);
    };
    const QString yes = t("是", "yes");
    const QString no = t("否", "no");
    QVector<ColumnSpec> columns{{t("单位", "Unit"), 26},
                                {t("类型", "Kind"), 12},
                                {t("年度", "Year"), 7},
                                {t("应参与人数", "Eligible"), 11},
                                {t("参与人数", "Participants"), 10},
                                {t("参与率", "Participation rate"), 9, ColumnFormat::Percent},
                                {t("骨干人数", "Core workers"), 10},
                                {t("骨干比例", "Core worker rate"), 10, ColumnFormat::Percent},
                                {t("平台数", "Platforms"), 8},
                                {t("双负责人平台数", "Platforms with both leaders"), 14},
                                {t("听取汇报次数", "Report hearings"), 12},
                                {t("骨干培训次数", "Trainings"), 12},
                                {t("工作制度", "Unit rules"), 9},
                                {t("需求菜单", "Demand menu"), 9},
                                {t("资源菜单", "Resource menu"), 9}};
    QVector<const RequirementResult*> indicators;
    for (const RequirementResult& result : analysis.requirements) {
        if (!result.indicator)
            continue;
        indicators.append(&result);
        columns.append({QStringLiteral("%1 %2").arg(
                            result.code, metricLabel(result.indicator->rule.metric, language)),
                        16});
    }
    DataTable table = makeTable(QStringLiteral("units"), t("单位指标", "Unit indicators"), columns);

    QHash<qint64, const UnitFigures*> figuresByUnit;
    for (const UnitFigures& figures : input.figures)
        figuresByUnit.insert(figures.unitId, &figures);
    QHash<qint64, PlatformCounts> platformsByUnit;
    for (const Platform& platform : input.platforms) {
        PlatformCounts& counts = platformsByUnit[platform.unitId];
        ++counts.all;
        if (platform.hasBothLeaders())
            ++counts.withBothLeaders;
    }
    // Each indicator's outcome by unit id.
    QVector<QHash<qint64, const UnitIndicatorValue*>> outcomes(indicators.size());
    for (int i = 0; i < indicators.size(); ++i) {
        for (const UnitIndicatorValue& value : indicators.at(i)->indicator->units)
            outcomes[i].insert(value.unitId, &value);
    }

    for (const Unit& unit : input.units) {
        const UnitFigures* figures = figuresByUnit.value(unit.id);
        const PlatformCounts platforms = platformsByUnit.value(unit.id);
        QVariantList row{unit.name,
                         unit.kind == UnitKind::School ? t("校关工委", "School committee")
                                                       : t("二级关工委", "Secondary committee"),
                         input.assessment.year};
        if (figures) {
            row << figures->eligible << figures->participants
                << optionalCell(share(figures->participants, figures->eligible))
                << figures->coreWorkers
                << optionalCell(share(figures->coreWorkers, figures->eligible));
        } else {
            row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
        }
        row << platforms.all << platforms.withBothLeaders;
        if (figures) {
            row << figures->hearingsPerYear << figures->trainingsPerYear
                << (figures->hasUnitRules ? yes : no) << (figures->hasDemandMenu ? yes : no)
                << (figures->hasResourceMenu ? yes : no);
        } else {
            row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
        }
        for (int i = 0; i < indicators.size(); ++i)
            row << outcomeCell(outcomes.at(i).value(unit.id), language);
        table.rows.append(row);
    }
    return table;
}

} // namespace duibiao::tables
