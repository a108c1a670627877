#pragma once

#include "exchange/package/CheckedManifest.h"
#include "exchange/package/PackageLimits.h"
#include "exchange/package/VerifiedEntryDevice.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
struct zip;

namespace duibiao {

// Reads a review package (docs/formats/package.md) that came from outside and may be
// hostile. open() checks everything that can be checked without reading evidence bytes:
// that it is a ZIP, the ZIP directory (entry names, duplicates, encryption, compression
// methods, sizes, compression ratios against the caps of PackageLimits), the manifest
// (strictly typed, its fingerprint) and that manifest and directory list the same entries
// with the same sizes, all of them entries format 1 has (assessment.json, scores.xlsx,
// evidence/NNNNNN-name, report.pdf and report.odt among the reports). The bytes of each entry are
// then read only through functions that count them against the declared size and check their
// SHA-256, so nothing unverified leaves the reader. Every message reads "<package file>: <entry>:
// <problem>".
//
// The package file is only ever read. One reader is used by one thread at a time.
class PackageReader
{
public:
    // Bytes done of the total, after every piece; for a progress bar.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static constexpr qint64 pieceBytes = 1024 * 1024;

    static Result<std::unique_ptr<PackageReader>> open(const QString& path,
                                                       const PackageLimits& limits = {});
    ~PackageReader();
    PackageReader(const PackageReader&) = delete;
    PackageReader& operator=(const PackageReader&) = delete;

    const CheckedManifest& manifest() const { return m_manifest; }
    // manifest.json as read (already checked against the caps).
    const QByteArray& manifestJson() const { return m_manifestJson; }
    QString path() const { return m_path; }
    // What messages call the package: its file name.
    QString packageName() const { return m_packageName; }
    // Every entry of content and reports, in manifest order.
    const QVector<ListedEntry>& entries() const { return m_entries; }
    const ListedEntry* find(const QString& name) const;
    // Sum of the declared sizes of all listed entries.
    qint64 totalBytes() const;

    // The whole of a small entry (JSON), at most PackageLimits::maxJsonBytes: reads at
    // most its declared size + 1 bytes, then checks size and SHA-256.
    Result<QByteArray> readVerified(const QString& name);
    // Streams an entry into `sink` piece by piece, counting (it stops as soon as the entry
    // holds more than declared) and hashing. On a mismatch the sink has already received
    // bytes: write into something the caller can roll back or discard.
    Status copyVerified(const QString& name, QIODevice& sink, const Progress& progress = {},
                        const std::atomic_bool* cancel = nullptr);
    // The entry as a device that checks it while it is read (see VerifiedEntryDevice), for
    // consumers that pull, such as EvidenceRepository::add. It reads from this reader's ZIP:
    // destroy it before the reader, and read one entry at a time.
    Result<std::unique_ptr<VerifiedEntryDevice>> openVerified(const QString& name);
    // Checks the size and SHA-256 of every listed entry, keeping nothing.
    Status verifyAll(const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    struct DirectoryEntry
    {
        quint64 index = 0;
        qint64 size = 0;
    };
    // Where a read's bytes go and how its progress counts.
    struct ReadTarget
    {
        QIODevice* sink = nullptr;
        QByteArray* keep = nullptr;
        qint64 doneBefore = 0;
        qint64 total = 0;
        const Progress* progress = nullptr;
        const std::atomic_bool* cancel = nullptr;
    };

    PackageReader(QString path, const PackageLimits& limits);

    Status openArchive();
    Status checkDirectory();
    Status readManifest();
    Status checkListing();
    QString duplicateName() const;
    Error refuse(const QString& entry, const QString& problem) const;
    Result<std::unique_ptr<VerifiedEntryDevice>> openEntry(const QString& name,
                                                           const DirectoryEntry& entry,
                                                           qint64 declared,
                                                           const QByteArray& sha256);
    // Reads the entry through a VerifiedEntryDevice into `target`; an empty `sha256` checks
    // the size only.
    Status read(const QString& name, const DirectoryEntry& entry, qint64 declared,
                const QByteArray& sha256, const ReadTarget& target);
    Status readListed(const ListedEntry& listed, const ReadTarget& target);

    QString m_path;
    QString m_packageName;
    PackageLimits m_limits;
    zip* m_zip = nullptr;
    QHash<QString, DirectoryEntry> m_directory; // files only, not folder entries
    QVector<QString> m_directoryOrder;
    QByteArray m_manifestJson;
    CheckedManifest m_manifest;
    QVector<ListedEntry> m_entries;
    QHash<QString, qsizetype> m_listed; // name → index in m_entries
};

} // namespace duibiao
