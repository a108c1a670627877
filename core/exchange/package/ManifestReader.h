#pragma once

#include "exchange/package/CheckedManifest.h"
#include "exchange/package/PackageLimits.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace duibiao {

// Parses manifest.json strictly: UTF-8 JSON object, format "duibiao-package", a format
// version this build reads (a newer one gets its own message), a known kind, every field
// present with its type, no unknown keys, hashes as 64 lowercase hex digits, sizes as
// non-negative whole numbers, no string over the cap, and a fingerprint that matches the
// content list. Names and sizes are compared with the ZIP by PackageReader.
class ManifestReader
{
public:
    static constexpr int supportedFormatVersion = 1;

    // `packageName` is what messages call the package (its file name).
    static Result<CheckedManifest> parse(const QByteArray& json, const QString& packageName,
                                         const PackageLimits& limits);

    // SHA-256 of QJsonDocument(content).toJson(Compact), 64 lowercase hex digits.
    static QString fingerprintOf(const QJsonArray& content);

    // The JSON path ("content[2].name") of the first string or key in `value` longer than
    // `capBytes` in UTF-8, or an empty string when there is none. For assessment.json too:
    // PackageLimits::maxJsonStringBytes applies to every JSON entry of a package.
    static QString firstOverlongString(const QJsonValue& value, qint64 capBytes);
};

} // namespace duibiao
