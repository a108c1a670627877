#pragma once

#include <QStringList>

namespace duibiao {

// duibiao table FILE [--kind scores|units|ledger] --out OUT.xlsx|OUT.csv [--lang zh|en]
//                    [--today DATE]
int runTable(const QStringList& arguments);

} // namespace duibiao
