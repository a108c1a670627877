#include "storage/DocumentFile.h"

#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

namespace duibiao {

namespace {} // namespace

Status DocumentFile::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::user(
            QCoreApplication::translate("DocumentFile", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return Error::user(
            QCoreApplication::translate("DocumentFile", "%1 is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(QCoreApplication::translate("DocumentFile", "%1 cannot be read: %2")
                               .arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Error::user(
            QCoreApplication::translate(
                "DocumentFile", "%1 is not a Duibiao document (it is not an SQLite database file).")
                .arg(path));
    }
    // The application id and schema version are read through SQLite afterwards: while a
    // document is open its newest header may still sit in the write-ahead log.
    return {};
}

Status DocumentFile::checkIdentity(const QString& path, int applicationId, int userVersion)
{
    if (applicationId != Schema::applicationId) {
        return Error::user(
            QCoreApplication::translate(
                "DocumentFile",
                "%1 is not a Duibiao document (it is an SQLite database of another program).")
                .arg(path));
    }
    if (userVersion > Schema::currentVersion()) {
        return Error::user(QCoreApplication::translate(
                               "DocumentFile",
                               "%1 was written by a newer version of Duibiao (schema %2; this "
                               "version reads up to %3). Update Duibiao to open it.")
                               .arg(path)
                               .arg(userVersion)
                               .arg(Schema::currentVersion()));
    }
    if (userVersion < 1)
        return Error::user(QCoreApplication::translate(
                               "DocumentFile", "%1 is an unfinished Duibiao document (no schema).")
                               .arg(path));
    return {};
}

void DocumentFile::unlock(std::unique_ptr<QLockFile>& lock)
{
    if (!lock)
        return;
    lock->unlock();
    lock.reset();
}

QString DocumentFile::lockPath(const QString& path)
{
    return path + QStringLiteral(".lock");
}

Result<std::unique_ptr<QLockFile>> DocumentFile::lock(const QString& path)
{
    auto lockFile = std::make_unique<QLockFile>(lockPath(path));
    // Never stale by age: the app keeps a document open all day. A lock whose process
    // has gone is still recognised and taken over.
    lockFile->setStaleLockTime(0);
    bool locked = lockFile->tryLock(0);
    qint64 pid = 0;
    QString host;
    QString application;
    // QLockFile calls a lock live when a process with the holder's id and program name
    // runs. Process ids are reused (a crashed Duibiao's id may go to the next one, or to
    // this very process), so that can be wrong for good. The holder also keeps the lock
    // file flock()ed while it lives, and the system drops that lock with the process:
    // removeStaleLockFile() removes the file only when it can take that lock itself.
    if (!locked && lockFile->error() == QLockFile::LockFailedError) {
        bool complete = lockFile->getLockInfo(&pid, &host, &application);
        if (!complete) {
            // An empty lock file: a process killed right after creating it, or one that is
            // writing it this very moment (it takes its flock first, then writes at once).
            QThread::msleep(100);
            complete = lockFile->getLockInfo(&pid, &host, &application);
        }
        const bool thisComputer = !complete || host == QSysInfo::machineHostName();
        if (thisComputer && lockFile->removeStaleLockFile())
            locked = lockFile->tryLock(0);
    }
    if (locked)
        return lockFile;
    if (lockFile->error() == QLockFile::LockFailedError) {
        return Error::user(
            QCoreApplication::translate(
                "DocumentFile", "%1 is already open in %2 (process %3 on %4). Close it there "
                                "first, or work on a copy.")
                .arg(QFileInfo(path).fileName(),
                     application.isEmpty() ? QStringLiteral("Duibiao") : application)
                .arg(pid)
                .arg(host.isEmpty() ? QCoreApplication::translate("DocumentFile", "this computer")
                                    : host));
    }
    return Error::user(
        QCoreApplication::translate("DocumentFile",
                                    "%1 cannot be locked for editing (is its folder read-only?).")
            .arg(path));
}

} // namespace duibiao
