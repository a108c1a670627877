#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace duibiao::bench {

// Milliseconds of the median of `runs` calls.
double medianMs(int runs, const std::function<void()>& work);
// Bytes this process has read through read()/pread() so far (/proc/self/io rchar).
qint64 bytesReadSoFar();
// Resident memory of this process in bytes (/proc/self/status VmRSS).
qint64 residentBytes();

// Replaces the section between <!-- bench:NAME --> and <!-- /bench:NAME --> of a
// markdown file (appending it when missing) with `lines`.
bool writeSection(const QString& markdownPath, const QString& name, const QStringList& lines);

} // namespace duibiao::bench
