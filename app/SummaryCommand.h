#pragma once

#include <QStringList>

namespace duibiao {

// duibiao summary FILE [--json] [--lang zh|en] [--today YYYY-MM-DD]
int runSummary(const QStringList& arguments);

} // namespace duibiao
