#pragma once

#include "model/Institution.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace duibiao {

// One entry as manifest.json lists it: what the reader holds the ZIP entry to.
struct ListedEntry
{
    QString name;
    qint64 size = 0;
    QString sha256; // 64 lowercase hex digits
};

// What a package's manifest.json says, after ManifestReader checked every field's type
// and range (docs/formats/package.md). The reader's own view of the manifest: the exporter
// writes it from PackageManifest.
struct CheckedManifest
{
    enum class Kind { Submission, Team, Opinions };

    int formatVersion = 1;
    Kind kind = Kind::Submission;
    QDateTime created; // with its offset
    QString app;
    QString documentId; // 32 hex digits
    Institution institution;
    QString title;
    int year = 0;
    QString frameworkCode;
    QString frameworkVersion;
    QString fingerprint; // SHA-256 of the compact content array, 64 lowercase hex digits
    QVector<ListedEntry> content;
    QVector<ListedEntry> reports;
};

} // namespace duibiao
