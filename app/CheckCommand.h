#pragma once

#include <QStringList>

namespace duibiao {

// duibiao check FILE
int runCheck(const QStringList& arguments);

} // namespace duibiao
