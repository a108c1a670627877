#pragma once

#include "model/Language.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace duibiao {

struct AnalysisInput;
struct Analysis;

// How the numbers of a column are shown. In a spreadsheet they stay numbers with this
// display format; a CSV file writes them the way the format shows them.
enum class ColumnFormat {
    General, // as it comes: 12, 2.5
    Decimal, // one decimal place: 2.5, 3.0
    Percent, // the cell holds a share (0.635), shown as 63.5%
    Date     // the cell holds a QDate, shown as 2020-11-30
};

// One table as a user sees it in a spreadsheet: a sheet name, headers in the report
// language, and rows of cells (QString, int, double, bool or QDate; null for an empty cell).
// The same table is written as an XLSX sheet or as a CSV file.
struct DataTable
{
    QString key;       // stable machine name: "scores", "units", "ledger"
    QString sheetName; // e.g. 评分表
    QStringList headers;
    QVector<int> widths; // column widths in characters, one per header
    QVector<QVariantList> rows;
    QVector<ColumnFormat> formats; // one per header; General where missing
    // The last row sums up the others (合计): bold, and left out of the autofilter range
    // so that sorting the table never moves it.
    bool hasTotalRow = false;

    ColumnFormat format(int column) const
    {
        return column < formats.size() ? formats.at(column) : ColumnFormat::General;
    }
    int column(const QString& header) const { return int(headers.indexOf(header)); }
};

// The three tables of a package's scores.xlsx and of the separate table exports:
// requirements × rating/score/evidence count, units × indicators, the rectification ledger.
// Headers and labels are Chinese, the default report language.
QVector<DataTable> scoreTables(const AnalysisInput& input, const Analysis& analysis);
// The same in a chosen language; `analysis` should have been made in that language too,
// since requirement titles and gap texts come from it.
QVector<DataTable> scoreTables(const AnalysisInput& input, const Analysis& analysis,
                               Language language);

// The keys of the tables scoreTables() makes, in its order: scores, units, ledger.
QStringList scoreTableKeys();
// The table with this key, or nullptr.
const DataTable* findTable(const QVector<DataTable>& tables, const QString& key);

// libxlsxwriter: one sheet per table, frozen header row, widths, header style. Written to
// a temporary file beside `path` and renamed into place only when complete.
Status writeXlsx(const QVector<DataTable>& tables, const QString& path);

// UTF-8 with BOM, RFC 4180 quoting, CRLF line ends (what Excel and WPS open correctly).
Status writeCsv(const DataTable& table, const QString& path);

} // namespace duibiao
