#pragma once

#include "model/Evidence.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

struct zip;
struct zip_source;

namespace duibiao {

class EvidenceRepository;

// Writes a package ZIP with libzip. Entries are only described until commit(), which
// streams them: libzip writes to a temporary file beside the target and renames it into
// place when complete, so the package appears whole or not at all and an existing file at
// the target stays untouched after a failure or a cancel. Evidence bytes are pulled from
// the document one 1 MiB chunk at a time and checked against their stored SHA-256 and size
// on the way.
class ZipPackageWriter
{
public:
    // (bytes written so far, bytes in all) while commit() runs.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ZipPackageWriter();
    ~ZipPackageWriter(); // discards an uncommitted package
    ZipPackageWriter(const ZipPackageWriter&) = delete;
    ZipPackageWriter& operator=(const ZipPackageWriter&) = delete;

    // Prepares `path` (nothing is written there before commit()).
    Status open(const QString& path, const QDateTime& modified);
    // Deflated: JSON and other text.
    Status addBytes(const QString& name, const QByteArray& bytes);
    // Stored as they are: files already compressed (XLSX, ODT, PDF).
    Status addFile(const QString& name, const QString& path);
    // Stored; streamed from the document when committing.
    Status addEvidence(const QString& name, const Evidence& evidence,
                       const EvidenceRepository& repository);
    // An entry whose bytes are asked of `make` only when commit() comes to it, so that they
    // can be made while the entries before it are written (the reports are rendered on
    // another thread while the evidence streams). A failure of `make` fails the commit
    // with its error; `make` runs on the thread calling commit().
    using Producer = std::function<Result<QByteArray>()>;
    Status addDeferred(const QString& name, Producer make, bool deflate);

    // Writes everything and renames the file into place. `cancel`, when set, stops it
    // (the error then says it was cancelled) and leaves no file behind.
    Status commit(const Progress& progress, const std::atomic_bool* cancel);
    // Drops the package: no file appears, an existing one stays.
    void discard();

private:
    struct EvidenceSource;
    struct DeferredSource;
    Status addSource(const QString& name, zip_source* source, bool deflate);
    Error zipError(const QString& what) const;

    zip* m_zip = nullptr;
    QString m_path;
    QDateTime m_modified;
    qint64 m_totalBytes = 0;
    // Owned here so their errors outlive libzip's calls into them.
    std::vector<std::unique_ptr<EvidenceSource>> m_sources;
    std::vector<std::unique_ptr<DeferredSource>> m_deferred;
};

} // namespace duibiao
