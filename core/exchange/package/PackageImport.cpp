#include "exchange/package/PackageImport.h"

#include "exchange/package/AssessmentJson.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/PackageReader.h"
#include "storage/BackupSet.h"
#include "storage/Document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace duibiao {
namespace {

// The messages of this file belong to the "PackageImport" translation context; the macro names it
// both for the run-time lookup and for lupdate, which files a bare helper Text::tr() under
// the enclosing class or namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageImport)
};

QString kindKey(CheckedManifest::Kind kind)
{
    switch (kind) {
    case CheckedManifest::Kind::Team:
        return QStringLiteral("team");
    case CheckedManifest::Kind::Opinions:
        return QStringLiteral("opinions");
    case CheckedManifest::Kind::Submission:
        break;
    }
    return QStringLiteral("submission");
}

} // namespace

PackageImport::PackageImport(Document& document, std::unique_ptr<PackageReader> reader)
    : m_document(document), m_reader(std::move(reader))
{}

PackageImport::~PackageImport() = default;

const CheckedManifest& PackageImport::manifest() const
{
    return m_reader->manifest();
}

Result<std::unique_ptr<PackageImport>>
PackageImport::prepare(Document& document, const QString& packagePath, const PackageLimits& limits)
{
    Result<std::unique_ptr<PackageReader>> reader = PackageReader::open(packagePath, limits);
    if (!reader)
        return reader.error();
    std::unique_ptr<PackageImport> import(new PackageImport(document, std::move(*reader)));
    if (Status status = import->load(); !status)
        return status.error();
    return import;
}

Status PackageImport::load()
{
    const QString entry = QStringLiteral("assessment.json");
    const QString where = m_reader->packageName() + QStringLiteral(": ") + entry;
    Result<QByteArray> json = m_reader->readVerified(entry);
    if (!json)
        return json.error();
    Result<AssessmentSnapshot> theirs = snapshotFromJson(*json, where);
    if (!theirs)
        return theirs.error();
    m_theirs = std::move(*theirs);

    // Every evidence file assessment.json names must be an entry the manifest vouches for,
    // with the same size and hash, so that what is checked while streaming is what was
    // promised here.
    for (const Evidence& evidence : m_theirs.evidence) {
        const QString file = m_theirs.evidenceFiles.value(evidence.id);
        const ListedEntry* listed = m_reader->find(file);
        if (!listed)
            return Error::user(Text::tr("%1: evidence %2 (“%3”) names the entry “%4”, which the "
                                        "package does not hold.")
                                   .arg(where)
                                   .arg(evidence.id)
                                   .arg(evidence.name, file));
        if (listed->size != evidence.size || listed->sha256 != evidence.sha256)
            return Error::user(Text::tr("%1: evidence %2 (“%3”) does not match its entry “%4” in "
                                        "manifest.json (size or SHA-256).")
                                   .arg(where)
                                   .arg(evidence.id)
                                   .arg(evidence.name, file));
    }

    Result<Assessment> current = m_document.assessments().current();
    if (!current)
        return current.error();
    m_assessmentId = current->id;
    // A submitted assessment is frozen: only the panel's opinions may come in until it is
    // reopened (File → Reopen Assessment…), which the audit trail records.
    if (current->status == AssessmentStatus::Submitted &&
        m_reader->manifest().kind != CheckedManifest::Kind::Opinions)
        return Error::user(Text::tr("The assessment was submitted and is frozen; reopen it "
                                    "(File → Reopen Assessment…) before importing this %1 package.")
                               .arg(kindKey(m_reader->manifest().kind)));
    Result<Framework> framework = m_document.assessments().framework(m_assessmentId);
    if (!framework)
        return framework.error();
    m_framework = std::move(*framework);
    Result<AssessmentSnapshot> ours = loadSnapshot(m_document, m_assessmentId);
    if (!ours)
        return ours.error();
    m_ours = std::move(*ours);

    MergeInput input;
    input.ours = &m_ours;
    input.theirs = &m_theirs;
    input.base = m_theirs.base.get();
    input.scope = m_theirs.scope.value_or(SnapshotScope{});
    input.packageKind = kindKey(m_reader->manifest().kind);
    Result<MergePlan> plan = planMerge(input, m_framework);
    if (!plan)
        return Error::user(Text::tr("%1: %2").arg(m_reader->packageName(), plan.error().message));
    m_plan = std::move(*plan);
    return {};
}

void PackageImport::resolveAll(bool takeTheirs)
{
    for (MergeChange& change : m_plan.changes) {
        if (!change.isConflict())
            continue;
        change.takeTheirs = takeTheirs;
        for (FieldChange& field : change.fields) {
            if (field.conflict)
                field.takeTheirs = takeTheirs;
        }
    }
}

Status PackageImport::apply(const Options& options)
{
    if (m_document.isReadOnly())
        return Error::user(Text::tr("The document is open read-only; nothing was imported."));
    if (m_plan.isEmpty())
        return {};
    if (options.backup) {
        Result<BackupSet::Backup> backup =
            BackupSet(m_document.path())
                .takeBefore(m_document,
                            Text::tr("before import of %1").arg(m_reader->packageName()));
        if (!backup)
            return Error{Text::tr("No backup could be taken before the import, so nothing was "
                                  "imported: %1")
                             .arg(backup.error().message),
                         backup.error().kind};
    }
    PackageReader& reader = *m_reader;
    MergeProgress progress;
    progress.report = options.progress;
    progress.cancelled = [cancel = options.cancel] {
        return cancel && cancel->load();
    };
    const QString label = QStringLiteral("%1 (%2)").arg(QFileInfo(reader.path()).fileName(),
                                                        reader.manifest().fingerprint.left(16));
    return applyMerge(
        m_document, m_assessmentId, m_plan, m_ours, m_theirs,
        [this, &reader](const Evidence& evidence, QIODevice& sink) -> Status {
            return reader.copyVerified(m_theirs.evidenceFiles.value(evidence.id), sink);
        },
        label, progress);
}

} // namespace duibiao
