#include "exchange/package/PackageManifest.h"

#include "exchange/package/AssessmentJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace duibiao {

QString packageKindKey(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Submission:
        return QStringLiteral("submission");
    case PackageKind::Team:
        return QStringLiteral("team");
    case PackageKind::Opinions:
        return QStringLiteral("opinions");
    }
    return QStringLiteral("submission");
}

std::optional<PackageKind> packageKindFromKey(const QString& key)
{
    for (auto kind : {PackageKind::Submission, PackageKind::Team, PackageKind::Opinions}) {
        if (packageKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QJsonArray entriesArray(const QVector<PackageEntry>& entries)
{
    QJsonArray array;
    for (const PackageEntry& entry : entries) {
        array.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                 {QStringLiteral("size"), entry.size},
                                 {QStringLiteral("sha256"), entry.sha256}});
    }
    return array;
}

QString packageFingerprint(const QVector<PackageEntry>& content)
{
    const QByteArray compact = QJsonDocument(entriesArray(content)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());
}

QString shortFingerprint(const QString& fingerprint)
{
    const QString digits = fingerprint.left(16).toUpper();
    QStringList groups;
    for (int i = 0; i < digits.size(); i += 4)
        groups.append(digits.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QByteArray PackageManifest::toJson() const
{
    // The creation time with its offset but whole seconds: it is for people, and it is
    // the one member that differs between two exports of the same content.
    const QDateTime at = created.toOffsetFromUtc(created.offsetFromUtc());
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("duibiao-package")},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("kind"), packageKindKey(kind)},
        {QStringLiteral("created"), at.toString(Qt::ISODate)},
        {QStringLiteral("app"), app},
        {QStringLiteral("documentId"), documentId},
        {QStringLiteral("institution"),
         QJsonObject{{QStringLiteral("name"), institution.name},
                     {QStringLiteral("committee"), institution.committee},
                     {QStringLiteral("region"), institution.region}}},
        {QStringLiteral("assessment"),
         QJsonObject{{QStringLiteral("title"), assessmentTitle},
                     {QStringLiteral("year"), year},
                     {QStringLiteral("frameworkCode"), frameworkCode},
                     {QStringLiteral("frameworkVersion"), frameworkVersion}}},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("content"), entriesArray(content)},
        {QStringLiteral("reports"), entriesArray(reports)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace duibiao
