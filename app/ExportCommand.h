#pragma once

#include <QStringList>

namespace duibiao {

// duibiao export FILE --out PACKAGE.zip [--kind submission|team|opinions]
//                [--categories A,B] [--units 3,5] [--no-freeze] [--lang zh|en] [--today DATE]
int runExport(const QStringList& arguments);

} // namespace duibiao
