#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace duibiao {

// Strict reading of untrusted JSON (a package's assessment.json and manifest.json): every
// member has the type and range the format gives it, unknown members are refused, and a
// failure names the entry and the JSON path ("assessment.json: rectification[3].phase:
// must be 1 to 4"). The first failure is kept; later reads return empty values, so a parser
// can read a whole object and look at failed() once.
class JsonFieldReader
{
public:
    // Longest string a member may hold (package format: strings ≤ 1 MiB each).
    static constexpr qint64 maxStringBytes = 1024 * 1024;
    // Longest name-like string (titles, names, codes): a line, not a document.
    static constexpr int maxShortString = 1000;

    explicit JsonFieldReader(QString entryName) : m_entry(std::move(entryName)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }
    // Records a problem at `path` unless an earlier one was recorded.
    void fail(const QString& path, const QString& problem);
    // Records an error that already names the entry and path (a nested reader's).
    void fail(const Error& error)
    {
        if (!m_error)
            m_error = error;
    }
    const QString& entryName() const { return m_entry; }

    static QString member(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString element(const QString& path, int index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    // The object at `path`, refusing members not in `keys`. A non-object fails.
    QJsonObject object(const QJsonValue& value, const QString& path, const QStringList& keys);

    // Members of `object` (at `path`). Missing members fail unless they are optional.
    QString string(const QJsonObject& object, const QString& path, const QString& key,
                   qint64 maxLength = maxShortString, bool nonEmpty = false);
    qint64 integer(const QJsonObject& object, const QString& path, const QString& key, qint64 min,
                   qint64 max);
    // null or a whole number in range.
    std::optional<qint64> optionalInteger(const QJsonObject& object, const QString& path,
                                          const QString& key, qint64 min, qint64 max);
    bool boolean(const QJsonObject& object, const QString& path, const QString& key);
    // "YYYY-MM-DD", or null when nullable (a null QDate).
    QDate date(const QJsonObject& object, const QString& path, const QString& key, bool nullable);
    // ISO 8601 with an offset or "Z", or null when nullable (a null QDateTime).
    QDateTime dateTime(const QJsonObject& object, const QString& path, const QString& key,
                       bool nullable);
    // One of `keys`; returns its index, -1 after a failure.
    int choice(const QJsonObject& object, const QString& path, const QString& key,
               const QStringList& keys);
    // null or one of `keys`.
    std::optional<int> optionalChoice(const QJsonObject& object, const QString& path,
                                      const QString& key, const QStringList& keys);
    // 64 lowercase hexadecimal digits, or "" when emptyAllowed.
    QString sha256(const QJsonObject& object, const QString& path, const QString& key,
                   bool emptyAllowed = false);
    QJsonArray array(const QJsonObject& object, const QString& path, const QString& key);
    QStringList strings(const QJsonObject& object, const QString& path, const QString& key);

private:
    // The member, or fails "missing".
    std::optional<QJsonValue> value(const QJsonObject& object, const QString& path,
                                    const QString& key);

    QString m_entry;
    std::optional<Error> m_error;
};

} // namespace duibiao
