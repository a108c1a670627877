#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace duibiao {

struct AnalysisInput;
struct Analysis;

// One table as a user sees it in a spreadsheet: a sheet name, headers in the report
// language, and rows of cells (QString, int, double, bool or QDate; null for an empty cell).
// The same table is written as an XLSX sheet or as a CSV file.
struct DataTable
{
    QString key;         // stable machine name: "scores", "units", "ledger"
    QString sheetName;   // e.g. 评分表
    QStringList headers;
    QVector<int> widths; // column widths in characters, one per header
    QVector<QVariantList> rows;
};

// The three tables of a package's scores.xlsx and of the separate table exports:
// requirements × rating/score/evidence count, units × indicators, the rectification ledger.
QVector<DataTable> scoreTables(const AnalysisInput& input, const Analysis& analysis);

// libxlsxwriter: one sheet per table, frozen header row, widths, header style. Written to
// a temporary file beside `path` and renamed into place only when complete.
Status writeXlsx(const QVector<DataTable>& tables, const QString& path);

// UTF-8 with BOM, RFC 4180 quoting, CRLF line ends (what Excel and WPS open correctly).
Status writeCsv(const DataTable& table, const QString& path);

} // namespace duibiao
