#pragma once

#include "exchange/UnitTemplate.h"

namespace duibiao {

enum class TemplateFormat { Csv, Xlsx };

// Unit templates on disk: the format follows the file name's extension (.csv, .xlsx).
class UnitTemplateFile
{
public:
    // "文学院-2020.xlsx": the unit's name made safe for every file system.
    static QString fileName(const QString& unitName, int year, TemplateFormat format);
    static QString extension(TemplateFormat format);

    // Writes atomically (QSaveFile).
    static Status write(const UnitTemplate& unitTemplate, const QString& path,
                        TemplateFormat format);
    // Reads a .csv or .xlsx template; any other file is refused with a clear message.
    static Result<UnitTemplate> read(const QString& path);

    static constexpr qint64 maxFileBytes = 20LL * 1024 * 1024;
};

} // namespace duibiao
