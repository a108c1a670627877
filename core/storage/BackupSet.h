#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace duibiao {

class Document;

// A rolling set of consistent copies of one document (SQLite's VACUUM INTO), kept in the
// application's data folder under a folder named after the document's path. Taken on
// the first open of a day and before risky operations (imports, restores); the oldest go
// when more than `keep` exist.
class BackupSet
{
public:
    struct Backup
    {
        QString path;
        QDateTime taken;
        // "daily", "restore", "import", … or, for takeBefore(), its description ("before
        // upgrade to schema 3", "before import of P.zip").
        QString reason;
        qint64 size = 0;
        // What it holds, read from the copy: institution, rated requirements, items.
        QString summary;
    };

    static constexpr int defaultKeep = 10;

    // `root` is where backup folders live; empty: AppDataLocation/backups.
    explicit BackupSet(const QString& documentPath, const QString& root = {},
                       int keep = defaultKeep);

    const QString& folder() const { return m_folder; }

    // `reason` is one lowercase word; it names the file. The copy is quick_checked before
    // it counts: a backup that is not sound is removed and the error says so.
    Result<Backup> take(Document& document, const QString& reason);
    // A backup before a risky operation, with a description of it kept beside the copy
    // and shown as its reason: "before upgrade to schema 3", "before import of P.zip".
    Result<Backup> takeBefore(Document& document, const QString& description);
    // Takes a "daily" backup unless one was already taken today.
    Result<bool> takeDailyIfDue(Document& document, QDate today);
    // Newest first. Summaries are read from each copy (read-only, immutable).
    Result<QVector<Backup>> list(bool withSummaries = true) const;
    // The newest backup whose own quick_check passes (reads every page of each copy
    // tried); empty when there is none.
    Result<QString> newestGood() const;

private:
    Result<Backup> takeNamed(Document& document, const QString& reason, const QString& description);
    Status prune() const;

    QString m_folder;
    int m_keep;
};

// Replaces the document file at `documentPath` with the backup, atomically (copy into the
// same folder, then rename over it). The document must be closed; the caller takes a
// "restore" backup of the current state first so the restore can itself be undone.
Status replaceWithBackup(const QString& documentPath, const QString& backupPath);

} // namespace duibiao
