#include "exchange/package/VerifiedEntryDevice.h"

#include <QCoreApplication>

#include <zip.h>

namespace duibiao {

VerifiedEntryDevice::VerifiedEntryDevice(zip_file* file, QString packageName, QString entryName,
                                         qint64 declared, QByteArray sha256)
    : m_file(file), m_packageName(std::move(packageName)), m_entryName(std::move(entryName)),
      m_declared(declared), m_expected(std::move(sha256))
{}

VerifiedEntryDevice::~VerifiedEntryDevice()
{
    zip_fclose(m_file);
}

bool VerifiedEntryDevice::open(OpenMode mode)
{
    if (mode.testAnyFlags(WriteOnly | Append | Truncate) ||
        !QIODevice::open(mode | ReadOnly | Unbuffered))
        return false;
    if (m_declared == 0 && !checkEnd()) {
        QIODevice::close();
        return false;
    }
    return true;
}

bool VerifiedEntryDevice::seek(qint64 position)
{
    // Unpacking runs forwards only; "seeking" to where the device is costs nothing.
    return position == pos() && QIODevice::seek(position);
}

qint64 VerifiedEntryDevice::fail(const QString& problem)
{
    if (!m_failure) {
        m_failure =
            Error::user(QStringLiteral("%1: %2: %3").arg(m_packageName, m_entryName, problem));
        setErrorString(m_failure->message);
    }
    return -1;
}

qint64 VerifiedEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failure)
        return -1;
    const qint64 wanted = qMin(maxSize, m_declared - m_done);
    qint64 got = 0;
    if (wanted > 0) {
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(wanted));
        if (n < 0)
            return fail(QCoreApplication::translate("PackageReader", "the entry is damaged (%1).")
                            .arg(QString::fromLocal8Bit(zip_file_strerror(m_file))));
        if (n == 0)
            return fail(
                QCoreApplication::translate(
                    "PackageReader", "the entry holds fewer bytes (%1) than the %2 declared.")
                    .arg(m_done)
                    .arg(m_declared));
        got = n;
        m_done += got;
        m_hash.addData(data, qsizetype(got));
    }
    // The last bytes are handed over only once the whole entry has checked out.
    if (m_done == m_declared && !m_ended && !checkEnd())
        return -1;
    return got;
}

bool VerifiedEntryDevice::checkEnd()
{
    char extra = 0;
    const zip_int64_t n = zip_fread(m_file, &extra, 1);
    if (n < 0) {
        fail(QCoreApplication::translate("PackageReader", "the entry is damaged (%1).")
                 .arg(QString::fromLocal8Bit(zip_file_strerror(m_file))));
        return false;
    }
    if (n > 0) {
        fail(QCoreApplication::translate("PackageReader",
                                         "the entry holds more bytes than the %1 declared.")
                 .arg(m_declared));
        return false;
    }
    if (!m_expected.isEmpty() && m_hash.hexResult().toLatin1() != m_expected) {
        fail(QCoreApplication::translate("PackageReader",
                                         "the SHA-256 of the entry does not match manifest.json; "
                                         "the file was changed or damaged."));
        return false;
    }
    m_ended = true;
    return true;
}

} // namespace duibiao
