#include "storage/EvidenceChunkSink.h"

#include "storage/EvidenceRepository.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"

namespace duibiao {

EvidenceChunkSink::EvidenceChunkSink(StorageContext& context, qint64 evidenceId, qint64 cap,
                                     Error tooLarge)
    : m_context(context), m_evidenceId(evidenceId), m_cap(cap), m_tooLarge(std::move(tooLarge))
{
    open(QIODevice::WriteOnly);
}

qint64 EvidenceChunkSink::writeData(const char* data, qint64 length)
{
    if (m_failure)
        return -1;
    if (m_total + length > m_cap) {
        m_failure = m_tooLarge;
        setErrorString(m_tooLarge.message);
        return -1;
    }
    const QByteArrayView bytes(data, qsizetype(length));
    m_hash.addData(bytes.data(), bytes.size());
    if (m_head.size() < 4096)
        m_head.append(bytes.first(qMin<qsizetype>(bytes.size(), 4096 - m_head.size())));
    m_total += length;
    m_buffer.append(bytes);
    while (m_buffer.size() >= EvidenceRepository::chunkSize) {
        if (Status status = store(m_buffer.left(EvidenceRepository::chunkSize)); !status)
            return -1;
        m_buffer.remove(0, EvidenceRepository::chunkSize);
    }
    return length;
}

Status EvidenceChunkSink::finish()
{
    if (m_failure)
        return *m_failure;
    if (!m_buffer.isEmpty()) {
        if (Status status = store(m_buffer); !status)
            return status;
        m_buffer.clear();
    }
    return {};
}

QString EvidenceChunkSink::sha256()
{
    return m_hash.hexResult();
}

Status EvidenceChunkSink::store(const QByteArray& chunk)
{
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO evidence_chunks (evidence_id, seq, "
                                                 "data) VALUES (:id, :seq, :data)"));
    insert.bind(QStringLiteral(":id"), m_evidenceId)
        .bind(QStringLiteral(":seq"), m_seq)
        .bind(QStringLiteral(":data"), chunk);
    if (Status status = insert.exec(); !status) {
        m_failure = status.error();
        setErrorString(status.error().message);
        return status;
    }
    ++m_seq;
    return {};
}

} // namespace duibiao
