#include "SummaryCommand.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "VerbParser.h"
#include "analysis/Analysis.h"
#include "analysis/SummaryJson.h"

#include <QJsonDocument>

namespace duibiao {

namespace {

QString percentText(std::optional<double> share)
{
    return share ? QStringLiteral("%1%").arg(*share * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

void printText(const AnalysisInput& input, const Analysis& analysis, Language language)
{
    const bool zh = language == Language::Chinese;
    auto say = [zh](const char* chinese, const char* english) {
        return zh ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
    };
    console::out(QStringLiteral("%1 — %2 (%3)")
                     .arg(input.institution.name, input.assessment.title)
                     .arg(input.assessment.year));
    console::out(QStringLiteral("%1: %2 %3 %4")
                     .arg(say("框架", "Framework"), input.framework.title.in(language),
                          input.framework.code, input.framework.version));
    if (!input.framework.note.zh.isEmpty())
        console::out(QStringLiteral("  %1").arg(input.framework.note.in(language)));
    const ScoreTally& overall = analysis.scores.overall;
    console::out(QStringLiteral("%1 %2 (%3/%4)   %5 %6")
                     .arg(say("达标率", "Met rate"), percentText(overall.metRate()))
                     .arg(overall.met)
                     .arg(overall.rated())
                     .arg(analysis.total ? say("得分", "Score") : say("加权得分", "Weighted score"),
                          analysis.scoreText(language)));
    if (analysis.passMark)
        console::out(QStringLiteral("%1 %2").arg(
            say("合格线", "Pass mark"), analysis.total
                                            ? QString::number(*analysis.passMark, 'g', 12)
                                            : QStringLiteral("%1%").arg(*analysis.passMark)));
    console::out(QString());
    for (const CategoryScore& category : analysis.scores.categories) {
        const Category* c = input.framework.category(category.code);
        console::out(QStringLiteral("  %1 %2  %3 %4  %5 %6")
                         .arg(category.code, c ? c->title.in(language) : QString(),
                              say("达标率", "met"), percentText(category.tally.metRate()),
                              say("得分", "score"),
                              analysis.categoryScoreText(category.tally, language)));
    }
    // 一票否决 items and their state, before the gaps: any one of them can decide readiness.
    if (const auto veto = analysis.vetoItems(); !veto.isEmpty()) {
        console::out(QString());
        console::out(say("一票否决项", "Veto items"));
        for (const RequirementResult* item : veto)
            console::out(QStringLiteral("  %1 %2 [%3]%4")
                             .arg(item->code, item->title, item->ratingText(language),
                                  item->vetoFails() ? say(" ✗ 否决", " ✗ vetoes") : QString()));
    }
    const auto gaps = analysis.gaps();
    console::out(QString());
    console::out(QStringLiteral("%1 (%2)").arg(say("差距", "Gaps")).arg(gaps.size()));
    for (const RequirementResult* gap : gaps) {
        console::out(
            QStringLiteral("  %1 %2 [%3]").arg(gap->code, gap->title, gap->ratingText(language)));
        if (!gap->gap.isEmpty())
            console::out(QStringLiteral("      %1").arg(gap->gap));
    }
    console::out(QString());
    console::out(QStringLiteral("%1: %2 %3, %4 %5")
                     .arg(say("整改事项", "Rectification items"), say("未完成", "open"))
                     .arg(analysis.openItems)
                     .arg(say("逾期", "overdue"))
                     .arg(analysis.overdueItems));
    console::out(QStringLiteral("%1: %2").arg(
        say("合格审定", "Readiness for approval"),
        analysis.readiness.ready ? say("已就绪", "ready") : say("未就绪", "not ready")));
    for (const QString& reason : analysis.readiness.reasons)
        console::out(QStringLiteral("  - %1").arg(reason));
}

} // namespace

int runSummary(const QStringList& arguments)
{
    VerbParser parser(
        QStringLiteral("Print the gap analysis of a document: scores, gaps, readiness."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (docs/formats/summary.md)."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("zh (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh"));
    const QCommandLineOption todayOption_(
        QStringLiteral("today"),
        QStringLiteral("Judge overdue items as of this date (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    parser.addOptions({jsonOption, langOption, todayOption_});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    if (std::optional<int> exit = parser.parseArguments(arguments, 1))
        return *exit;
    const Result<Language> language = languageOption(parser, langOption);
    if (!language)
        return console::fail(language.error());
    const Result<QDate> todayValue = todayOption(parser, todayOption_);
    if (!todayValue)
        return console::fail(todayValue.error());
    const QDate today = *todayValue;

    Result<AnalysedDocument> analysed =
        analyseForReading(parser.positionalArguments().first(), today, *language);
    if (!analysed)
        return console::fail(analysed.error());
    const AnalysisInput* input = &analysed->input;
    const Analysis& analysis = analysed->analysis;
    if (parser.isSet(jsonOption)) {
        console::out(QString::fromUtf8(QJsonDocument(summaryToJson(*input, analysis, *language))
                                           .toJson(QJsonDocument::Indented)));
    } else {
        printText(*input, analysis, *language);
    }
    return console::Success;
}

} // namespace duibiao
