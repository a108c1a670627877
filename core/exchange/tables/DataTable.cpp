#include "exchange/tables/DataTable.h"

#include "exchange/tables/TableBuilders.h"

namespace duibiao {

namespace tables {

DataTable makeTable(const QString& key, const QString& sheetName,
                    const QVector<ColumnSpec>& columns)
{
    DataTable table;
    table.key = key;
    table.sheetName = sheetName;
    for (const ColumnSpec& column : columns) {
        table.headers.append(column.header);
        table.widths.append(column.width);
        table.formats.append(column.format);
    }
    return table;
}

} // namespace tables

QVector<DataTable> scoreTables(const AnalysisInput& input, const Analysis& analysis)
{
    return scoreTables(input, analysis, Language::Chinese);
}

QVector<DataTable> scoreTables(const AnalysisInput& input, const Analysis& analysis,
                               Language language)
{
    return {tables::scoresTable(input, analysis, language),
            tables::unitsTable(input, analysis, language),
            tables::ledgerTable(input, analysis, language)};
}

QStringList scoreTableKeys()
{
    return {QStringLiteral("scores"), QStringLiteral("units"), QStringLiteral("ledger")};
}

const DataTable* findTable(const QVector<DataTable>& tables, const QString& key)
{
    for (const DataTable& table : tables) {
        if (table.key == key)
            return &table;
    }
    return nullptr;
}

} // namespace duibiao
