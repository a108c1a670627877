#include "storage/Document.h"

#include "storage/BackupSet.h"
#include "storage/ConsistencyCheck.h"
#include "storage/DocumentFile.h"
#include "storage/Schema.h"
#include "storage/SchemaGuard.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace duibiao {

namespace {

QString sqlLiteral(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A consistent copy of an open database into a new file.
Status vacuumInto(Database& db, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error::user(
            QCoreApplication::translate("Document", "%1 already exists; it was not overwritten.")
                .arg(target));
    Status status = db.exec(QStringLiteral("VACUUM INTO ") + sqlLiteral(target));
    if (!status)
        QFile::remove(target); // what a failed copy left; it did not exist before
    return status;
}

// Why a file that is to be edited cannot be: SQLite would open it read-only without a
// word (file) or fail at the first write (folder: no journal beside it, no lock file).
QString whyNotWritable(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return QCoreApplication::translate("Document",
                                           "the file %1 is read-only (its permissions or the disk)")
            .arg(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable())
        return QCoreApplication::translate("Document",
                                           "its folder %1 is read-only, so Duibiao cannot keep "
                                           "its journal and lock files beside it")
            .arg(folder.absoluteFilePath());
    return {};
}

} // namespace

// The copy taken before a migration goes into the rolling backup set, where File → Restore
// from Backup finds it. Only when that fails (its folder cannot be written) is it put
// beside the file, as before the backup set existed; when both fail, nothing is migrated.
Result<QString> Document::backUpBeforeUpgrade(Document& document, const QString& backupRoot)
{
    Database& db = document.m_context.db;
    const QString& path = document.m_path;
    Result<BackupSet::Backup> taken =
        BackupSet(path, backupRoot)
            .takeBefore(document,
                        QCoreApplication::translate("Document", "before upgrade to schema %1")
                            .arg(Schema::currentVersion()));
    if (taken)
        return taken->path;
    Result<QVariant> version = db.scalar(QStringLiteral("PRAGMA user_version"));
    const QString beside =
        QStringLiteral("%1.schema-v%2-%3.bak")
            .arg(path)
            .arg(version ? version->toInt() : 0)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (Status status = vacuumInto(db, beside); !status) {
        return Error::user(QCoreApplication::translate(
                               "Document", "%1 needs upgrading, but no backup copy could be "
                                           "written first (%2; %3); nothing was changed.")
                               .arg(path, taken.error().message, status.error().message));
    }
    return beside;
}

Document::Document(const Options& options)
{
    m_context.userName = options.userName;
    m_context.clock = options.clock;
    m_context.evidenceSizeCap = options.evidenceSizeCap;
}

Document::~Document()
{
    // Removed evidence was kept for undo; the undo history ends with the session.
    if (!m_readOnly && m_context.db.isOpen())
        (void)m_evidence.purgeRemoved();
    m_context.db.close();
    DocumentFile::unlock(m_lock);
}

Status Document::configureConnection()
{
    Database& db = m_context.db;
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF"}) {
        if (Status status = db.exec(QLatin1String(pragma)); !status)
            return status;
    }
    if (m_readOnly)
        return db.exec(QStringLiteral("PRAGMA query_only = ON"));
    // WAL: readers (a command-line summary) never block the app, and a crash mid-write
    // leaves the last committed state. FULL sync: a committed edit survives power loss.
    Result<QVariant> mode = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    return db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

Result<std::unique_ptr<Document>> Document::create(const QString& path, const Options& options)
{
    if (QFileInfo::exists(path))
        return Error::user(
            QCoreApplication::translate("Document", "%1 already exists; it was not overwritten.")
                .arg(path));
    std::unique_ptr<Document> document(new Document(options));
    document->m_path = path;
    Result<std::unique_ptr<QLockFile>> lock = DocumentFile::lock(path);
    if (!lock)
        return lock.error();
    document->m_lock = std::move(*lock);
    if (Status status = document->m_context.db.open(path, Database::Mode::ReadWrite); !status)
        return status.error();
    Status status = document->configureConnection();
    if (status)
        status = Schema::migrate(document->m_context.db);
    // Put the new header (application id, schema version) into the file itself at once,
    // so the file is recognisable even if the app stops before its first checkpoint.
    if (status)
        status = document->m_context.db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!status) {
        document->m_context.db.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return status.error();
    }
    return document;
}

Result<std::unique_ptr<Document>> Document::open(const QString& path, const Options& options)
{
    if (Status status = DocumentFile::inspect(path); !status)
        return status.error();

    std::unique_ptr<Document> document(new Document(options));
    document->m_path = path;
    document->m_readOnly = options.access == Access::ReadOnly;
    Database& db = document->m_context.db;
    if (!document->m_readOnly) {
        if (const QString why = whyNotWritable(path); !why.isEmpty()) {
            document->m_readOnly = true;
            document->m_readOnlyReason =
                QCoreApplication::translate("Document", "%1 was opened read-only: %2.")
                    .arg(QFileInfo(path).fileName(), why);
        }
    }

    if (!document->m_readOnly) {
        Result<std::unique_ptr<QLockFile>> lock = DocumentFile::lock(path);
        if (!lock)
            return lock.error();
        document->m_lock = std::move(*lock);
    }

    // Look before writing: a read-only connection reads the real schema version (the
    // header can lag behind the write-ahead log) and whether SQLite can read the schema.
    // A file nobody has open is read as immutable, so a read-only verb leaves not even a
    // -wal or -shm file behind.
    const bool inUse = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (Status status = db.open(path, document->m_readOnly && !inUse ? Database::Mode::Immutable
                                                                     : Database::Mode::ReadOnly);
        !status)
        return status.error();
    Result<QVariant> applicationId = db.scalar(QStringLiteral("PRAGMA application_id"));
    Result<QVariant> version = db.scalar(QStringLiteral("PRAGMA user_version"));
    Result<QVariant> tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    for (const Result<QVariant>* read : {&applicationId, &version, &tables}) {
        if (!*read)
            return Error{
                QCoreApplication::translate("Document", "%1: %2").arg(path, read->error().message),
                read->error().kind};
    }
    const int schemaVersion = version->toInt();
    if (Status status = DocumentFile::checkIdentity(path, applicationId->toInt(), schemaVersion);
        !status)
        return status.error();
    // Before any table is read: a file from elsewhere may carry triggers, views or
    // altered tables that Duibiao never made.
    if (Status status = SchemaGuard::check(db, path, schemaVersion); !status)
        return status.error();
    // Every table but the evidence bytes and the audit trail is checked now (some 20 ms for
    // the large document); the full check, which reads every page, runs after start-up.
    // A damaged document is opened read-only: nothing is written over what is left.
    Result<QStringList> checked = ConsistencyCheck::tablesCheckedAtOpen(db);
    if (!checked)
        return checked.error();
    Result<QStringList> problems = checked->isEmpty() ? Result<QStringList>(QStringList())
                                                      : ConsistencyCheck::quickCheck(db, *checked);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        document->m_damage = problems->join(QLatin1Char('\n'));
        if (!document->m_readOnly) {
            document->m_readOnly = true;
            document->m_readOnlyReason =
                QCoreApplication::translate("Document", "%1 is damaged and was opened read-only.")
                    .arg(QFileInfo(path).fileName());
            DocumentFile::unlock(document->m_lock);
        }
    }

    QString workingPath = path;
    bool openedForWriting = false;
    if (schemaVersion < Schema::currentVersion()) {
        if (document->m_readOnly) {
            document->m_migratedCopyDir = std::make_unique<QTemporaryDir>();
            if (!document->m_migratedCopyDir->isValid())
                return Error::internal(
                    QCoreApplication::translate("Document", "No temporary folder is available."));
            workingPath = document->m_migratedCopyDir->filePath(QStringLiteral("migrated.duibiao"));
            if (Status status = vacuumInto(db, workingPath); !status)
                return status.error();
        } else {
            Result<QString> backup = backUpBeforeUpgrade(*document, options.backupRoot);
            if (!backup)
                return backup.error();
            document->m_migrationBackup = *backup;
        }
        db.close();
        if (Status status = db.open(workingPath, Database::Mode::ReadWrite); !status)
            return status.error();
        openedForWriting = true;
        if (Status status = Schema::migrate(db); !status)
            return status.error();
        if (document->m_readOnly) {
            if (Status status = db.exec(QStringLiteral("PRAGMA query_only = ON")); !status)
                return status.error();
        }
    }
    if (!document->m_readOnly && !openedForWriting) {
        db.close();
        if (Status status = db.open(path, Database::Mode::ReadWrite); !status)
            return status.error();
    }
    if (Status status = document->configureConnection(); !status)
        return status.error();
    // Evidence removed in a session that ended without closing (a crash) goes now.
    if (!document->m_readOnly) {
        if (Status status = document->m_evidence.purgeRemoved(); !status)
            return status.error();
    }
    return document;
}

Status Document::saveCopyAs(const QString& targetPath)
{
    return vacuumInto(m_context.db, targetPath);
}

Status Document::saveRawCopy(const QString& targetPath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        const QString source = m_path + suffix;
        const QString target = targetPath + suffix;
        if (!suffix.isEmpty() && !QFileInfo::exists(source))
            continue;
        if (QFileInfo::exists(target))
            return Error::user(QCoreApplication::translate(
                                   "Document", "%1 already exists; it was not overwritten.")
                                   .arg(target));
        if (!QFile::copy(source, target))
            return Error::user(
                QCoreApplication::translate("Document", "%1 could not be copied to %2.")
                    .arg(source, target));
    }
    return {};
}

Status Document::markDamaged(const QString& detail)
{
    m_damage = detail;
    if (m_readOnly)
        return {};
    m_readOnly = true;
    m_readOnlyReason =
        QCoreApplication::translate("Document", "%1 is damaged; it is read-only now.")
            .arg(QFileInfo(m_path).fileName());
    return m_context.db.exec(QStringLiteral("PRAGMA query_only = ON"));
}

} // namespace duibiao
