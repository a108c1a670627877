#pragma once

#include "storage/FrameworkRepository.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace duibiao {

class Document;

// Where a framework version a user can pick comes from.
enum class FrameworkOrigin {
    Stored,     // a row of the document's `frameworks` table
    Assessment, // the snapshot an assessment holds
    Builtin     // a framework shipped with the app (builtinFrameworks())
};

struct FrameworkChoice
{
    FrameworkOrigin origin = FrameworkOrigin::Stored;
    // code, version, title; `id` is the stored row's (0 otherwise); `inUse` as in
    // FrameworkRepository; `note` the stored note, or for the others what they are.
    FrameworkVersion version;
    qint64 assessmentId = 0; // Assessment: whose snapshot it is
    bool current = false;    // the current assessment is on this code and version
    QByteArray json;         // the framework JSON, as kept
    QString label() const;   // "code@version"
};

// Every framework version the document offers, once per code and version: the stored
// ones, then the snapshots of assessments whose version is not stored, then the built-in
// framework when neither holds it. Nothing is written.
Result<QVector<FrameworkChoice>> availableFrameworks(Document& document);

// The choice named "code@version" (as label() writes it); a user error listing the
// choices when there is none.
Result<FrameworkChoice> findFramework(Document& document, const QString& codeAtVersion);

} // namespace duibiao
