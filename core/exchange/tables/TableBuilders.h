#pragma once

#include "exchange/tables/DataTable.h"

#include <optional>

namespace duibiao::tables {

// A column of a table being built: its header, width in characters and number format.
struct ColumnSpec
{
    QString header;
    int width = 10;
    ColumnFormat format = ColumnFormat::General;
};

// An empty table with its columns.
DataTable makeTable(const QString& key, const QString& sheetName,
                    const QVector<ColumnSpec>& columns);

// The tables of scoreTables(), one builder each.
DataTable scoresTable(const AnalysisInput& input, const Analysis& analysis, Language language);
DataTable unitsTable(const AnalysisInput& input, const Analysis& analysis, Language language);
DataTable ledgerTable(const AnalysisInput& input, const Analysis& analysis, Language language);

// A cell for an optional value: null (an empty cell) when there is none.
template <typename T> QVariant optionalCell(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace duibiao::tables
