#include "storage/SchemaGuard.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace duibiao {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql; // whitespace-normalised; empty for SQLite's own automatic indexes
};

using SchemaObjects = QHash<QString, SchemaObject>; // by name

Result<SchemaObjects> readSchema(Database& db)
{
    SqlQuery query(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    if (Status status = query.exec(); !status)
        return status.error();
    SchemaObjects objects;
    while (query.next()) {
        objects.insert(query.value(1).toString(),
                       {query.value(0).toString(), query.value(2).toString(),
                        query.value(3).toString().simplified()});
    }
    return objects;
}

// The schema each version of the ladder builds, made once per version in memory.
Result<SchemaObjects> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, SchemaObjects> cache;
    const QMutexLocker locker(&mutex);
    if (auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    Database memory;
    if (Status status = memory.open(QStringLiteral(":memory:"), Database::Mode::ReadWrite); !status)
        return status.error();
    if (Status status = Schema::migrateTo(memory, version); !status)
        return status.error();
    Result<SchemaObjects> objects = readSchema(memory);
    if (objects)
        cache.insert(version, *objects);
    return objects;
}

QString describe(const QString& type, const QString& name)
{
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("SchemaGuard", "trigger “%1”").arg(name);
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("SchemaGuard", "view “%1”").arg(name);
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("SchemaGuard", "index “%1”").arg(name);
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("SchemaGuard", "table “%1”").arg(name);
    return QCoreApplication::translate("SchemaGuard", "object “%1” of type “%2”").arg(name, type);
}

} // namespace

Status SchemaGuard::check(Database& db, const QString& path, int userVersion)
{
    Result<SchemaObjects> expected = expectedSchema(userVersion);
    if (!expected)
        return expected.error();
    Result<SchemaObjects> actual = readSchema(db);
    if (!actual)
        return Error::user(
            QCoreApplication::translate("SchemaGuard",
                                        "%1 is damaged: its list of tables cannot be read (%2).")
                .arg(path, actual.error().message));
    QStringList unexpected;
    QStringList altered;
    QStringList missing;
    for (auto it = actual->constBegin(); it != actual->constEnd(); ++it) {
        const auto wanted = expected->constFind(it.key());
        if (wanted == expected->constEnd() || wanted->type != it->type)
            unexpected.append(describe(it->type, it.key()));
        else if (wanted->table != it->table || wanted->sql != it->sql)
            altered.append(describe(it->type, it.key()));
    }
    for (auto it = expected->constBegin(); it != expected->constEnd(); ++it) {
        if (!actual->contains(it.key()))
            missing.append(describe(it->type, it.key()));
    }
    if (unexpected.isEmpty() && altered.isEmpty() && missing.isEmpty())
        return {};
    unexpected.sort();
    altered.sort();
    missing.sort();
    QStringList parts;
    if (!unexpected.isEmpty())
        parts.append(QCoreApplication::translate("SchemaGuard", "an unexpected %1")
                         .arg(unexpected.join(QStringLiteral(", "))));
    if (!altered.isEmpty())
        parts.append(QCoreApplication::translate("SchemaGuard", "an altered %1")
                         .arg(altered.join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        parts.append(QCoreApplication::translate("SchemaGuard", "no %1")
                         .arg(missing.join(QStringLiteral(", "))));
    return Error::user(QCoreApplication::translate(
                           "SchemaGuard",
                           "%1 was not opened: the document contains %2, which Duibiao (schema "
                           "%3) never makes. Another program has changed it; ask whoever sent "
                           "it for the document as Duibiao saved it.")
                           .arg(path, parts.join(QStringLiteral("; ")))
                           .arg(userVersion));
}

} // namespace duibiao
