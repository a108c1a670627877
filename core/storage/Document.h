#pragma once

#include "storage/AssessmentRepository.h"
#include "storage/AuditTrail.h"
#include "storage/DocumentMetaRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/PlatformRepository.h"
#include "storage/RatingRepository.h"
#include "storage/RectificationRepository.h"
#include "storage/ReviewOpinionRepository.h"
#include "storage/StorageContext.h"
#include "storage/SubmissionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Result.h"

#include <QLockFile>
#include <QTemporaryDir>

#include <memory>

namespace duibiao {

// A user's work: one .duibiao file (SQLite). Opening validates the file before anything
// is written, locks it against a second process, backs it up and migrates an older
// schema. Everything else goes through the typed repositories; no SQL leaves core/storage.
class Document
{
public:
    enum class Access {
        ReadWrite,
        // Never writes to the file, takes no lock; an older schema is migrated in a
        // temporary copy so the original stays byte-identical.
        ReadOnly
    };

    struct Options
    {
        Access access = Access::ReadWrite;
        QString userName;
        const Clock* clock = nullptr;
        qint64 evidenceSizeCap = 50LL * 1024 * 1024;
        // Where the rolling backups live (BackupSet); empty: the application's data folder.
        QString backupRoot;
    };

    static Result<std::unique_ptr<Document>> open(const QString& path, const Options& options);
    // Creates a new, empty document at the current schema. Refuses an existing path.
    static Result<std::unique_ptr<Document>> create(const QString& path, const Options& options);

    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a document asked for writing was opened read-only instead (its file or folder
    // is read-only, or it is damaged); empty when it is writable or was asked read-only.
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    // What SQLite found wrong with the file; empty when nothing (so far).
    const QString& damage() const { return m_damage; }
    // The full integrity check runs after the document is open (it reads every page);
    // when it finds damage, the document stops writing from then on.
    Status markDamaged(const QString& detail);
    // The copy taken before this open migrated the file (a BackupSet entry, or beside the
    // file when the backup folder cannot be written); empty when none was needed.
    const QString& migrationBackupPath() const { return m_migrationBackup; }

    void setUserName(const QString& name) { m_context.userName = name; }
    void setEvidenceSizeCap(qint64 bytes) { m_context.evidenceSizeCap = bytes; }
    StorageContext& context() { return m_context; }

    InstitutionRepository& institution() { return m_institution; }
    UnitRepository& units() { return m_units; }
    PlatformRepository& platforms() { return m_platforms; }
    AssessmentRepository& assessments() { return m_assessments; }
    RatingRepository& ratings() { return m_ratings; }
    EvidenceRepository& evidence() { return m_evidence; }
    RectificationRepository& rectification() { return m_rectification; }
    ReviewOpinionRepository& reviewOpinions() { return m_reviewOpinions; }
    DocumentMetaRepository& meta() { return m_meta; }
    SubmissionRepository& submissions() { return m_submissions; }
    FrameworkRepository& frameworks() { return m_frameworks; }
    AuditTrail& audit() { return m_audit; }

    // A consistent copy of the whole document (VACUUM INTO), e.g. for Save a Copy As.
    Status saveCopyAs(const QString& targetPath);
    // The file's bytes as they are (with its write-ahead log), for a damaged document that
    // VACUUM INTO cannot read whole: recovery tools get everything there is.
    Status saveRawCopy(const QString& targetPath);

private:
    explicit Document(const Options& options);
    Status configureConnection();
    static Result<QString> backUpBeforeUpgrade(Document& document, const QString& backupRoot);

    StorageContext m_context;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_damage;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_migratedCopyDir;

    InstitutionRepository m_institution{m_context};
    UnitRepository m_units{m_context};
    PlatformRepository m_platforms{m_context};
    AssessmentRepository m_assessments{m_context};
    RatingRepository m_ratings{m_context};
    EvidenceRepository m_evidence{m_context};
    RectificationRepository m_rectification{m_context};
    ReviewOpinionRepository m_reviewOpinions{m_context};
    DocumentMetaRepository m_meta{m_context};
    SubmissionRepository m_submissions{m_context};
    FrameworkRepository m_frameworks{m_context};
    AuditTrail m_audit{m_context};
};

} // namespace duibiao
