#pragma once

#include "model/Institution.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QVector>

#include <optional>

namespace duibiao {

// The three flows a package carries (docs/formats/package.md).
enum class PackageKind {
    Submission, // the whole assessment, to the regional panel; exporting freezes it
    Team,       // a team member's chosen categories and units, to the coordinator
    Opinions    // the panel's opinions, back to the institution
};

QString packageKindKey(PackageKind kind); // "submission", "team", "opinions"
std::optional<PackageKind> packageKindFromKey(const QString& key);

// One ZIP entry as the manifest lists it.
struct PackageEntry
{
    QString name;
    qint64 size = 0;
    QString sha256; // lowercase hex
};

// manifest.json: what the package is, whose, and the size and SHA-256 of every other entry.
struct PackageManifest
{
    static constexpr int formatVersion = 1;

    PackageKind kind = PackageKind::Submission;
    QDateTime created;
    QString app; // "Duibiao 0.3.0"
    QString documentId;
    Institution institution;
    QString assessmentTitle;
    int year = 0;
    QString frameworkCode;
    QString frameworkVersion;
    QString fingerprint;           // packageFingerprint(content)
    QVector<PackageEntry> content; // assessment.json, scores.xlsx, evidence/…
    QVector<PackageEntry> reports; // report.pdf, report.odt: not in the fingerprint

    QByteArray toJson() const;
};

QJsonArray entriesArray(const QVector<PackageEntry>& entries);

// SHA-256 (lowercase hex) of the compact JSON of the content list: it covers every
// content entry through its hash, and leaves out the reports, which print it.
QString packageFingerprint(const QVector<PackageEntry>& content);

// The form printed on reports: the first 16 hex digits in upper case, in groups of four
// ("1A2B-3C4D-5E6F-7A8B").
QString shortFingerprint(const QString& fingerprint);

} // namespace duibiao
