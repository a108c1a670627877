#include "exchange/tables/FileReplacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace duibiao {

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error::user(QCoreApplication::translate("TableExport", "Cannot write %1 (%2).")
                           .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

FileReplacement::FileReplacement(QString path, QString partPath)
    : m_path(std::move(path)), m_partPath(std::move(partPath))
{}

FileReplacement::FileReplacement(FileReplacement&& other) noexcept
    : m_path(std::move(other.m_path)), m_partPath(std::exchange(other.m_partPath, QString()))
{}

FileReplacement& FileReplacement::operator=(FileReplacement&& other) noexcept
{
    if (this != &other) {
        discard();
        m_path = std::move(other.m_path);
        m_partPath = std::exchange(other.m_partPath, QString());
    }
    return *this;
}

FileReplacement::~FileReplacement()
{
    discard();
}

void FileReplacement::discard()
{
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
    m_partPath.clear();
}

Result<FileReplacement> FileReplacement::begin(const QString& path)
{
    // Opened with NewOnly, the part file gets the permissions a new file usually gets
    // (0666 less the umask), unlike QTemporaryFile's 0600, and a name collision is seen.
    QString error;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString partPath = path + QStringLiteral(".part-%1")
                                            .arg(QRandomGenerator::global()->generate() & 0xffffff,
                                                 6, 16, QLatin1Char('0'));
        QFile part(partPath);
        if (part.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return FileReplacement(path, partPath);
        error = part.errorString();
        if (!QFile::exists(partPath))
            break; // not a name collision: the folder is missing or read-only
    }
    return cannotWrite(path, error);
}

Status FileReplacement::commit()
{
    if (m_partPath.isEmpty())
        return cannotWrite(m_path, QStringLiteral("nothing to commit"));
    const QFileInfo target(m_path);
    if (target.exists())
        QFile::setPermissions(m_partPath, target.permissions());
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(m_partPath).constData(),
                    QFile::encodeName(m_path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        discard();
        return cannotWrite(m_path, reason);
    }
#else
    // No atomic replace through Qt here: the old target goes only now that the new
    // content is complete.
    if (target.exists() && !QFile::remove(m_path)) {
        discard();
        return cannotWrite(m_path, QStringLiteral("the old file cannot be replaced"));
    }
    if (!QFile::rename(m_partPath, m_path)) {
        discard();
        return cannotWrite(m_path, QStringLiteral("the new file cannot be renamed into place"));
    }
#endif
    m_partPath.clear();
    return {};
}

} // namespace duibiao
