#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>

namespace duibiao {

// One Qt Sql connection to one SQLite file, with a unique connection name so several
// documents (and tests) can be open side by side. Only core/storage sees this class.
class Database
{
public:
    enum class Mode {
        ReadWrite,
        ReadOnly,
        // Read-only for a file nobody has open (no write-ahead log beside it): SQLite
        // reads it as immutable and creates no -wal/-shm files next to it.
        Immutable
    };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status open(const QString& path, Mode mode);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }

    // Runs one statement without bound values (PRAGMAs, DDL).
    Status exec(const QString& sql);
    // The first column of the first row of a statement without bound values.
    Result<QVariant> scalar(const QString& sql);

    // While `flag` is set, statements on this connection stop with an error (SQLite's
    // progress handler looks at it now and then). Lets another thread cancel a long
    // check; null removes it.
    void setCancelFlag(const std::atomic_bool* flag);

    // Transaction depth, kept by Transaction: the outermost level is BEGIN IMMEDIATE,
    // inner levels are savepoints, so a repository call inside a bulk operation joins it.
    int& transactionDepth() { return m_transactionDepth; }

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

} // namespace duibiao
