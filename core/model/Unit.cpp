#include "model/Unit.h"

namespace duibiao {

QString unitKindKey(UnitKind kind)
{
    return kind == UnitKind::School ? QStringLiteral("school") : QStringLiteral("secondary");
}

} // namespace duibiao
