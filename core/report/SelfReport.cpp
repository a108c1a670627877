#include "exchange/package/PackageManifest.h"
#include "report/CategoryChart.h"
#include "report/ReportSections.h"
#include "report/ReportText.h"

#include "storage/EvidenceRepository.h"

#include <QSet>
#include <QTextTable>

namespace duibiao::report {

namespace {

class SelfReportWriter
{
public:
    SelfReportWriter(ReportWriter& writer, const ReportData& data, ProgressRange& progress)
        : w(writer), d(data), lang(data.language), m_progress(progress),
          m_steps(data.input.framework.requirementCount() + int(data.indicators().size()))
    {}

    Status write()
    {
        const ReportOptions& options = d.options;
        if (options.includes(ReportSection::Cover))
            cover();
        if (options.includes(ReportSection::Contents)) {
            if (m_pageStarted)
                w.pageBreak();
            w.contentsPlaceholder();
            m_pageStarted = true;
        }
        if (options.includes(ReportSection::Summary))
            summary();
        if (options.includes(ReportSection::Categories)) {
            if (Status status = categories(); !status)
                return status;
        }
        if (options.includes(ReportSection::Rectification))
            rectification();
        if (options.includes(ReportSection::Units)) {
            if (Status status = units(); !status)
                return status;
        }
        if (options.includes(ReportSection::Signature))
            signature();
        if (options.includes(ReportSection::Contents))
            w.insertContents(say(lang, "目　录", "Contents"), say(lang, "页码", "Page"));
        return {};
    }

private:
    QString t(const char* zh, const char* en) const { return say(lang, zh, en); }

    // The next first-level section starts on a new page.
    void section(const QString& title)
    {
        if (m_pageStarted)
            w.pageBreak();
        m_pageStarted = true;
        w.heading(1, sectionNumber(++m_section, lang) + title);
        m_subsection = 0;
    }

    void subsection(const QString& title, bool inContents = true)
    {
        w.heading(2, subsectionNumber(m_section, ++m_subsection, lang) + title, inContents);
    }

    void cover()
    {
        const ReportStyle& style = w.style();
        const Institution& institution = d.input.institution;
        // The first block of a page gets no top margin: the room above is a block of its own.
        w.verticalSpace(72);
        w.centered(institution.name, style.title());
        w.centered(reportKindTitle(ReportKind::Self, lang), style.title(), 24);
        if (!d.input.assessment.title.isEmpty())
            w.centered(d.input.assessment.title, style.subtitle(), 16);
        const Phase& selfEvaluation = d.input.assessment.phases.at(2);
        w.centered(t("自评时间：", "Self-evaluation period: ") +
                       formatPeriod(selfEvaluation.start, selfEvaluation.end, lang),
                   style.body(), 120);
        if (!institution.committee.isEmpty())
            w.centered(t("报送单位：", "Submitted by: ") + institution.committee, style.body(), 8);
        if (!institution.region.isEmpty())
            w.centered(t("所属片区：", "Review area: ") + institution.region, style.body(), 8);
        w.centered(t("报告日期：", "Date: ") + formatDate(d.date, lang), style.body(), 8);
        // The short form a reader compares with the package (docs/formats/package.md); the
        // whole SHA-256 is printed with the signature block (on the cover it ran onto a
        // page of its own).
        if (!d.options.fingerprint.isEmpty())
            w.centered(t("包指纹：", "Package fingerprint: ") +
                           shortFingerprint(d.options.fingerprint),
                       style.body(), 8);
        const Framework& framework = d.input.framework;
        QString basis = t("评估依据：", "Standard: ") + framework.title.in(lang);
        if (!framework.version.isEmpty())
            basis += QStringLiteral(" (%1)").arg(framework.version);
        w.centered(basis, style.note(), 36);
        if (!framework.note.in(lang).isEmpty())
            w.centered(framework.note.in(lang), style.note(), 4);
        m_pageStarted = true;
    }

    void summary()
    {
        section(t("总体情况", "Overview"));
        const ScoreTally& overall = d.analysis.scores.overall;
        const Framework& framework = d.input.framework;
        if (lang == Language::Chinese) {
            // Partly met (graded items' C) is named only when there is any.
            const QString partly = overall.partlyMet > 0
                                       ? QStringLiteral("部分达标%1项，").arg(overall.partlyMet)
                                       : QString();
            w.paragraph(
                QStringLiteral("对照《%1》的%2项基本要求，逐项开展自评：达标%3项，基本达标%4项，"
                               "%5未达标%6项，不适用%7项，未评%8项。")
                    .arg(framework.title.in(lang))
                    .arg(overall.total())
                    .arg(overall.met)
                    .arg(overall.largelyMet)
                    .arg(partly)
                    .arg(overall.notMet)
                    .arg(overall.notApplicable)
                    .arg(overall.unrated));
            w.paragraph(QStringLiteral("达标率为%1（达标%2项/已评定%3项，不适用项不计），"
                                       "加权得分为%4。")
                            .arg(formatPercent(overall.metRate()))
                            .arg(overall.met)
                            .arg(overall.rated())
                            .arg(d.analysis.scoreText(lang)));
            w.paragraph(QStringLiteral("整改事项共%1项，其中尚未完成%2项，逾期%3项。")
                            .arg(d.input.items.size())
                            .arg(d.analysis.openItems)
                            .arg(d.analysis.overdueItems));
        } else {
            const QString partly = overall.partlyMet > 0
                                       ? QStringLiteral("%1 partly met, ").arg(overall.partlyMet)
                                       : QString();
            w.paragraph(QStringLiteral("Each of the %1 basic requirements of “%2” was assessed: "
                                       "%3 met, %4 largely met, %5%6 not met, %7 not applicable, "
                                       "%8 unrated.")
                            .arg(overall.total())
                            .arg(framework.title.in(lang))
                            .arg(overall.met)
                            .arg(overall.largelyMet)
                            .arg(partly)
                            .arg(overall.notMet)
                            .arg(overall.notApplicable)
                            .arg(overall.unrated));
            w.paragraph(QStringLiteral("Met rate: %1 (%2 met of %3 rated; not applicable "
                                       "excluded). Weighted score: %4.")
                            .arg(formatPercent(overall.metRate()))
                            .arg(overall.met)
                            .arg(overall.rated())
                            .arg(d.analysis.scoreText(lang)));
            w.paragraph(QStringLiteral("Rectification items: %1 in all, %2 still open, %3 overdue.")
                            .arg(d.input.items.size())
                            .arg(d.analysis.openItems)
                            .arg(d.analysis.overdueItems));
        }
        if (framework.reference && !framework.note.in(lang).isEmpty())
            w.note(framework.note.in(lang));

        subsection(t("分类得分", "Scores by category"));
        QVector<CategoryBar> bars;
        for (const CategoryScore& score : d.analysis.scores.categories) {
            const Category* category = d.category(score.code);
            bars.append({category ? category->title.in(lang) : score.code,
                         score.tally.weightedScore(),
                         score.tally.metRate() ? std::optional<double>(*score.tally.metRate() * 100)
                                               : std::nullopt});
        }
        // 560 of the 590 pixels (at 96 dpi) of the portrait text width.
        w.image(QStringLiteral("duibiao-report://chart/categories"),
                drawCategoryChart(bars, w.style().bodyFamily(), t("加权得分", "Weighted score"),
                                  t("达标率", "Met rate")),
                560);
        w.note(t("图1  各类别加权得分与达标率（%）", "Figure 1  Weighted score and met rate by "
                                                     "category (%)"));
        categoryTable();

        subsection(t("合格审定准备情况", "Readiness for approval"));
        const Readiness& readiness = d.analysis.readiness;
        vetoItems();
        if (readiness.ready && d.analysis.passMark) {
            const bool veto = !d.analysis.vetoItems().isEmpty();
            w.paragraph(t("经自评，得分%1达到合格线%2，%3第三、四阶段无逾期未完成的整改事项，"
                          "具备申请合格审定的条件。",
                          "The score %1 reaches the pass mark %2, %3no rectification item of "
                          "phase 3 or 4 is overdue: the institution is ready to apply for "
                          "approval.")
                            .arg(d.analysis.scoreText(lang),
                                 QString::number(*d.analysis.passMark, 'g', 12) +
                                     (d.analysis.total ? QString() : QStringLiteral("%")),
                                 veto ? t("一票否决项均已达标，", "every veto item is met and ")
                                      : QString()));
        } else if (readiness.ready) {
            w.paragraph(
                t("经自评，各项基本要求均已达标或不适用，第三、四阶段无逾期未完成的整改事项，"
                  "具备申请合格审定的条件。",
                  "All basic requirements are met or not applicable and no rectification "
                  "item of phase 3 or 4 is overdue: the institution is ready to apply "
                  "for approval."));
        } else {
            w.paragraph(t("经自评，目前尚不具备申请合格审定的条件，主要原因如下：",
                          "The institution is not yet ready to apply for approval, for these "
                          "reasons:"));
            w.list(readiness.reasons);
        }
    }

    // The veto items (一票否决) and their state, when the framework has any.
    void vetoItems()
    {
        QStringList lines;
        for (const RequirementResult* result : d.analysis.vetoItems())
            lines.append(QStringLiteral("%1 %2：%3")
                             .arg(result->code, result->title, result->ratingText(lang)) +
                         (result->vetoFails() ? t("（否决）", " (vetoes readiness)") : QString()));
        if (lines.isEmpty())
            return;
        w.paragraph(t("一票否决项：", "Veto items:"));
        w.list(lines);
    }

    void categoryTable()
    {
        // The partly met column only for frameworks with graded items that use it.
        const bool partly = d.analysis.scores.overall.partlyMet > 0;
        QVector<Column> columns{{t("类别", "Category"), 28, Qt::AlignLeft},
                                {ratingLabel(Rating::Met, lang), 9, Qt::AlignHCenter},
                                {ratingLabel(Rating::LargelyMet, lang), 10, Qt::AlignHCenter}};
        if (partly)
            columns.append({ratingLabel(Rating::PartlyMet, lang), 10, Qt::AlignHCenter});
        columns += {{ratingLabel(Rating::NotMet, lang), 9, Qt::AlignHCenter},
                    {ratingLabel(Rating::NotApplicable, lang), 10, Qt::AlignHCenter},
                    {ratingLabel(Rating::Unrated, lang), 8, Qt::AlignHCenter},
                    {t("达标率", "Met rate"), 13, Qt::AlignHCenter},
                    {d.analysis.total ? t("得分", "Points") : t("加权得分", "Score"), 13,
                     Qt::AlignHCenter}};
        const TableId table = w.table(columns, int(d.analysis.scores.categories.size()) + 1);
        auto fill = [&](int row, const QString& name, const ScoreTally& tally, bool bold,
                        const QString& score) {
            const QTextCharFormat format = bold ? w.style().tableHeader() : w.style().table();
            w.setCell(table, row, 0, name, format);
            QVector<int> values{tally.met, tally.largelyMet};
            if (partly)
                values.append(tally.partlyMet);
            values += {tally.notMet, tally.notApplicable, tally.unrated};
            int column = 1;
            for (int value : values)
                w.setCell(table, row, column++, QString::number(value), format);
            w.setCell(table, row, column++, formatPercent(tally.metRate()), format);
            w.setCell(table, row, column, score, format);
        };
        int row = 1;
        for (const CategoryScore& score : d.analysis.scores.categories) {
            const Category* category = d.category(score.code);
            fill(row++, category ? category->title.in(lang) : score.code, score.tally, false,
                 d.analysis.categoryScoreText(score.tally, lang));
        }
        fill(row, t("合计", "All"), d.analysis.scores.overall, true, d.analysis.scoreText(lang));
        w.endTable();
    }

    Status categories()
    {
        section(t("逐项自评情况", "Requirement by requirement"));
        QHash<QString, const RequirementResult*> results;
        for (const RequirementResult& result : d.analysis.requirements)
            results.insert(result.code, &result);
        QHash<QString, const RequirementAssessment*> ratings;
        for (const RequirementAssessment& rating : d.input.ratings)
            ratings.insert(rating.requirementCode, &rating);
        for (const Category& category : d.input.framework.categories) {
            subsection(category.title.in(lang));
            for (const Requirement& requirement : category.requirements) {
                const RequirementResult* result = results.value(requirement.code);
                if (result)
                    requirementEntry(requirement, *result, ratings.value(requirement.code));
                if (!m_progress.step(++m_done, m_steps))
                    return cancelledError();
            }
        }
        return {};
    }

    void requirementEntry(const Requirement& requirement, const RequirementResult& result,
                          const RequirementAssessment* assessment)
    {
        w.heading(3,
                  QStringLiteral("%1. %2 %3")
                      .arg(requirement.number)
                      .arg(requirement.code, requirement.title.in(lang)),
                  false);
        QString rating = result.ratingText(lang);
        if (result.veto)
            rating += t("（一票否决项）", " (veto item)");
        if (result.score) {
            // With a framework total the weights are the items' points (分值).
            const bool points = d.analysis.total.has_value();
            rating += lang == Language::Chinese
                          ? QStringLiteral("（%1%2，得分%3）")
                                .arg(points ? QStringLiteral("分值") : QStringLiteral("权重"))
                                .arg(result.weight)
                                .arg(*result.score, 0, 'f', 1)
                          : QStringLiteral(" (%1 %2, score %3)")
                                .arg(points ? QStringLiteral("points") : QStringLiteral("weight"))
                                .arg(result.weight)
                                .arg(*result.score, 0, 'f', 1);
        }
        w.labelled(t("评定结果：", "Rating: "), rating);

        // The suggestion stored with the rating is what the assessor saw when rating; the
        // current one is shown when nothing was stored.
        std::optional<Rating> suggested = assessment && assessment->suggestedRating
                                              ? assessment->suggestedRating
                                              : result.suggestion;
        if (suggested && result.rating != Rating::Unrated && *suggested != result.rating) {
            w.labelled(t("建议评定：", "Suggested rating: "),
                       ratingLabel(*suggested, result.scoring, lang) +
                           t("（依据单位数据计算）", " (computed from the unit figures)"));
            const QString reason = result.overrideReason.trimmed();
            w.labelled(t("调整理由：", "Reason for the change: "),
                       reason.isEmpty() ? t("未说明。", "none given.") : reason);
        }
        if (result.ratingBeforeRectification &&
            *result.ratingBeforeRectification != result.rating) {
            w.labelled(t("整改前评定：", "Rating before rectification: "),
                       ratingLabel(*result.ratingBeforeRectification, result.scoring, lang));
        }
        const QString narrative = assessment ? assessment->narrative.trimmed() : QString();
        w.labelled(t("自评说明：", "Self-evaluation: "),
                   narrative.isEmpty() ? t("（未填写）", "(not written)") : narrative);
        if (result.indicator) {
            const QString shortfall = describeShortfall(*result.indicator, lang);
            w.labelled(t("指标情况：", "Indicator: "),
                       shortfall.isEmpty()
                           ? t("%1目标%2，范围内%3个单位均达到。",
                               "%1 target %2; all %3 units in scope reach it.")
                                 .arg(metricLabel(result.indicator->rule.metric, lang),
                                      formatTarget(result.indicator->rule, lang))
                                 .arg(result.indicator->unitsInScope)
                           : shortfall);
        }
        evidence(requirement);
        if (!result.gap.isEmpty())
            w.labelled(t("差距与不足：", "Gap: "), result.gap);
        items(result);
    }

    void evidence(const Requirement& requirement)
    {
        const QVector<int> indexes = d.evidenceByCode.value(requirement.code);
        // Expected items are stored in Chinese; they are shown in the report's language.
        const QStringList expected = requirement.evidence;
        const QStringList expectedShown = requirement.evidenceIn(lang);
        QSet<QString> satisfied;
        for (int index : indexes)
            satisfied.insert(d.evidence.at(index).expectedItem);
        if (indexes.isEmpty()) {
            w.labelled(t("佐证材料：", "Evidence: "), t("无。", "none."));
        } else {
            w.labelled(t("佐证材料：", "Evidence: "),
                       t("共%1份。", "%1 file(s).").arg(indexes.size()));
            w.keepWithNext();
            const TableId table = w.table({{t("序号", "No."), 8, Qt::AlignHCenter},
                                           {t("文件名", "File"), 50, Qt::AlignLeft},
                                           {t("大小", "Size"), 14, Qt::AlignRight},
                                           {t("对应佐证要求", "Expected item"), 28, Qt::AlignLeft}},
                                          int(indexes.size()));
            for (int i = 0; i < indexes.size(); ++i) {
                const Evidence& file = d.evidence.at(indexes.at(i));
                w.setCell(table, i + 1, 0, QString::number(i + 1));
                w.setCell(table, i + 1, 1, file.name);
                w.setCell(table, i + 1, 2, formatByteSize(file.size));
                const qsizetype item = expected.indexOf(file.expectedItem);
                w.setCell(table, i + 1, 3,
                          item >= 0 ? expectedShown.value(item, file.expectedItem)
                                    : file.expectedItem);
            }
            w.endTable();
        }
        QStringList missing;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (!satisfied.contains(expected.at(i)))
                missing.append(expectedShown.value(i, expected.at(i)));
        }
        if (!missing.isEmpty())
            w.labelled(t("缺少的佐证材料：", "Missing evidence: "),
                       missing.join(t("；", "; ")) + t("。", "."));
    }

    void items(const RequirementResult& result)
    {
        if (result.items.isEmpty())
            return;
        int open = 0;
        int overdue = 0;
        for (const LinkedItem& item : result.items) {
            if (item.status == RectificationStatus::Planned ||
                item.status == RectificationStatus::InProgress)
                ++open;
            if (item.overdue)
                ++overdue;
        }
        w.labelled(t("整改事项：", "Rectification items: "),
                   t("共%1项，尚未完成%2项，逾期%3项。", "%1 in all, %2 open, %3 overdue.")
                       .arg(result.items.size())
                       .arg(open)
                       .arg(overdue));
        w.keepWithNext();
        const TableId table = w.table({{t("编号", "No."), 9, Qt::AlignHCenter},
                                       {t("整改措施", "Measure"), 51, Qt::AlignLeft},
                                       {t("阶段", "Phase"), 9, Qt::AlignHCenter},
                                       {t("状态", "Status"), 13, Qt::AlignHCenter},
                                       {t("完成时限", "Due"), 18, Qt::AlignHCenter}},
                                      int(result.items.size()));
        const QTextCharFormat late = w.style().emphasis(QColor(0xb0, 0x00, 0x00));
        for (int i = 0; i < result.items.size(); ++i) {
            const LinkedItem& item = result.items.at(i);
            const int row = i + 1;
            w.setCell(table, row, 0, QStringLiteral("#%1").arg(item.id));
            w.setCell(table, row, 1, item.measure);
            w.setCell(table, row, 2, QString::number(item.phase));
            w.setCell(table, row, 3, statusLabel(item.status, lang));
            const QString due = item.due.toString(Qt::ISODate);
            if (item.overdue)
                w.setCell(table, row, 4, due + t("（逾期）", " (overdue)"), late);
            else
                w.setCell(table, row, 4, due);
        }
        w.endTable();
    }

    void rectification()
    {
        section(t("整改工作情况", "Rectification"));
        QVector<int> byPhase(5);
        for (const RectificationItem& item : d.input.items)
            ++byPhase[item.phase >= 1 && item.phase <= 4 ? item.phase : 0];
        if (lang == Language::Chinese) {
            w.paragraph(
                QStringLiteral("按照四个阶段的工作安排，共确定整改事项%1项，其中第一阶段%2项、"
                               "第二阶段%3项、第三阶段%4项、第四阶段%5项；尚未完成%6项，"
                               "逾期%7项。各阶段整改事项的完成情况见下表，逐项情况见整改台账。")
                    .arg(d.input.items.size())
                    .arg(byPhase[1])
                    .arg(byPhase[2])
                    .arg(byPhase[3])
                    .arg(byPhase[4])
                    .arg(d.analysis.openItems)
                    .arg(d.analysis.overdueItems));
        } else {
            w.paragraph(QStringLiteral("Following the four phases, %1 rectification items were "
                                       "set: %2 in phase 1, %3 in phase 2, %4 in phase 3 and %5 "
                                       "in phase 4; %6 are still open and %7 overdue. The table "
                                       "shows them by phase and status; the rectification ledger "
                                       "lists every item.")
                            .arg(d.input.items.size())
                            .arg(byPhase[1])
                            .arg(byPhase[2])
                            .arg(byPhase[3])
                            .arg(byPhase[4])
                            .arg(d.analysis.openItems)
                            .arg(d.analysis.overdueItems));
        }
        writeRectificationSummary(w, d);
    }

    Status units()
    {
        section(t("单位指标达成情况", "Unit indicators"));
        const QVector<const RequirementResult*> indicators = d.indicators();
        w.paragraph(lang == Language::Chinese
                        ? QStringLiteral("依据各单位填报的%1年度数据计算，%2项指标类基本要求的达成"
                                         "情况如下（✓ 达标，✗ 未达标）。")
                              .arg(d.input.assessment.year)
                              .arg(indicators.size())
                        : QStringLiteral("Computed from the units’ figures for %1, the %2 "
                                         "indicator requirements stand as follows (✓ met, ✗ not "
                                         "met).")
                              .arg(d.input.assessment.year)
                              .arg(indicators.size()));
        writeIndicatorSummary(w, d);
        for (int i = 0; i < indicators.size(); ++i) {
            const RequirementResult& requirement = *indicators.at(i);
            // One indicator a page: the tables are as long as the list of units.
            w.pageBreak();
            subsection(QStringLiteral("%1 %2").arg(
                           requirement.code, metricLabel(requirement.indicator->rule.metric, lang)),
                       false);
            w.note(requirement.title + QStringLiteral("  ") + t("目标：", "Target: ") +
                   formatTarget(requirement.indicator->rule, lang) + t("；范围：", "; scope: ") +
                   scopeLabel(requirement.indicator->rule.scope, lang));
            w.keepWithNext();
            writeIndicatorTable(w, d, requirement);
            if (!m_progress.step(++m_done, m_steps))
                return cancelledError();
        }
        return {};
    }

    void signature()
    {
        const ReportStyle& style = w.style();
        w.rightAligned(t("学校党委（盖章）", "University Party Committee (seal)"), style.body(),
                       64);
        w.keepWithNext();
        w.rightAligned(formatDate(d.date, lang), style.body(), 8);
        if (!d.options.fingerprint.isEmpty())
            w.note(t("报送包指纹（SHA-256）：", "Package fingerprint (SHA-256): ") +
                   d.options.fingerprint);
    }

    ReportWriter& w;
    const ReportData& d;
    const Language lang;
    ProgressRange& m_progress;
    bool m_pageStarted = false;
    int m_section = 0;
    int m_subsection = 0;
    const int m_steps;
    int m_done = 0;
};

} // namespace

Status writeSelfReport(ReportWriter& writer, const ReportData& data, ProgressRange& progress)
{
    return SelfReportWriter(writer, data, progress).write();
}

} // namespace duibiao::report
