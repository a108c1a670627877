#pragma once

#include "exchange/UnitTemplate.h"

namespace duibiao {

// The unit template as an XLSX workbook with one sheet: written with libxlsxwriter
// (input cells shaded, drop-downs for yes/no, whole-number checks), read back with
// XlsxReader. Files written by Excel, WPS, LibreOffice or openpyxl read the same way.
class UnitTemplateXlsx
{
public:
    // Replaces `path` atomically; on failure the old file, if any, is untouched.
    static Status write(const UnitTemplate& unitTemplate, const QString& path);
    static Result<UnitTemplate> read(const QString& path);

    static constexpr int preparedPlatformRows = 20;
};

} // namespace duibiao
