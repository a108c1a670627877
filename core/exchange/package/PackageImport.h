#pragma once

#include "exchange/merge/MergeApplier.h"
#include "exchange/merge/MergePlan.h"
#include "exchange/package/CheckedManifest.h"
#include "exchange/package/PackageLimits.h"
#include "model/Framework.h"

#include <atomic>
#include <memory>

namespace duibiao {

class Document;
class PackageReader;

// Importing a package into the document's current assessment, in two steps so the user
// sees what will happen before anything is written:
//   prepare() validates the whole package that can be validated without the evidence bytes
//   (ZIP, manifest, checksums of assessment.json, its structure, that every evidence file
//   it lists is in the manifest with the same size and hash) and plans the merge;
//   apply() takes a backup, then writes the plan in one transaction, checking each
//   evidence file's size and SHA-256 as it streams in. Any failure leaves the document as
//   it was.
class PackageImport
{
public:
    static Result<std::unique_ptr<PackageImport>>
    prepare(Document& document, const QString& packagePath, const PackageLimits& limits = {});
    ~PackageImport();

    const CheckedManifest& manifest() const;
    const AssessmentSnapshot& package() const { return m_theirs; }
    const AssessmentSnapshot& current() const { return m_ours; }
    // The plan; conflicts may be resolved in it (FieldChange::takeTheirs,
    // MergeChange::takeTheirs) before apply().
    MergePlan& plan() { return m_plan; }
    const MergePlan& plan() const { return m_plan; }
    const Framework& framework() const { return m_framework; }

    // Resolves every conflict one way: true takes the package's side.
    void resolveAll(bool takeTheirs);

    struct Options
    {
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool* cancel = nullptr;
        bool backup = true; // a "before import" backup first (BackupSet)
    };
    Status apply(const Options& options);

private:
    PackageImport(Document& document, std::unique_ptr<PackageReader> reader);
    Status load();

    Document& m_document;
    std::unique_ptr<PackageReader> m_reader;
    qint64 m_assessmentId = 0;
    Framework m_framework;
    AssessmentSnapshot m_ours;
    AssessmentSnapshot m_theirs;
    MergePlan m_plan;
};

} // namespace duibiao
