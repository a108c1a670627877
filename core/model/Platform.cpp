#include "model/Platform.h"

#include <QCoreApplication>

namespace duibiao {

Status Platform::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::user(QCoreApplication::translate("Platform", "A platform needs a name."));
    if (activities < 0) {
        return Error::user(
            QCoreApplication::translate(
                "Platform", "The number of activities of platform “%1” cannot be negative.")
                .arg(name));
    }
    return {};
}

} // namespace duibiao
