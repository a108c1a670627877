#pragma once

#include "exchange/package/PackageManifest.h"
#include "model/Language.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace duibiao {

struct AssessmentSnapshot;

class Document;

struct PackageExportOptions
{
    PackageKind kind = PackageKind::Submission;
    // Team packages: the framework categories and the units the member worked on; empty
    // means all of them.
    QStringList categories;
    QVector<qint64> unitIds;
    // Submission packages: mark the assessment submitted (with the package's fingerprint).
    bool freeze = true;
    // The reports' language and body font (empty: the default font).
    Language language = Language::Chinese;
    QString fontFamily;
    // The reports' date and the day overdue items are judged by; null: the document's today.
    QDate today;
    // (bytes done, bytes in all) while the ZIP is written; total is 0 while preparing.
    std::function<void(qint64 done, qint64 total)> progress;
    // What is being done now ("Rendering the report…"), for a progress dialog's label.
    std::function<void(const QString& stage)> stage;
    // Opinions packages from a panel document: the institution's submission with the
    // panel's opinions, packaged instead of the document's own assessment.
    std::shared_ptr<const AssessmentSnapshot> source;
    // Set from anywhere to stop: the export then fails as cancelled and leaves no file.
    const std::atomic_bool* cancel = nullptr;
};

struct PackageExportResult
{
    QString path;
    PackageManifest manifest;
    qint64 packageSize = 0; // bytes of the ZIP file
    int entryCount = 0;     // ZIP entries, manifest.json included
    bool froze = false;     // the assessment was submitted by this export
};

// Writes the review package of the document's current assessment
// (docs/formats/package.md): assessment.json, for a submission also scores.xlsx and the
// self-evaluation report as PDF and ODT carrying the fingerprint, the evidence files, and
// manifest.json listing them all. The content is hashed before the reports are made, so
// the reports can print the fingerprint. The file appears only when complete; a failure
// or a cancel leaves no file and an existing file at `path` untouched.
//
// A submission freezes the assessment (AssessmentRepository::submit) in the same step;
// exporting an already submitted assessment again keeps its submission time, so unchanged
// content gives the same assessment.json.
class PackageExporter
{
public:
    static Result<PackageExportResult> exportPackage(Document& document, const QString& path,
                                                     const PackageExportOptions& options);
};

} // namespace duibiao
