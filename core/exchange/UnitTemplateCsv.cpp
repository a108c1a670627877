#include "exchange/UnitTemplateCsv.h"

#include "exchange/CsvFile.h"

namespace duibiao {

QByteArray UnitTemplateCsv::write(const UnitTemplate& unitTemplate)
{
    return CsvFile::write(unitTemplate.cellRows());
}

Result<UnitTemplate> UnitTemplateCsv::read(const QByteArray& bytes, const QString& fileName)
{
    Result<SheetGrid> grid = CsvFile::parse(bytes, fileName);
    if (!grid)
        return grid.error();
    return UnitTemplate::parse(*grid, fileName);
}

} // namespace duibiao
