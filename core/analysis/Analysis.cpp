#include "analysis/Analysis.h"

#include "analysis/Overdue.h"

#include <QHash>

namespace duibiao {

namespace {

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

QString localized(Language language, const char* zh, const char* en)
{
    return language == Language::Chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

bool isBooleanMetric(Metric metric)
{
    return metric == Metric::HasUnitRules || metric == Metric::DoubleMenu;
}

} // namespace

QString metricLabel(Metric metric, Language language)
{
    switch (metric) {
    case Metric::ParticipationRate:
        return localized(language, "老同志参与比例", "participation rate");
    case Metric::CoreWorkerRate:
        return localized(language, "工作骨干比例", "core worker rate");
    case Metric::HearingsPerYear:
        return localized(language, "党(工)委听取汇报次数", "report hearings per year");
    case Metric::TrainingsPerYear:
        return localized(language, "骨干培训次数", "trainings per year");
    case Metric::HasUnitRules:
        return localized(language, "二级关工委工作制度", "unit rules");
    case Metric::DoubleMenu:
        return localized(language, "“双菜单”", "double menu");
    case Metric::PlatformCount:
        return localized(language, "工作平台数", "platforms");
    case Metric::DualLeaderShare:
        return localized(language, "“双组长制”平台比例", "platforms with both leaders");
    }
    return {};
}

QString formatTarget(const IndicatorRule& rule, Language language)
{
    if (isBooleanMetric(rule.metric))
        return localized(language, "具备", "in place");
    const QString value =
        isRateMetric(rule.metric) ? percent(rule.target) : QString::number(rule.target);
    return comparisonSymbol(rule.comparison)
               .replace(QStringLiteral(">="), QStringLiteral("≥"))
               .replace(QStringLiteral("<="), QStringLiteral("≤")) +
           value;
}

QString formatIndicatorValue(const IndicatorRule& rule, const UnitIndicatorValue& value,
                             Language language)
{
    using Outcome = UnitIndicatorValue::Outcome;
    if (value.outcome == Outcome::NoFigures)
        return localized(language, "未填报数据", "no figures");
    if (isRateMetric(rule.metric)) {
        if (!value.value) {
            return rule.metric == Metric::DualLeaderShare
                       ? localized(language, "无平台", "no platforms")
                       : localized(language, "无符合条件的老同志", "no eligible staff");
        }
        return QStringLiteral("%1 (%2/%3)")
            .arg(percent(*value.value))
            .arg(value.numerator.value_or(0))
            .arg(value.denominator.value_or(0));
    }
    if (!value.value)
        return QStringLiteral("—");
    if (isBooleanMetric(rule.metric))
        return *value.value > 0 ? localized(language, "是", "yes")
                                : localized(language, "否", "no");
    return QString::number(*value.value);
}

QString describeShortfall(const IndicatorResult& result, Language language)
{
    const QVector<UnitIndicatorValue> failing = result.shortfalls();
    const QString metric = metricLabel(result.rule.metric, language);
    const QString target = formatTarget(result.rule, language);
    if (!result.suggestion) {
        return language == Language::Chinese
                   ? QStringLiteral("尚无可用于计算%1的单位数据。").arg(metric)
                   : QStringLiteral("No unit figures to compute the %1 from yet.").arg(metric);
    }
    if (failing.isEmpty())
        return {};
    QStringList parts;
    for (const UnitIndicatorValue& unit : failing)
        parts.append(QStringLiteral("%1 %2").arg(
            unit.unitName, formatIndicatorValue(result.rule, unit, language)));
    QString overall;
    if (result.institutionFigure && isRateMetric(result.rule.metric)) {
        overall =
            language == Language::Chinese
                ? QStringLiteral("全校合计 %1;").arg(percent(*result.institutionFigure))
                : QStringLiteral("institution-wide %1; ").arg(percent(*result.institutionFigure));
    }
    if (language == Language::Chinese) {
        return QStringLiteral("%1目标%2,%3个单位未达到:%4。")
            .arg(metric, target, overall + QString::number(failing.size()),
                 parts.join(QStringLiteral("、")));
    }
    return QStringLiteral("%1 target %2; %3%4 unit(s) fall short: %5.")
        .arg(metric, target, overall)
        .arg(failing.size())
        .arg(parts.join(QStringLiteral(", ")));
}

QVector<const RequirementResult*> Analysis::gaps() const
{
    QVector<const RequirementResult*> result;
    for (const RequirementResult& requirement : requirements) {
        if (requirement.isGap())
            result.append(&requirement);
    }
    return result;
}

QVector<const RequirementResult*> Analysis::vetoItems() const
{
    QVector<const RequirementResult*> result;
    for (const RequirementResult& requirement : requirements) {
        if (requirement.veto)
            result.append(&requirement);
    }
    return result;
}

QString Analysis::scoreText(Language language) const
{
    return duibiao::scoreText(scores.overall, total, language);
}

QString Analysis::categoryScoreText(const ScoreTally& tally, Language language) const
{
    return duibiao::scoreText(tally, total ? std::optional<double>(tally.weightSum) : std::nullopt,
                              language);
}

const RequirementResult* Analysis::requirement(const QString& code) const
{
    for (const RequirementResult& requirement : requirements) {
        if (requirement.code == code)
            return &requirement;
    }
    return nullptr;
}

Analysis analyze(const AnalysisInput& input, QDate today, Language language)
{
    Analysis analysis;
    analysis.today = today;
    const PhasePlan& phases = input.assessment.phases;
    analysis.currentPhase = currentPhase(phases, today);

    QHash<QString, const RequirementAssessment*> ratingByCode;
    QHash<QString, Rating> ratings;
    for (const RequirementAssessment& rating : input.ratings) {
        ratingByCode.insert(rating.requirementCode, &rating);
        ratings.insert(rating.requirementCode, rating.rating);
    }
    QHash<QString, QVector<LinkedItem>> itemsByCode;
    QStringList overdueLate;
    for (const RectificationItem& item : input.items) {
        const bool overdue = isOverdue(item, phases, today);
        if (item.isOpen())
            ++analysis.openItems;
        if (overdue)
            ++analysis.overdueItems;
        const LinkedItem linked{
            item.id, item.measure, item.status, item.phase, effectiveDeadline(item, phases),
            overdue};
        for (const QString& code : item.requirementCodes)
            itemsByCode[code].append(linked);
        if (overdue && item.phase >= 3) {
            overdueLate.append(
                language == Language::Chinese
                    ? QStringLiteral("第%1阶段整改事项 #%2“%3”已逾期(截止 %4)。")
                          .arg(item.phase)
                          .arg(item.id)
                          .arg(item.measure, linked.due.toString(Qt::ISODate))
                    : QStringLiteral("Phase %1 rectification item #%2 “%3” is overdue (due %4).")
                          .arg(item.phase)
                          .arg(item.id)
                          .arg(item.measure, linked.due.toString(Qt::ISODate)));
        }
    }

    QStringList notReady;
    QStringList vetoFailed;
    for (const Requirement* requirement : input.framework.requirements()) {
        RequirementResult result;
        result.code = requirement->code;
        result.categoryCode = requirement->categoryCode;
        result.number = requirement->number;
        result.title = requirement->title.in(language);
        result.weight = requirement->weight;
        result.scoring = requirement->scoring;
        result.veto = requirement->veto;
        if (const RequirementAssessment* rated = ratingByCode.value(requirement->code)) {
            result.rating = rated->rating;
            result.overrideReason = rated->overrideReason;
            result.ratingBeforeRectification = rated->ratingBeforeRectification;
            result.gap = rated->gapText.trimmed();
        }
        if (requirement->rule) {
            result.indicator =
                evaluateIndicator(*requirement->rule, input.units, input.figures, input.platforms);
            if (result.indicator->suggestion)
                result.suggestion =
                    ratingForScoring(*result.indicator->suggestion, requirement->scoring);
        }
        result.score = requirementScore(result.rating, result.weight);
        result.evidenceCount = input.evidenceCount.value(requirement->code);
        result.items = itemsByCode.value(requirement->code);
        if (!result.isGap()) {
            result.gap.clear();
        } else if (result.gap.isEmpty()) {
            if (result.indicator)
                result.gap = describeShortfall(*result.indicator, language);
            if (result.gap.isEmpty() && result.rating == Rating::Unrated)
                result.gap = localized(language, "尚未评定。", "Not rated yet.");
        }
        if (result.isGap()) {
            notReady.append(
                language == Language::Chinese
                    ? QStringLiteral("%1 %2:%3。")
                          .arg(result.code, result.title, result.ratingText(language))
                    : QStringLiteral("%1 %2: %3.")
                          .arg(result.code, result.title, result.ratingText(language).toLower()));
        }
        if (result.vetoFails()) {
            const bool unrated = result.rating == Rating::Unrated;
            vetoFailed.append(language == Language::Chinese
                                  ? QStringLiteral("一票否决项 %1 %2。")
                                        .arg(result.code, unrated ? QStringLiteral("未评定")
                                                                  : QStringLiteral("未达标"))
                                  : QStringLiteral("Veto item %1 is %2.")
                                        .arg(result.code, unrated ? QStringLiteral("not rated")
                                                                  : QStringLiteral("not met")));
        }
        analysis.requirements.append(result);
    }
    analysis.scores = computeScores(input.framework, ratings);
    analysis.total = input.framework.total;
    analysis.passMark = input.framework.passMark;
    if (analysis.passMark) {
        // With a pass mark the score decides, not every single requirement.
        notReady.clear();
        const std::optional<double> score =
            scoreForPassMark(analysis.scores.overall, analysis.total);
        // The same tolerance as the format's comparisons, so rounding cannot flip it.
        if (!score || *score < *analysis.passMark - 1e-9) {
            const QString number = QString::number(*analysis.passMark, 'g', 12);
            const QString mark = !analysis.total ? number + QLatin1Char('%')
                                 : language == Language::Chinese
                                     ? number + QStringLiteral(" 分")
                                     : number + QStringLiteral(" points");
            notReady.append(language == Language::Chinese
                                ? QStringLiteral("得分 %1 低于合格线 %2。")
                                      .arg(analysis.scoreText(language), mark)
                                : QStringLiteral("The score %1 is below the pass mark %2.")
                                      .arg(analysis.scoreText(language), mark));
        }
    }
    analysis.readiness.reasons = vetoFailed + notReady + overdueLate;
    analysis.readiness.ready = analysis.readiness.reasons.isEmpty();
    return analysis;
}

} // namespace duibiao
