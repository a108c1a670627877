#include "storage/BackupSet.h"

#include "storage/ConsistencyCheck.h"
#include "storage/Document.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>

namespace duibiao {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// backup file names: <stamp>-<reason>.duibiao
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}-\\d{6}-\\d{3})-([a-z]+)(-\\d+)?\\.duibiao$"));
    return pattern;
}

// The description of a takeBefore() backup lives in a text file beside the copy.
QString descriptionPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".reason");
}

QString summarise(const QString& path)
{
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    Result<std::unique_ptr<Document>> opened = Document::open(path, options);
    if (!opened)
        return QCoreApplication::translate("BackupSet", "unreadable: %1")
            .arg(opened.error().message);
    Document& document = **opened;
    Result<Institution> institution = document.institution().get();
    Result<Assessment> assessment = document.assessments().current();
    if (!institution || !assessment)
        return QCoreApplication::translate("BackupSet", "no assessment");
    int rated = 0;
    int total = 0;
    Result<Framework> framework = document.assessments().framework(assessment->id);
    Result<QVector<RequirementAssessment>> ratings = document.ratings().all(assessment->id);
    if (framework && ratings) {
        // Rows kept from before a move to another framework version do not count.
        total = framework->requirementCount();
        for (const RequirementAssessment& rating : *ratings) {
            if (rating.rating != Rating::Unrated && framework->requirement(rating.requirementCode))
                ++rated;
        }
    }
    int items = 0;
    if (Result<QVector<RectificationItem>> all = document.rectification().all(assessment->id))
        items = int(all->size());
    return QCoreApplication::translate("BackupSet", "%1: %2 of %3 rated, %4 rectification items")
        .arg(institution->name)
        .arg(rated)
        .arg(total)
        .arg(items);
}

} // namespace

BackupSet::BackupSet(const QString& documentPath, const QString& root, int keep) : m_keep(keep)
{
    const QString base =
        root.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("backups"))
                       : root;
    const QFileInfo info(documentPath);
    // One folder per document path: readable name plus a hash, so two "default.duibiao"
    // in different folders never share backups.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(10));
    m_folder = QDir(base).filePath(QStringLiteral("%1-%2").arg(info.completeBaseName(), hash));
}

Result<BackupSet::Backup> BackupSet::take(Document& document, const QString& reason)
{
    return takeNamed(document, reason, {});
}

Result<BackupSet::Backup> BackupSet::takeBefore(Document& document, const QString& description)
{
    return takeNamed(document, QStringLiteral("before"), description);
}

Result<BackupSet::Backup> BackupSet::takeNamed(Document& document, const QString& reason,
                                               const QString& description)
{
    if (!QDir().mkpath(m_folder)) {
        return Error::user(
            QCoreApplication::translate("BackupSet", "The backup folder %1 cannot be created.")
                .arg(m_folder));
    }
    const QDateTime now = document.context().now();
    QString path = QDir(m_folder).filePath(
        QStringLiteral("%1-%2.duibiao").arg(now.toString(stampFormat), reason));
    for (int n = 2; QFileInfo::exists(path); ++n) // two within a millisecond
        path = QDir(m_folder).filePath(
            QStringLiteral("%1-%2-%3.duibiao").arg(now.toString(stampFormat), reason).arg(n));
    if (Status status = document.saveCopyAs(path); !status)
        return status.error();
    // A copy that SQLite cannot read back whole is no backup (a disk that failed while
    // it was written): it must never be offered for a restore.
    Result<QStringList> problems = ConsistencyCheck::quickCheckFile(path);
    if (!problems || !problems->isEmpty()) {
        QFile::remove(path);
        return Error::user(
            QCoreApplication::translate("BackupSet", "The backup copy %1 failed its check (%2).")
                .arg(path,
                     problems ? problems->join(QStringLiteral("; ")) : problems.error().message));
    }
    if (!description.isEmpty()) {
        QFile text(descriptionPath(path));
        if (!text.open(QIODevice::WriteOnly) || text.write(description.toUtf8()) < 0) {
            QFile::remove(path);
            return Error::user(QCoreApplication::translate("BackupSet", "%1 cannot be written: %2")
                                   .arg(text.fileName(), text.errorString()));
        }
    }
    if (Status status = prune(); !status)
        return status.error();
    return Backup{
        path, now, description.isEmpty() ? reason : description, QFileInfo(path).size(), {}};
}

Result<bool> BackupSet::takeDailyIfDue(Document& document, QDate today)
{
    Result<QVector<Backup>> existing = list(false);
    if (!existing)
        return existing.error();
    for (const Backup& backup : *existing) {
        if (backup.taken.date() == today)
            return false;
    }
    Result<Backup> taken = take(document, QStringLiteral("daily"));
    if (!taken)
        return taken.error();
    return true;
}

Result<QVector<BackupSet::Backup>> BackupSet::list(bool withSummaries) const
{
    QVector<Backup> backups;
    const QDir dir(m_folder);
    if (!dir.exists())
        return backups;
    const QStringList names =
        dir.entryList({QStringLiteral("*.duibiao")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = namePattern().match(name);
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.path = dir.filePath(name);
        backup.taken = QDateTime::fromString(match.captured(1), stampFormat);
        backup.reason = match.captured(2);
        if (QFile text(descriptionPath(backup.path)); text.open(QIODevice::ReadOnly))
            backup.reason = QString::fromUtf8(text.read(1000)).trimmed();
        backup.size = QFileInfo(backup.path).size();
        if (withSummaries)
            backup.summary = summarise(backup.path);
        backups.append(backup);
    }
    return backups;
}

Status BackupSet::prune() const
{
    Result<QVector<Backup>> all = list(false);
    if (!all)
        return all.error();
    for (qsizetype i = m_keep; i < all->size(); ++i) {
        QFile::remove(all->at(i).path);
        QFile::remove(descriptionPath(all->at(i).path));
    }
    return {};
}

Result<QString> BackupSet::newestGood() const
{
    Result<QVector<Backup>> all = list(false);
    if (!all)
        return all.error();
    for (const Backup& backup : *all) {
        Result<QStringList> problems = ConsistencyCheck::quickCheckFile(backup.path);
        if (problems && problems->isEmpty())
            return backup.path;
    }
    return QString();
}

Status replaceWithBackup(const QString& documentPath, const QString& backupPath)
{
    const QFileInfo target(documentPath);
    QTemporaryFile copy(target.absoluteDir().filePath(QStringLiteral(".restore-XXXXXX.duibiao")));
    copy.setAutoRemove(true);
    QFile source(backupPath);
    if (!copy.open() || !source.open(QIODevice::ReadOnly)) {
        return Error::user(
            QCoreApplication::translate("BackupSet", "The backup %1 cannot be copied next to %2.")
                .arg(backupPath, documentPath));
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1024 * 1024);
        if (copy.write(chunk) != chunk.size())
            return Error::user(
                QCoreApplication::translate("BackupSet", "Copying the backup failed: %1")
                    .arg(copy.errorString()));
    }
    if (!copy.flush())
        return Error::user(copy.errorString());
    copy.close();
    // Leftover journal files of the old document would be applied to the restored one.
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(documentPath + QLatin1String(suffix));
    // rename() replaces the document in one step: at every moment there is either the old
    // file or the restored one under its name, never neither.
    if (std::rename(QFile::encodeName(copy.fileName()).constData(),
                    QFile::encodeName(documentPath).constData()) != 0) {
        return Error::user(
            QCoreApplication::translate("BackupSet", "%1 cannot be replaced.").arg(documentPath));
    }
    copy.setAutoRemove(false);
    return {};
}

} // namespace duibiao
