#pragma once

#include <QString>

namespace duibiao {

// The school committee (校关工委) or a secondary committee of a college (二级关工委).
enum class UnitKind { School, Secondary };

struct Unit
{
    qint64 id = 0;
    QString name;
    UnitKind kind = UnitKind::Secondary;
    int sortOrder = 0;
};

QString unitKindKey(UnitKind kind);

} // namespace duibiao
