#include "framework/BuiltinFrameworks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace duibiao {

QVector<BuiltinFramework> builtinFrameworks()
{
    const QStringList paths{QStringLiteral(":/frameworks/jiangsu-ggw-2019.json"),
                            QStringLiteral(":/frameworks/college-ggw-2020.json")};
    QVector<BuiltinFramework> builtins;
    for (const QString& path : paths)
        builtins.append({path, QFileInfo(path).fileName()});
    return builtins;
}

Result<QByteArray> readBuiltinFramework(const BuiltinFramework& builtin)
{
    QFile file(builtin.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(QCoreApplication::translate(
                                   "FrameworkLoader", "The built-in framework %1 is missing from "
                                                      "this build.")
                                   .arg(builtin.fileName));
    return file.readAll();
}

} // namespace duibiao
