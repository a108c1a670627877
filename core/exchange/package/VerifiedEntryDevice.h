#pragma once

#include "util/Result.h"

#include "util/Sha256.h"
#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

struct zip_file;

namespace duibiao {

// One entry of a review package as a read-only QIODevice that checks the entry while it
// is read: it never delivers more than the declared size (a byte beyond it is an error,
// and nothing past it is unpacked), and it only reports the end once the whole entry has
// arrived with the expected SHA-256. Until then a failed check makes read() return -1 with
// errorString() "<package file>: <entry>: <problem>", and atEnd() stays false, so a reader
// that stops at the first error — EvidenceRepository::add, a loop of read() — never takes
// a damaged or forged entry for a whole one.
//
// Made by PackageReader (which owns the ZIP it reads from and must outlive it).
class VerifiedEntryDevice : public QIODevice
{
public:
    // Takes `file` over. An empty `sha256` checks the size only (manifest.json, which
    // nothing lists).
    VerifiedEntryDevice(zip_file* file, QString packageName, QString entryName, qint64 declared,
                        QByteArray sha256);
    ~VerifiedEntryDevice() override;

    // Opens unbuffered, read-only. An entry declared empty is checked here (its end and
    // hash), since a read may never reach readData(): false, with errorString(), if it fails.
    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    // Only once the whole entry has been read and checked.
    bool atEnd() const override { return m_ended && QIODevice::atEnd(); }
    qint64 size() const override { return m_declared; }
    bool seek(qint64 position) override;

    // The check that failed, once one has.
    const std::optional<Error>& failure() const { return m_failure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& problem);
    // At the declared size: no byte more, and the hash as listed.
    bool checkEnd();

    zip_file* m_file;
    QString m_packageName;
    QString m_entryName;
    qint64 m_declared;
    QByteArray m_expected;
    Sha256 m_hash; // libcrypto: the bulk of an import's work is hashing evidence
    qint64 m_done = 0;
    bool m_ended = false;
    std::optional<Error> m_failure;
};

} // namespace duibiao
