#pragma once

#include <QStringList>

namespace duibiao {

// duibiao import FILE PACKAGE.zip [--dry-run] [--resolve here|package]
int runImport(const QStringList& arguments);

} // namespace duibiao
