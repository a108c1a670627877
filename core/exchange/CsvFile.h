#pragma once

#include "exchange/SheetGrid.h"
#include "util/Result.h"

#include <QByteArray>

namespace duibiao {

// Comma-separated values as spreadsheets write them (RFC 4180): quoted cells may hold
// commas, quotes ("") and line breaks; a record is one spreadsheet row.
class CsvFile
{
public:
    // UTF-8 with a byte order mark, so Excel and WPS open Chinese text correctly; CRLF
    // line ends; cells quoted only when they need it.
    static QByteArray write(const QVector<QStringList>& rows);

    // Reads UTF-8 (with or without BOM) or UTF-16 with BOM; text that is not UTF-8 is
    // tried as GB18030, which Excel on Chinese Windows writes for "CSV (comma delimited)".
    // A tab- or semicolon-separated file is recognised by its first line. `fileName`
    // names the file in error messages.
    static Result<SheetGrid> parse(const QByteArray& bytes, const QString& fileName);

    static constexpr int maxRows = 10000;
    static constexpr int maxColumns = 200;
};

} // namespace duibiao
