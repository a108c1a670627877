#include "exchange/package/ManifestReader.h"

#include "exchange/package/EntryName.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace duibiao {

namespace {

const QString manifestName = QStringLiteral("manifest.json");

// Reads fields out of the manifest's objects and keeps the first problem found, with the
// JSON path it was found at ("content[2].sha256"). Later reads after a problem return
// empty values and are ignored.
class Fields
{
public:
    explicit Fields(QString packageName) : m_package(std::move(packageName)) {}

    void fail(const QString& path, const QString& problem)
    {
        if (!m_error)
            m_error = Error::user(
                QStringLiteral("%1: %2: %3 %4").arg(m_package, manifestName, path, problem));
    }
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    void rejectUnknownKeys(const QJsonObject& object, const QString& path,
                           std::initializer_list<QLatin1String> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                fail(join(path, EntryName::printable(it.key().toUtf8())),
                     QCoreApplication::translate("ManifestReader",
                                                 "is not a field of package format 1"));
        }
    }

    QJsonValue required(const QJsonObject& object, const QString& path, QLatin1String key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(join(path, key), QCoreApplication::translate("ManifestReader", "is missing"));
        return value;
    }

    QString string(const QJsonObject& object, const QString& path, QLatin1String key,
                   bool mayBeEmpty = true)
    {
        const QJsonValue value = required(object, path, key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(join(path, key),
                 QCoreApplication::translate("ManifestReader", "must be a string"));
            return {};
        }
        if (!mayBeEmpty && value.toString().trimmed().isEmpty())
            fail(join(path, key),
                 QCoreApplication::translate("ManifestReader", "must not be empty"));
        return value.toString();
    }

    QString hex(const QJsonObject& object, const QString& path, QLatin1String key, int digits,
                bool lowercaseOnly)
    {
        const QString value = string(object, path, key);
        static const QRegularExpression lower(QStringLiteral("^[0-9a-f]*$"));
        static const QRegularExpression any(QStringLiteral("^[0-9a-fA-F]*$"));
        if (!failed() &&
            (value.size() != digits || !(lowercaseOnly ? lower : any).match(value).hasMatch()))
            fail(join(path, key),
                 (lowercaseOnly ? QCoreApplication::translate(
                                      "ManifestReader", "must be %1 lowercase hexadecimal digits")
                                : QCoreApplication::translate("ManifestReader",
                                                              "must be %1 hexadecimal digits"))
                     .arg(digits));
        return value;
    }

    // A whole number in [minimum, maximum]; JSON numbers are doubles, so 12.0 is accepted
    // and 12.5 is not.
    qint64 integer(const QJsonObject& object, const QString& path, QLatin1String key,
                   qint64 minimum, qint64 maximum)
    {
        const QJsonValue value = required(object, path, key);
        if (value.isUndefined())
            return 0;
        const qint64 number = value.isDouble() ? value.toInteger(minimum - 1) : minimum - 1;
        if (number < minimum || number > maximum) {
            fail(join(path, key), QCoreApplication::translate(
                                      "ManifestReader", "must be a whole number from %1 to %2")
                                      .arg(minimum)
                                      .arg(maximum));
            return 0;
        }
        return number;
    }

    QJsonObject object(const QJsonObject& parent, const QString& path, QLatin1String key)
    {
        const QJsonValue value = required(parent, path, key);
        if (!value.isUndefined() && !value.isObject())
            fail(join(path, key),
                 QCoreApplication::translate("ManifestReader", "must be an object"));
        return value.toObject();
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

private:
    QString m_package;
    std::optional<Error> m_error;
};

bool tooLong(const QString& text, qint64 cap)
{
    // UTF-8 takes at most 3 bytes per UTF-16 unit: skip the conversion when it cannot
    // reach the cap.
    return text.size() * 3LL > cap && text.toUtf8().size() > cap;
}

// True when `value` holds a string (or key) longer than the cap; `path` then gets the JSON
// path to it, built only on the way out, so a large clean manifest costs no path strings.
bool holdsOverlongString(const QJsonValue& value, qint64 cap, QString* path)
{
    if (value.isString())
        return tooLong(value.toString(), cap);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (holdsOverlongString(array.at(i), cap, path)) {
                path->prepend(QStringLiteral("[%1]").arg(i));
                return true;
            }
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (tooLong(it.key(), cap) || holdsOverlongString(it.value(), cap, path)) {
                path->prepend(QLatin1Char('.') + EntryName::printable(it.key().left(40).toUtf8()));
                return true;
            }
        }
    }
    return false;
}

QVector<ListedEntry> entries(Fields& fields, const QJsonArray& array, const QString& path)
{
    QVector<ListedEntry> result;
    for (qsizetype i = 0; i < array.size() && !fields.failed(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!array.at(i).isObject()) {
            fields.fail(at, QCoreApplication::translate("ManifestReader", "must be an object"));
            break;
        }
        const QJsonObject object = array.at(i).toObject();
        ListedEntry entry;
        entry.name = fields.string(object, at, QLatin1String("name"));
        entry.size = fields.integer(object, at, QLatin1String("size"), 0,
                                    std::numeric_limits<qint64>::max());
        entry.sha256 = fields.hex(object, at, QLatin1String("sha256"), 64, true);
        fields.rejectUnknownKeys(
            object, at, {QLatin1String("name"), QLatin1String("size"), QLatin1String("sha256")});
        result.append(entry);
    }
    return result;
}

} // namespace

QString ManifestReader::firstOverlongString(const QJsonValue& value, qint64 capBytes)
{
    QString path;
    if (!holdsOverlongString(value, capBytes, &path))
        return {};
    if (path.startsWith(QLatin1Char('.')))
        path.remove(0, 1);
    return path.isEmpty() ? QStringLiteral("(top)") : path;
}

QString ManifestReader::fingerprintOf(const QJsonArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<CheckedManifest> ManifestReader::parse(const QByteArray& json, const QString& packageName,
                                              const PackageLimits& limits)
{
    auto refuse = [&](const QString& problem) {
        return Error::user(QStringLiteral("%1: %2: %3").arg(packageName, manifestName, problem));
    };
    // Qt's parser would replace bad sequences; a manifest is ours and always UTF-8.
    if (QString::fromUtf8(json).toUtf8() != json)
        return refuse(QCoreApplication::translate("ManifestReader", "is not UTF-8 text."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(
            QCoreApplication::translate("ManifestReader", "is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return refuse(QCoreApplication::translate(
            "ManifestReader", "must hold a JSON object, not an array or a single value."));
    const QJsonObject top = document.object();

    // Format and version first: a foreign JSON file or a newer package gets the message
    // that explains it, not a complaint about its fields.
    const QJsonValue format = top.value(QLatin1String("format"));
    if (format.toString() != QLatin1String("duibiao-package"))
        return Error::user(
            QCoreApplication::translate("ManifestReader",
                                        "%1: not a Duibiao review package (the format in "
                                        "manifest.json is %2, not \"duibiao-package\").")
                .arg(packageName,
                     format.isString()
                         ? QLatin1Char('"') +
                               EntryName::printable(format.toString().left(80).toUtf8()) +
                               QLatin1Char('"')
                         : QCoreApplication::translate("ManifestReader", "missing")));
    const QJsonValue version = top.value(QLatin1String("formatVersion"));
    const qint64 formatVersion = version.isDouble() ? version.toInteger(0) : 0;
    if (formatVersion < 1)
        return refuse(QCoreApplication::translate("ManifestReader",
                                                  "formatVersion must be a whole number from 1."));
    if (formatVersion > supportedFormatVersion)
        return Error::user(QCoreApplication::translate(
                               "ManifestReader",
                               "%1: made by a newer version of Duibiao (package format %2; this "
                               "version reads %3). Update Duibiao to open it.")
                               .arg(packageName)
                               .arg(formatVersion)
                               .arg(supportedFormatVersion));

    const QString overlong = firstOverlongString(top, limits.maxJsonStringBytes);
    if (!overlong.isEmpty())
        return refuse(
            QCoreApplication::translate("ManifestReader", "%1 holds a string longer than %2 bytes.")
                .arg(overlong)
                .arg(limits.maxJsonStringBytes));

    Fields fields(packageName);
    fields.rejectUnknownKeys(top, QString(),
                             {QLatin1String("format"), QLatin1String("formatVersion"),
                              QLatin1String("kind"), QLatin1String("created"), QLatin1String("app"),
                              QLatin1String("documentId"), QLatin1String("institution"),
                              QLatin1String("assessment"), QLatin1String("fingerprint"),
                              QLatin1String("content"), QLatin1String("reports")});

    CheckedManifest manifest;
    manifest.formatVersion = int(formatVersion);
    const QString kind = fields.string(top, QString(), QLatin1String("kind"));
    if (kind == QLatin1String("submission"))
        manifest.kind = CheckedManifest::Kind::Submission;
    else if (kind == QLatin1String("team"))
        manifest.kind = CheckedManifest::Kind::Team;
    else if (kind == QLatin1String("opinions"))
        manifest.kind = CheckedManifest::Kind::Opinions;
    else
        fields.fail(QStringLiteral("kind"),
                    QCoreApplication::translate(
                        "ManifestReader", "must be \"submission\", \"team\" or \"opinions\""));

    const QString created = fields.string(top, QString(), QLatin1String("created"));
    manifest.created = QDateTime::fromString(created, Qt::ISODate);
    if (!fields.failed() &&
        (!manifest.created.isValid() || manifest.created.timeSpec() == Qt::LocalTime))
        fields.fail(QStringLiteral("created"),
                    QCoreApplication::translate(
                        "ManifestReader", "must be an ISO 8601 date and time with its UTC offset"));
    manifest.app = fields.string(top, QString(), QLatin1String("app"));
    manifest.documentId = fields.hex(top, QString(), QLatin1String("documentId"), 32, false);

    const QJsonObject institution = fields.object(top, QString(), QLatin1String("institution"));
    const QString at = QStringLiteral("institution");
    manifest.institution.name = fields.string(institution, at, QLatin1String("name"), false);
    manifest.institution.committee = fields.string(institution, at, QLatin1String("committee"));
    manifest.institution.region = fields.string(institution, at, QLatin1String("region"));
    fields.rejectUnknownKeys(
        institution, at,
        {QLatin1String("name"), QLatin1String("committee"), QLatin1String("region")});

    const QJsonObject assessment = fields.object(top, QString(), QLatin1String("assessment"));
    const QString as = QStringLiteral("assessment");
    manifest.title = fields.string(assessment, as, QLatin1String("title"));
    manifest.year = int(fields.integer(assessment, as, QLatin1String("year"), 1900, 2200));
    manifest.frameworkCode = fields.string(assessment, as, QLatin1String("frameworkCode"));
    manifest.frameworkVersion = fields.string(assessment, as, QLatin1String("frameworkVersion"));
    fields.rejectUnknownKeys(assessment, as,
                             {QLatin1String("title"), QLatin1String("year"),
                              QLatin1String("frameworkCode"), QLatin1String("frameworkVersion")});

    manifest.fingerprint = fields.hex(top, QString(), QLatin1String("fingerprint"), 64, true);

    const QJsonValue content = fields.required(top, QString(), QLatin1String("content"));
    // The lists cannot be longer than the ZIP may be; checked before any entry is copied.
    const QJsonValue reports = top.value(QLatin1String("reports"));
    if (content.toArray().size() + reports.toArray().size() > limits.maxEntries)
        return refuse(QCoreApplication::translate("ManifestReader", "lists more than %1 entries.")
                          .arg(limits.maxEntries));
    if (!content.isUndefined() && !content.isArray())
        fields.fail(QStringLiteral("content"),
                    QCoreApplication::translate("ManifestReader", "must be an array"));
    manifest.content = entries(fields, content.toArray(), QStringLiteral("content"));
    // Team and opinions packages carry no reports; the key may then be left out.
    if (!reports.isUndefined() && !reports.isArray())
        fields.fail(QStringLiteral("reports"),
                    QCoreApplication::translate("ManifestReader", "must be an array"));
    manifest.reports = entries(fields, reports.toArray(), QStringLiteral("reports"));
    if (fields.failed())
        return fields.error();

    if (fingerprintOf(content.toArray()) != manifest.fingerprint)
        return refuse(QCoreApplication::translate(
            "ManifestReader", "the fingerprint does not match the list of content; the manifest "
                              "was changed after the package was made."));
    return manifest;
}

} // namespace duibiao
