#pragma once

#include "util/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace duibiao {

// Checks on a document file made before SQLite writes anything to it, and the lock
// that keeps a second process from editing the same file.
class DocumentFile
{
public:
    // Reads the start of the file directly: a file that is not SQLite is refused before
    // SQLite ever sees it.
    static Status inspect(const QString& path);
    // The application id and schema version, as SQLite reports them, must be ours and
    // not newer than this app.
    static Status checkIdentity(const QString& path, int applicationId, int userVersion);

    // Takes the lock beside the document; when another process holds it, the error
    // names that process (program, process id and host).
    // A lock left by a process that is gone is taken over, also when another process (or
    // this one) now has the dead holder's process id.
    static Result<std::unique_ptr<QLockFile>> lock(const QString& path);
    // Releases a lock taken by lock().
    static void unlock(std::unique_ptr<QLockFile>& lock);
    static QString lockPath(const QString& path);
};

} // namespace duibiao
