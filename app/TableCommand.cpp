#include "TableCommand.h"

#include "Console.h"
#include "DocumentArgument.h"
#include "VerbParser.h"
#include "analysis/Analysis.h"
#include "exchange/tables/DataTable.h"

#include <QFileInfo>

namespace duibiao {

int runTable(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral(
        "Write a spreadsheet table of a document: the score sheet (scores), the unit "
        "indicators (units) or the rectification ledger (ledger), as XLSX or as CSV (UTF-8 "
        "with BOM). An XLSX file without --kind holds all three as sheets."));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), QStringLiteral("scores, units or ledger."), QStringLiteral("KIND"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QStringLiteral("The .xlsx or .csv file to write (replaced when complete)."),
        QStringLiteral("OUT"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("zh (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh"));
    const QCommandLineOption todayOption_(
        QStringLiteral("today"),
        QStringLiteral("Judge overdue items as of this date (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    parser.addOptions({kindOption, outOption, langOption, todayOption_});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document."));
    if (std::optional<int> exit = parser.parseArguments(arguments, 1))
        return *exit;

    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return console::fail(Error::user(QStringLiteral("table needs --out OUT.xlsx or OUT.csv.")));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return console::fail(
            Error::user(QStringLiteral("--out must end in .xlsx or .csv, not “%1”.").arg(out)));
    const QString kind = parser.value(kindOption);
    if (parser.isSet(kindOption) && !scoreTableKeys().contains(kind))
        return console::fail(Error::user(
            QStringLiteral("--kind must be scores, units or ledger, not “%1”.").arg(kind)));
    if (kind.isEmpty() && suffix == QLatin1String("csv"))
        return console::fail(Error::user(
            QStringLiteral("A CSV file holds one table: add --kind scores, units or ledger.")));
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
    QVector<DataTable> tables = scoreTables(*input, analysis, *language);
    if (!kind.isEmpty())
        tables = {*findTable(tables, kind)};

    const Status written =
        suffix == QLatin1String("csv") ? writeCsv(tables.first(), out) : writeXlsx(tables, out);
    if (!written)
        return console::fail(written.error());
    int rows = 0;
    for (const DataTable& table : tables)
        rows += int(table.rows.size());
    console::out(QStringLiteral("%1 written (%2 rows).").arg(out).arg(rows));
    return console::Success;
}

} // namespace duibiao
