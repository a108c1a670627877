#include "exchange/package/JsonFieldReader.h"

#include <QCoreApplication>

#include <cmath>

namespace duibiao {

namespace {

bool isLowerHex(const QString& text)
{
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

// The largest integer a double holds exactly: JSON numbers are doubles.
constexpr double maxExactInteger = 9007199254740992.0;

} // namespace

void JsonFieldReader::fail(const QString& path, const QString& problem)
{
    if (!m_error)
        m_error = Error::user(QStringLiteral("%1: %2: %3").arg(m_entry, path, problem));
}

std::optional<QJsonValue> JsonFieldReader::value(const QJsonObject& object, const QString& path,
                                                 const QString& key)
{
    const auto found = object.constFind(key);
    if (found == object.constEnd()) {
        fail(member(path, key), QCoreApplication::translate("JsonFieldReader", "missing"));
        return std::nullopt;
    }
    return *found;
}

QJsonObject JsonFieldReader::object(const QJsonValue& value, const QString& path,
                                    const QStringList& keys)
{
    if (failed())
        return {};
    if (!value.isObject()) {
        fail(path.isEmpty() ? QCoreApplication::translate("JsonFieldReader", "(top level)") : path,
             QCoreApplication::translate("JsonFieldReader", "must be an object"));
        return {};
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            fail(member(path, it.key()),
                 QCoreApplication::translate("JsonFieldReader",
                                             "is not a member this format knows"));
            return {};
        }
    }
    return object;
}

QString JsonFieldReader::string(const QJsonObject& object, const QString& path, const QString& key,
                                qint64 maxLength, bool nonEmpty)
{
    if (failed())
        return {};
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(member(path, key), QCoreApplication::translate("JsonFieldReader", "must be a string"));
        return {};
    }
    QString text = v->toString();
    // A UTF-16 unit is at most 3 bytes of UTF-8: count bytes only when it may matter.
    const qint64 byteCap = std::min<qint64>(maxLength, maxStringBytes);
    if (text.size() > byteCap / 3 && text.toUtf8().size() > byteCap) {
        fail(member(path, key),
             maxLength < maxStringBytes
                 ? QCoreApplication::translate("JsonFieldReader", "is longer than %1 bytes")
                       .arg(byteCap)
                 : QCoreApplication::translate("JsonFieldReader",
                                               "is longer than the cap of %1 bytes for a string")
                       .arg(maxStringBytes));
        return {};
    }
    if (nonEmpty && text.trimmed().isEmpty()) {
        fail(member(path, key),
             QCoreApplication::translate("JsonFieldReader", "must not be empty"));
        return {};
    }
    return text;
}

qint64 JsonFieldReader::integer(const QJsonObject& object, const QString& path, const QString& key,
                                qint64 min, qint64 max)
{
    if (failed())
        return 0;
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v)
        return 0;
    const double number = v->toDouble();
    if (!v->isDouble() || std::trunc(number) != number || std::fabs(number) > maxExactInteger) {
        fail(member(path, key),
             QCoreApplication::translate("JsonFieldReader", "must be a whole number"));
        return 0;
    }
    if (number < double(min) || number > double(max)) {
        fail(member(path, key),
             QCoreApplication::translate("JsonFieldReader", "must be %1 to %2").arg(min).arg(max));
        return 0;
    }
    return qint64(number);
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QJsonObject& object,
                                                       const QString& path, const QString& key,
                                                       qint64 min, qint64 max)
{
    if (failed())
        return std::nullopt;
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v || v->isNull())
        return std::nullopt;
    return integer(object, path, key, min, max);
}

bool JsonFieldReader::boolean(const QJsonObject& object, const QString& path, const QString& key)
{
    if (failed())
        return false;
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(member(path, key),
             QCoreApplication::translate("JsonFieldReader", "must be true or false"));
        return false;
    }
    return v->toBool();
}

QDate JsonFieldReader::date(const QJsonObject& object, const QString& path, const QString& key,
                            bool nullable)
{
    if (failed())
        return {};
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v || (nullable && v->isNull()))
        return {};
    const QString text = v->toString();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!v->isString() || text.size() != 10 || !day.isValid()) {
        fail(member(path, key),
             nullable
                 ? QCoreApplication::translate("JsonFieldReader",
                                               "must be a date (YYYY-MM-DD) or null")
                 : QCoreApplication::translate("JsonFieldReader", "must be a date (YYYY-MM-DD)"));
        return {};
    }
    return day;
}

QDateTime JsonFieldReader::dateTime(const QJsonObject& object, const QString& path,
                                    const QString& key, bool nullable)
{
    if (failed())
        return {};
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v || (nullable && v->isNull()))
        return {};
    const QString text = v->toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without an offset a time means different instants in different places.
    if (!v->isString() || text.size() > 40 || !time.isValid() || time.timeSpec() == Qt::LocalTime) {
        fail(member(path, key),
             nullable
                 ? QCoreApplication::translate("JsonFieldReader",
                                               "must be an ISO 8601 date and time with its offset "
                                               "(2020-10-15T09:00:00+08:00) or null")
                 : QCoreApplication::translate("JsonFieldReader",
                                               "must be an ISO 8601 date and time with its offset "
                                               "(2020-10-15T09:00:00+08:00)"));
        return {};
    }
    return time;
}

int JsonFieldReader::choice(const QJsonObject& object, const QString& path, const QString& key,
                            const QStringList& keys)
{
    if (failed())
        return -1;
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v)
        return -1;
    const int index = v->isString() ? int(keys.indexOf(v->toString())) : -1;
    if (index < 0)
        fail(member(path, key), QCoreApplication::translate("JsonFieldReader", "must be one of %1")
                                    .arg(keys.join(QStringLiteral(", "))));
    return index;
}

std::optional<int> JsonFieldReader::optionalChoice(const QJsonObject& object, const QString& path,
                                                   const QString& key, const QStringList& keys)
{
    if (failed())
        return std::nullopt;
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v || v->isNull())
        return std::nullopt;
    const int index = v->isString() ? int(keys.indexOf(v->toString())) : -1;
    if (index < 0) {
        fail(member(path, key),
             QCoreApplication::translate("JsonFieldReader", "must be null or one of %1")
                 .arg(keys.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return index;
}

QString JsonFieldReader::sha256(const QJsonObject& object, const QString& path, const QString& key,
                                bool emptyAllowed)
{
    const QString text = string(object, path, key, 64);
    if (failed() || (emptyAllowed && text.isEmpty()))
        return text;
    if (text.size() != 64 || !isLowerHex(text)) {
        fail(member(path, key),
             QCoreApplication::translate("JsonFieldReader",
                                         "must be 64 lowercase hexadecimal digits (a SHA-256)"));
        return {};
    }
    return text;
}

QJsonArray JsonFieldReader::array(const QJsonObject& object, const QString& path,
                                  const QString& key)
{
    if (failed())
        return {};
    const std::optional<QJsonValue> v = value(object, path, key);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(member(path, key), QCoreApplication::translate("JsonFieldReader", "must be an array"));
        return {};
    }
    return v->toArray();
}

QStringList JsonFieldReader::strings(const QJsonObject& object, const QString& path,
                                     const QString& key)
{
    const QJsonArray items = array(object, path, key);
    QStringList result;
    for (int i = 0; i < items.size() && !failed(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty() ||
            item.toString().size() > maxShortString) {
            fail(element(member(path, key), i),
                 QCoreApplication::translate("JsonFieldReader", "must be a non-empty string"));
            break;
        }
        result.append(item.toString());
    }
    return result;
}

} // namespace duibiao
