#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace duibiao {

// The frameworks shipped inside the app (resources/frameworks). The first is the default:
// the provincial 28 requirements. Others prove the app is not tied to one standard, e.g.
// the college-level checklist for 二级关工委.
struct BuiltinFramework
{
    QString resourcePath; // ":/frameworks/….json"
    QString fileName;     // what messages call it
};

QVector<BuiltinFramework> builtinFrameworks();
Result<QByteArray> readBuiltinFramework(const BuiltinFramework& builtin);

} // namespace duibiao
