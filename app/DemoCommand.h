#pragma once

#include <QStringList>

namespace duibiao {

// duibiao demo --out FILE [--size small|large]
int runDemo(const QStringList& arguments);

} // namespace duibiao
