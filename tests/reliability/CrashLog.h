#pragma once

#include "model/UnitFigures.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace duibiao {
class Document;
struct Platform;
struct RectificationItem;
} // namespace duibiao

namespace duibiao::reliability {

// The crash test's journal. The worker writes, and fsyncs, one line before each edit
// ("T n key=value …") and one after its commit ("C n key=value …"), or "R n" when the edit
// was refused and rolled back. Keys name one piece of state ("rating:A1", "evidence:17",
// "item:5"); values are that state after the edit ("met", a SHA-256, "removed"). A key
// whose id is not known before the commit (an added row) is written "evidence:*".
// Every line ends in " ." so a line cut short by SIGKILL is recognised and ignored.
struct LogEntry
{
    enum class Kind { Try, Commit, Rollback };
    Kind kind = Kind::Try;
    qint64 number = 0;
    QVector<std::pair<QString, QString>> changes;
};

QString formatEntry(const LogEntry& entry);
// Lines that are not whole entries (cut short by a kill) are skipped.
QVector<LogEntry> parseLog(const QByteArray& bytes);

// The state the journal speaks about, read from a document: every key with its value.
// Rows that are absent are simply missing (the journal says "removed").
Result<QHash<QString, QString>> snapshot(Document& document);

// Values as both sides compute them.
QString removedValue();
QString textFingerprint(const QString& text);
QString itemFingerprint(const RectificationItem& item);
QString platformFingerprint(const Platform& platform);
QString figuresKey(qint64 unitId, int year);
QString figuresValue(const UnitFigures& figures);

// The kind part of a key: "evidence" of "evidence:17".
QString keyKind(const QString& key);

} // namespace duibiao::reliability
