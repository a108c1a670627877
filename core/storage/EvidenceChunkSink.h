#pragma once

#include "util/Result.h"

#include "util/Sha256.h"
#include <QIODevice>

#include <optional>

namespace duibiao {

struct StorageContext;

// A write-only device that stores an evidence file's bytes as they arrive: rows of at most
// EvidenceRepository::chunkSize in evidence_chunks, hashed and counted on the way, so a
// file of any size passes through in constant memory. Writing beyond the size cap or a
// failed insert makes write() fail; failure() then says why. Used inside the transaction
// that adds the evidence row, which rolls everything back on failure.
class EvidenceChunkSink : public QIODevice
{
public:
    EvidenceChunkSink(StorageContext& context, qint64 evidenceId, qint64 cap, Error tooLarge);

    // Stores what is still buffered; the error of the first failure, if any.
    Status finish();
    const std::optional<Error>& failure() const { return m_failure; }

    qint64 total() const { return m_total; }
    // The SHA-256 of everything written; call once, at the end.
    QString sha256();
    const QByteArray& head() const { return m_head; } // the first 4 KiB, for the MIME type

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    Status store(const QByteArray& chunk);

    StorageContext& m_context;
    qint64 m_evidenceId;
    qint64 m_cap;
    Error m_tooLarge;
    Sha256 m_hash;
    QByteArray m_buffer;
    QByteArray m_head;
    qint64 m_total = 0;
    int m_seq = 0;
    std::optional<Error> m_failure;
};

} // namespace duibiao
