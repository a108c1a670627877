#include "storage/Database.h"

#include "storage/SqlQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace duibiao {

namespace {
QAtomicInteger<quint64> connectionCounter;

sqlite3* nativeHandle(QSqlDatabase& connection)
{
    const QVariant handle = connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

int cancelIfSet(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

// A document may come from anywhere, so no connection trusts the file: the defensive flag
// (no writable schema, no direct writes to SQLite's own tables), no functions with side
// effects from the schema, cell size checks (a damaged cell is an error, not a read past
// its page) and no memory mapping (a damaged or truncated file cannot fault the process).
Status harden(QSqlDatabase& connection, const QString& path)
{
    sqlite3* sqlite = nativeHandle(connection);
    if (!sqlite)
        return Error::internal(QCoreApplication::translate(
            "Database", "The SQLite connection of Qt Sql gives no native handle."));
    // Extended result codes tell a failed write (SQLITE_IOERR_WRITE: a full disk or a file
    // size limit) from other I/O errors in the messages (SqlQuery::toError).
    sqlite3_extended_result_codes(sqlite, 1);
    if (sqlite3_db_config(sqlite, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK ||
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK) {
        return Error::internal(
            QCoreApplication::translate("Database", "%1: SQLite refused its defensive settings: %2")
                .arg(path, QString::fromUtf8(sqlite3_errmsg(sqlite))));
    }
    QSqlQuery query(connection);
    for (const char* pragma : {"PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0"}) {
        if (!query.exec(QLatin1String(pragma)))
            return SqlQuery::toError(query.lastError(), QLatin1String(pragma), path);
    }
    return {};
}

} // namespace

Database::~Database()
{
    close();
}

Status Database::open(const QString& path, Mode mode)
{
    close();
    m_path = path;
    m_connectionName = QStringLiteral("duibiao-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        return Error::internal(QCoreApplication::translate(
            "Database", "The SQLite driver of Qt Sql is missing (install libqt6sql6-sqlite)."));
    }
    // Busy timeout: a reader in another process (a command-line summary) may briefly
    // hold a lock; wait rather than fail.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::Immutable) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        m_db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        close();
        return Error::user(
            QCoreApplication::translate("Database", "%1 cannot be opened: %2").arg(path, reason));
    }
    if (Status status = harden(m_db, path); !status) {
        close();
        return status;
    }
    return {};
}

void Database::setCancelFlag(const std::atomic_bool* flag)
{
    sqlite3* sqlite = nativeHandle(m_db);
    if (!sqlite)
        return;
    if (flag)
        sqlite3_progress_handler(sqlite, 10000, cancelIfSet,
                                 const_cast<void*>(static_cast<const void*>(flag)));
    else
        sqlite3_progress_handler(sqlite, 0, nullptr, nullptr);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
}

Status Database::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return SqlQuery::toError(query.lastError(), sql, m_path);
    return {};
}

Result<QVariant> Database::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return SqlQuery::toError(query.lastError(), sql, m_path);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace duibiao
