#pragma once

#include "util/Result.h"

#include <QString>

namespace duibiao {

// Replaces a file that a C library writes by path (so QSaveFile cannot be used): the new
// content goes to "<path>.part-XXXXXX" in the same folder, and only when it is complete is
// it renamed over the target, atomically on POSIX. Until then an existing target stays
// untouched; a part file never committed is removed.
class FileReplacement
{
public:
    // Creates the empty part file; fails with a message naming `path` when its folder
    // is missing or cannot be written.
    static Result<FileReplacement> begin(const QString& path);

    FileReplacement(FileReplacement&& other) noexcept;
    FileReplacement& operator=(FileReplacement&& other) noexcept;
    FileReplacement(const FileReplacement&) = delete;
    FileReplacement& operator=(const FileReplacement&) = delete;
    ~FileReplacement();

    const QString& partPath() const { return m_partPath; }
    // Gives the part file the target's permissions (or the usual ones for a new file)
    // and renames it over the target.
    Status commit();

private:
    FileReplacement(QString path, QString partPath);
    void discard();

    QString m_path;
    QString m_partPath; // empty once committed or discarded
};

} // namespace duibiao
