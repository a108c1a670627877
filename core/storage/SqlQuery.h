#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace duibiao {

class Database;

// A prepared statement with bound values whose failures come back as Errors.
// Keeps repository code to: prepare, bind, exec, read.
class SqlQuery
{
public:
    SqlQuery(Database& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs the statement and returns the first column of the first row (null when none).
    Result<QVariant> scalar();

    // A failed statement as an Error a user can act on: disk full, read-only file and
    // damaged file are the user's (exit 1); anything else is ours (exit 2). `path` names
    // the document in the message.
    static Error toError(const class QSqlError& error, const QString& sql,
                         const QString& path = {});

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_path;
    bool m_prepared = false;
};

// Helpers for the column conventions of the schema: dates as ISO text, nullable values.
QVariant toSql(const QDate& date);
QVariant toSql(const QDateTime& time);
QDate dateFromSql(const QVariant& value);
QDateTime timeFromSql(const QVariant& value);
QVariant optionalId(const std::optional<qint64>& id);

} // namespace duibiao
