#pragma once

#include "exchange/UnitTemplate.h"

#include <QByteArray>

namespace duibiao {

// The unit template as CSV: UTF-8 with a byte order mark, one spreadsheet row per line.
class UnitTemplateCsv
{
public:
    static QByteArray write(const UnitTemplate& unitTemplate);
    static Result<UnitTemplate> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace duibiao
