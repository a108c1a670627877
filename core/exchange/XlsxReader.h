#pragma once

#include "exchange/SheetGrid.h"
#include "util/Result.h"

namespace duibiao {

// Reads the cell texts of the first worksheet of an XLSX workbook (Office Open XML),
// with libzip and QXmlStreamReader: xl/workbook.xml names the first sheet, its
// relationship leads to the worksheet part, xl/sharedStrings.xml holds shared strings.
// Shared, inline and formula-result strings, numbers and booleans are read as text;
// styles are not. Anything unexpected is refused with a message naming the file and
// the part: damaged or truncated archives, encrypted entries, DTDs, an entry that would
// unpack to more than the cap (ZIP bombs), cell references outside the sheet.
class XlsxReader
{
public:
    struct Limits
    {
        qint64 maxFileBytes = 20LL * 1024 * 1024;
        // All parts read together, unpacked.
        qint64 maxUnpackedBytes = 20LL * 1024 * 1024;
        int maxRows = 10000;
        int maxColumns = 200;
    };

    static Result<SheetGrid> readFirstSheet(const QString& path);
    static Result<SheetGrid> readFirstSheet(const QString& path, const Limits& limits);
};

} // namespace duibiao
