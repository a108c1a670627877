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
    struct Header
    {
        int applicationId = 0;
        int userVersion = 0;
    };

    // Reads the 100-byte SQLite header directly: a file that is not SQLite, or is a
    // SQLite file of another application, is refused without opening it.
    static Result<Header> inspect(const QString& path);

    // Takes the lock beside the document; when another process holds it, the error
    // names that process (program, process id and host).
    static Result<std::unique_ptr<QLockFile>> lock(const QString& path);
    static QString lockPath(const QString& path);
};

} // namespace duibiao
