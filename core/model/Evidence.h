#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace duibiao {

// What the document knows about an evidence file (佐证材料) without reading its bytes.
// The bytes live in chunks beside it and are streamed on demand.
struct Evidence
{
    qint64 id = 0;
    QString requirementCode; // may be empty: evidence of a rectification item only
    std::optional<qint64> rectificationId;
    QString expectedItem; // which expected evidence item it satisfies, if any
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lowercase hex
    QDateTime added;
    QString addedBy;
};

} // namespace duibiao
