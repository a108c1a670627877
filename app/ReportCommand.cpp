#include "ReportCommand.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "VerbParser.h"
#include "exchange/panel/PanelDocument.h"
#include "report/Report.h"

#include <QFileInfo>

namespace duibiao {

int runReport(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral(
        "Print a report of a document to PDF or ODT: the self-evaluation report (self), the "
        "gap list (gaps), the rectification ledger (ledger) or the unit indicator table "
        "(units)."));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QStringLiteral("self, gaps, ledger, units, or comparison (a panel document)."),
        QStringLiteral("KIND"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("zh (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("pdf or odt (default: from the extension of OUT, else pdf)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The file to write (replaced when complete)."),
        QStringLiteral("OUT"));
    const QCommandLineOption todayOption_(
        QStringLiteral("today"),
        QStringLiteral("Date the report and judge overdue items as of this day (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption fontOption(
        QStringLiteral("font"),
        QStringLiteral("Body font family (default: 仿宋 where installed, else Noto Serif CJK SC)."),
        QStringLiteral("FAMILY"));
    parser.addOptions({kindOption, langOption, formatOption, outOption, todayOption_, fontOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    if (std::optional<int> exit = parser.parseArguments(arguments, 1))
        return *exit;

    if (!parser.isSet(kindOption))
        return console::fail(Error::user(QStringLiteral(
            "report needs --kind self, gaps, ledger, units or comparison (panel documents).")));
    const std::optional<ReportKind> kind = reportKindFromKey(parser.value(kindOption));
    if (!kind)
        return console::fail(Error::user(
            QStringLiteral("--kind must be self, gaps, ledger, units or comparison, not “%1”.")
                .arg(parser.value(kindOption))));
    const Result<Language> language = languageOption(parser, langOption);
    if (!language)
        return console::fail(language.error());
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return console::fail(Error::user(QStringLiteral("report needs --out OUT.")));
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower() == QLatin1String("odt") ? QStringLiteral("odt")
                                                                           : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("odt"))
        return console::fail(
            Error::user(QStringLiteral("--format must be pdf or odt, not “%1”.").arg(format)));
    const Result<QDate> todayValue = todayOption(parser, todayOption_);
    if (!todayValue)
        return console::fail(todayValue.error());
    const QDate today = *todayValue;

    Result<std::unique_ptr<Document>> document =
        openForReading(parser.positionalArguments().first());
    if (!document)
        return console::fail(document.error());
    ReportOptions options;
    options.kind = *kind;
    options.language = *language;
    options.fontFamily = parser.value(fontOption);
    options.date = today;
    Result<Report> report = *kind == ReportKind::Comparison
                                ? buildComparisonReport(**document, options, today)
                                : Report::build(**document, options, today);
    if (!report)
        return console::fail(report.error());
    const Status written =
        format == QLatin1String("odt") ? report->writeOdt(out) : report->writePdf(out);
    if (!written)
        return console::fail(written.error());
    if (format == QLatin1String("odt"))
        console::out(QStringLiteral("%1 written.").arg(out));
    else
        console::out(QStringLiteral("%1 written (%2 pages).").arg(out).arg(report->pageCount()));
    return console::Success;
}

} // namespace duibiao
