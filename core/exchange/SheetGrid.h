#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace duibiao {

// The text of one sheet read from a CSV or XLSX file: rows[0] is the row the spreadsheet
// shows as row 1, so error messages can name rows the way the user sees them.
struct SheetGrid
{
    QVector<QStringList> rows;
    // XLSX only: the workbook counts serial dates from 1904 (old Mac Excel) instead of 1900.
    bool date1904 = false;

    // The cell at a 1-based row and column; empty beyond the data.
    QString cell(int row, int column) const;
    bool isRowBlank(int row) const;
};

} // namespace duibiao
