#include "storage/SqlQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>

namespace duibiao {

SqlQuery::SqlQuery(Database& db, const QString& sql)
    : m_query(db.connection()), m_sql(sql), m_path(db.path())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would be stored as SQL NULL; text columns are NOT NULL and an empty
    // text is what callers mean. Absent values are passed as an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec())
        return toError(m_query.lastError(), m_sql, m_path);
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (Status status = exec(); !status)
        return status.error();
    if (!m_query.next())
        return QVariant();
    return m_query.value(0);
}

Error SqlQuery::toError(const QSqlError& error, const QString& sql, const QString& path)
{
    const QString file =
        path.isEmpty() ? QCoreApplication::translate("SqlQuery", "The document") : path;
    // SQLite's primary result codes (the extended code's low byte).
    const int extended = error.nativeErrorCode().toInt();
    const int code = extended & 0xff;
    if (extended == 778) { // SQLITE_IOERR_WRITE: ENOSPC, EFBIG (a size limit) or EIO
        return Error::user(QCoreApplication::translate(
                               "SqlQuery",
                               "The disk is full or failing: %1 could not be written, so the "
                               "change was not saved. Free some space and try again.")
                               .arg(file));
    }
    switch (code) {
    case 13: // SQLITE_FULL: no space left, or a write past the file size limit (EFBIG)
        return Error::user(QCoreApplication::translate(
                               "SqlQuery", "The disk is full: %1 could not be written, so the "
                                           "change was not saved. Free some space and try again.")
                               .arg(file));
    case 10: // SQLITE_IOERR: a failed read or write (a full disk or size limit among others)
        return Error::user(QCoreApplication::translate(
                               "SqlQuery",
                               "%1 could not be written or read (%2), so the change was not saved. "
                               "The disk may be full, removed or failing; free some space or "
                               "check the disk, then try again.")
                               .arg(file, error.databaseText()));
    case 8: // SQLITE_READONLY
        return Error::user(
            QCoreApplication::translate("SqlQuery", "%1 is read-only; the change was not saved.")
                .arg(file));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::user(
            QCoreApplication::translate("SqlQuery", "%1 is damaged (%2); nothing was changed.")
                .arg(file, error.databaseText()));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::user(QCoreApplication::translate(
                               "SqlQuery", "%1 is busy in another program; try again in a moment.")
                               .arg(file));
    default:
        return Error::internal(
            QCoreApplication::translate("SqlQuery", "Database error in %1: %2 (in: %3)")
                .arg(file, error.text(), sql.simplified().left(120)));
    }
}

QVariant toSql(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant toSql(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timeFromSql(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toLocalTime();
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

} // namespace duibiao
