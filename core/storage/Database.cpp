#include "storage/Database.h"

#include "storage/SqlQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace duibiao {

namespace {
QAtomicInteger<quint64> connectionCounter;
}

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
    return {};
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
        return SqlQuery::toError(query.lastError(), sql);
    return {};
}

Result<QVariant> Database::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return SqlQuery::toError(query.lastError(), sql);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace duibiao
