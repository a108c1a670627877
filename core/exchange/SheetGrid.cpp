#include "exchange/SheetGrid.h"

namespace duibiao {

QString SheetGrid::cell(int row, int column) const
{
    if (row < 1 || row > rows.size() || column < 1)
        return {};
    const QStringList& cells = rows.at(row - 1);
    return column <= cells.size() ? cells.at(column - 1) : QString();
}

bool SheetGrid::isRowBlank(int row) const
{
    if (row < 1 || row > rows.size())
        return true;
    for (const QString& cell : rows.at(row - 1)) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace duibiao
