#pragma once

#include <QStringList>

namespace duibiao {

// duibiao report FILE --kind self|gaps|ledger|units [--lang zh|en] [--format pdf|odt] --out OUT
int runReport(const QStringList& arguments);

} // namespace duibiao
