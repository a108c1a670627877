#pragma once

#include <QStringList>

namespace duibiao {

// duibiao framework FILE --out OUT.json|OUT.xlsx|OUT.csv
// duibiao framework --check FRAMEWORK.json|SHEET.xlsx|SHEET.csv
int runFramework(const QStringList& arguments);

} // namespace duibiao
