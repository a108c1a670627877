#pragma once

#include "model/Evidence.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QVector>

#include <functional>

#include <optional>

class QIODevice;

namespace duibiao {

struct StorageContext;

// Evidence files stored inside the document. Bytes move in chunks of chunkSize between a
// QIODevice and the evidence_chunks table, so no file is ever held in memory whole;
// listing evidence reads only the metadata.
class EvidenceRepository
{
public:
    static constexpr qint64 chunkSize = 1024 * 1024;

    explicit EvidenceRepository(StorageContext& context) : m_context(context) {}

    Result<QVector<Evidence>> list(qint64 assessmentId) const;
    // The evidence of one requirement only.
    Result<QVector<Evidence>> listFor(qint64 assessmentId, const QString& requirementCode) const;
    Result<Evidence> get(qint64 evidenceId) const;
    // Number of evidence files per requirement code.
    Result<QHash<QString, int>> countByRequirement(qint64 assessmentId) const;

    // Stores the bytes of `source` under `info` (name, requirement, expected item,
    // rectification item). Size, SHA-256 and MIME type are computed from the bytes.
    // Refused, with the cap named, when larger than the per-file cap.
    Result<qint64> add(qint64 assessmentId, Evidence info, QIODevice& source);
    // Adds a file whose bytes `produce` writes into the given device (e.g. straight out of
    // a package entry), stored as they arrive.
    Result<qint64> addStreamed(qint64 assessmentId, Evidence info,
                               const std::function<Status(QIODevice&)>& produce);
    Result<qint64> addFile(qint64 assessmentId, const QString& requirementCode,
                           const QString& filePath, const QString& expectedItem = {});

    // Streams the bytes into `sink`; fails if they no longer match the stored SHA-256.
    Status writeTo(qint64 evidenceId, QIODevice& sink) const;
    // Chunk `seq` (0, 1, …) of the stored bytes, at most chunkSize long; none past the
    // last. For consumers that pull bytes (a ZIP writer) rather than take a push through
    // writeTo(); the caller checks the SHA-256.
    Result<std::optional<QByteArray>> readChunk(qint64 evidenceId, int seq) const;
    // Recomputes the SHA-256 from the stored chunks.
    Result<QString> computeSha256(qint64 evidenceId) const;

    Status rename(qint64 evidenceId, const QString& name);
    // Keeps when and by whom a file was first added, for evidence taken from a package.
    Status setProvenance(qint64 evidenceId, const QDateTime& added, const QString& addedBy);
    Status setExpectedItem(qint64 evidenceId, const QString& expectedItem);
    // Marks the file removed: it disappears from every list but keeps its bytes, so the
    // removal can be undone (restore) until purgeRemoved() runs at close.
    Status remove(qint64 evidenceId);
    Status restore(qint64 evidenceId);
    Status purgeRemoved();

private:
    StorageContext& m_context;
};

QString formatByteSize(qint64 bytes);

} // namespace duibiao
