#pragma once

#include <QStringList>

namespace duibiao {

// duibiao new FILE [--framework CODE|FRAMEWORK.json] [--institution NAME]
int runNew(const QStringList& arguments);

} // namespace duibiao
