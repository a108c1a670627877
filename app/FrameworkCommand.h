#pragma once

#include <QStringList>

namespace duibiao {

// duibiao framework FILE --out OUT.json|OUT.xlsx|OUT.csv
// duibiao framework --check FRAMEWORK.json|SHEET.xlsx|SHEET.csv
// duibiao framework FILE --add NEW.json|.xlsx|.csv [--note TEXT]
// duibiao framework FILE --list
// duibiao framework FILE --diff A B
// duibiao framework FILE --move code@version|NEW.json [--dry-run]
int runFramework(const QStringList& arguments);

} // namespace duibiao
