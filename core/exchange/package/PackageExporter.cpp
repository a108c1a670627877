#include "exchange/package/PackageExporter.h"

#include "exchange/merge/SnapshotScope.h"

#include "analysis/Analysis.h"
#include "exchange/package/AssessmentJson.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "exchange/package/BackgroundReports.h"
#include "exchange/package/SafeName.h"
#include "exchange/package/ZipPackageWriter.h"
#include "exchange/tables/DataTable.h"
#include "framework/FrameworkLoader.h"
#include "report/ReportData.h"
#include "storage/Document.h"
#include "storage/Transaction.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <optional>

namespace duibiao {

namespace {

Error cancelled()
{
    return Error::user(QCoreApplication::translate("PackageExporter", "The export was cancelled."));
}

PackageEntry entryOfBytes(const QString& name, const QByteArray& bytes)
{
    return {
        name, bytes.size(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
}

Result<PackageEntry> entryOfFile(const QString& name, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(
            QStringLiteral("Cannot read back %1: %2").arg(path, file.errorString()));
    Sha256 hash;
    while (!file.atEnd()) {
        const QByteArray piece = file.read(1024 * 1024);
        if (piece.isEmpty())
            return Error::internal(
                QStringLiteral("Cannot read back %1: %2").arg(path, file.errorString()));
        hash.addData(piece);
    }
    return PackageEntry{name, file.size(), hash.hexResult()};
}

// Keeps what a team member worked on: the requirements of the chosen categories with their
// rectification items and evidence, the figures and platforms of the chosen units. Units
// stay complete (items name them); the panel's opinions are not team work and stay out.
Result<SnapshotScope> applyScope(AssessmentSnapshot& s, const Framework& framework,
                                 const PackageExportOptions& options)
{
    SnapshotScope scope;
    if (options.categories.isEmpty()) {
        for (const Category& category : framework.categories)
            scope.categories.append(category.code);
    } else {
        for (const QString& code : options.categories) {
            if (!framework.category(code))
                return Error::user(
                    QCoreApplication::translate("PackageExporter",
                                                "The framework has no category “%1”; it has %2.")
                        .arg(code, [&] {
                            QStringList codes;
                            for (const Category& c : framework.categories)
                                codes.append(c.code);
                            return codes.join(QStringLiteral(", "));
                        }()));
            if (!scope.categories.contains(code))
                scope.categories.append(code);
        }
    }
    QSet<qint64> knownUnits;
    for (const Unit& unit : std::as_const(s.units))
        knownUnits.insert(unit.id);
    if (options.unitIds.isEmpty()) {
        for (const Unit& unit : std::as_const(s.units))
            scope.unitIds.append(unit.id);
    } else {
        for (qint64 id : options.unitIds) {
            if (!knownUnits.contains(id))
                return Error::user(
                    QCoreApplication::translate("PackageExporter", "There is no unit %1.").arg(id));
            if (!scope.unitIds.contains(id))
                scope.unitIds.append(id);
        }
    }

    // The same rule decides what the coordinator's import compares (SnapshotScope.h).
    s = restrictToScope(s, scope, framework);
    s.opinions.clear();
    return scope;
}

void stage(const PackageExportOptions& options, const QString& text)
{
    if (options.stage)
        options.stage(text);
    if (options.progress)
        options.progress(0, 0);
}

bool isCancelled(const PackageExportOptions& options)
{
    return options.cancel && options.cancel->load();
}

// Reads a finished report file whole for its ZIP entry (a report is a few MB at most).
Result<QByteArray> readReport(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(
            QStringLiteral("Cannot read back %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return Error::internal(
            QStringLiteral("Cannot read back %1: %2").arg(path, file.errorString()));
    return bytes;
}

} // namespace

Result<PackageExportResult> PackageExporter::exportPackage(Document& document, const QString& path,
                                                           const PackageExportOptions& options)
{
    const bool submission = options.kind == PackageKind::Submission;
    const bool freeze = submission && options.freeze;
    if (freeze && document.isReadOnly())
        return Error::user(QCoreApplication::translate(
            "PackageExporter", "A submission package marks the assessment submitted, which needs "
                               "the document open for writing."));
    const QDateTime now = document.context().now();
    const QDate today = options.today.isValid() ? options.today : now.date();

    stage(options, QCoreApplication::translate("PackageExporter", "Reading the assessment…"));
    Result<Assessment> current = document.assessments().current();
    if (!current)
        return current.error();
    const qint64 assessmentId = current->id;
    if (options.source && options.kind != PackageKind::Opinions)
        return Error::internal(QStringLiteral("Only opinions packages take a given snapshot."));
    Result<AssessmentSnapshot> loaded = options.source ? Result<AssessmentSnapshot>(*options.source)
                                                       : loadSnapshot(document, assessmentId);
    if (!loaded)
        return loaded.error();
    AssessmentSnapshot snapshot = std::move(*loaded);
    Result<Framework> framework =
        options.source
            ? FrameworkLoader::parse(snapshot.frameworkJson, QStringLiteral("assessment.json"))
            : document.assessments().framework(assessmentId);
    if (!framework)
        return framework.error();

    SnapshotExtras extras;
    switch (options.kind) {
    case PackageKind::Submission:
        // As submitted: the fingerprint is the manifest's (it cannot be inside what it
        // hashes), the time is the first submission's, so a re-export matches.
        if (freeze) {
            snapshot.assessment.status = AssessmentStatus::Submitted;
            if (snapshot.submittedAt.isEmpty())
                snapshot.submittedAt = packageDateTime(now);
        }
        snapshot.fingerprint.clear();
        break;
    case PackageKind::Team: {
        Result<SnapshotScope> scope = applyScope(snapshot, *framework, options);
        if (!scope)
            return scope.error();
        extras.scope = *scope;
        Result<QString> base = document.meta().value(QStringLiteral("team_base"));
        if (!base)
            return base.error();
        if (!base->isEmpty()) {
            extras.baseJson = base->toUtf8();
            Result<AssessmentSnapshot> checked =
                snapshotFromJson(extras.baseJson, QStringLiteral("team_base"));
            if (!checked)
                return Error::user(QCoreApplication::translate(
                                       "PackageExporter",
                                       "The document's record of the coordinator's version is "
                                       "damaged: %1")
                                       .arg(checked.error().message));
        }
        break;
    }
    case PackageKind::Opinions:
        if (snapshot.opinions.isEmpty())
            return Error::user(QCoreApplication::translate(
                "PackageExporter", "The assessment holds no review opinions to send."));
        snapshot.units.clear();
        snapshot.figures.clear();
        snapshot.platforms.clear();
        snapshot.requirements.clear();
        snapshot.rectification.clear();
        snapshot.evidence.clear();
        break;
    }

    QTemporaryDir work;
    if (!work.isValid())
        return Error::internal(
            QStringLiteral("No temporary folder for the export: %1").arg(work.errorString()));
    const QString xlsxPath = work.filePath(QStringLiteral("scores.xlsx"));
    const QString pdfPath = work.filePath(QStringLiteral("report.pdf"));
    const QString odtPath = work.filePath(QStringLiteral("report.odt"));

    // A submission's report is read here, on this thread, which owns the document's
    // connection. The score sheet is made from the same reading, on a thread of its own
    // while assessment.json is made here: the fingerprint, which the report waits for,
    // needs both.
    std::optional<report::ReportData> reportData;
    Result<PackageEntry> xlsx = Error::internal(QStringLiteral("scores.xlsx was not written."));
    const auto join = [](QThread* thread) {
        thread->wait();
        delete thread;
    };
    std::unique_ptr<QThread, decltype(join)> xlsxThread(nullptr, join);
    if (submission) {
        stage(options, QCoreApplication::translate("PackageExporter", "Writing the score sheet…"));
        ReportOptions reportOptions;
        reportOptions.kind = ReportKind::Self;
        reportOptions.language = options.language;
        reportOptions.fontFamily = options.fontFamily;
        reportOptions.date = today;
        Result<report::ReportData> data = report::ReportData::load(document, reportOptions, today);
        if (!data)
            return data.error();
        reportData = std::move(*data);
        // It only reads the data, which moves on to the report once this thread is joined.
        xlsxThread.reset(
            QThread::create([&xlsx, &reportData, language = options.language, xlsxPath] {
                if (Status written = writeXlsx(
                        scoreTables(reportData->input, reportData->analysis, language), xlsxPath);
                    !written)
                    xlsx = written.error();
                else
                    xlsx = entryOfFile(QStringLiteral("scores.xlsx"), xlsxPath);
            }));
        xlsxThread->start();
    }
    const QByteArray assessmentJson = toJson(snapshot, extras);

    PackageManifest manifest;
    manifest.kind = options.kind;
    manifest.created = now;
    manifest.app = QStringLiteral("Duibiao %1").arg(QStringLiteral(DUIBIAO_VERSION));
    manifest.documentId = snapshot.documentId;
    manifest.institution = snapshot.institution;
    manifest.assessmentTitle = snapshot.assessment.title;
    manifest.year = snapshot.assessment.year;
    manifest.frameworkCode = snapshot.assessment.frameworkCode;
    manifest.frameworkVersion = snapshot.assessment.frameworkVersion;
    manifest.content.append(entryOfBytes(QStringLiteral("assessment.json"), assessmentJson));

    if (xlsxThread) {
        xlsxThread.reset();
        if (!xlsx)
            return xlsx.error();
        manifest.content.append(*xlsx);
    }
    if (isCancelled(options))
        return cancelled();
    for (const Evidence& e : std::as_const(snapshot.evidence))
        manifest.content.append({evidenceEntryName(e.id, e.name), e.size, e.sha256});
    manifest.fingerprint = packageFingerprint(manifest.content);

    // The report prints the fingerprint, so it is rendered now, on a thread of its own,
    // while this one writes the evidence; the ZIP takes it after the evidence, and the
    // manifest, which lists the report's hashes, last.
    std::optional<BackgroundReports> reports;
    if (submission) {
        stage(options, QCoreApplication::translate("PackageExporter", "Rendering the report…"));
        reportData->options.fingerprint = manifest.fingerprint;
        reports.emplace(std::move(*reportData), pdfPath, odtPath, options.cancel);
        reportData.reset();
    }
    // What we write, we must be able to read: never send a package our reader refuses.
    // (Checked while the report renders; a failure stops it.)
    if (Result<AssessmentSnapshot> check =
            snapshotFromJson(assessmentJson, QStringLiteral("assessment.json"));
        !check)
        return Error::internal(
            QCoreApplication::translate(
                "PackageExporter", "The package would not be readable, so it was not written: %1")
                .arg(check.error().message));

    // Asked for by the ZIP's last entries, on this thread: waits for the report.
    std::optional<Status> rendered;
    const auto reportsDone = [&]() -> Status {
        if (!rendered) {
            if (!reports->isFinished() && options.stage)
                options.stage(
                    QCoreApplication::translate("PackageExporter", "Rendering the report…"));
            rendered = reports->wait();
            if (*rendered && isCancelled(options))
                rendered = Status(cancelled());
        }
        if (!*rendered)
            return isCancelled(options) ? cancelled() : rendered->error();
        return {};
    };
    if (isCancelled(options))
        return cancelled();

    if (options.stage)
        options.stage(QCoreApplication::translate("PackageExporter", "Writing the package…"));
    ZipPackageWriter zip;
    if (Status opened = zip.open(path, now); !opened)
        return opened.error();
    if (Status added = zip.addBytes(QStringLiteral("assessment.json"), assessmentJson); !added)
        return added.error();
    if (submission) {
        if (Status added = zip.addFile(QStringLiteral("scores.xlsx"), xlsxPath); !added)
            return added.error();
    }
    for (const Evidence& e : std::as_const(snapshot.evidence)) {
        if (Status added = zip.addEvidence(evidenceEntryName(e.id, e.name), e, document.evidence());
            !added)
            return added.error();
    }
    if (submission) {
        for (const auto& [name, file] : {std::pair{QStringLiteral("report.pdf"), pdfPath},
                                         std::pair{QStringLiteral("report.odt"), odtPath}}) {
            const QString reportPath = file;
            if (Status added = zip.addDeferred(
                    name,
                    [&reportsDone, reportPath]() -> Result<QByteArray> {
                        if (Status done = reportsDone(); !done)
                            return done.error();
                        return readReport(reportPath);
                    },
                    false);
                !added)
                return added.error();
        }
    }
    if (Status added = zip.addDeferred(
            QStringLiteral("manifest.json"),
            [&]() -> Result<QByteArray> {
                if (submission) {
                    if (Status done = reportsDone(); !done)
                        return done.error();
                    manifest.reports.clear();
                    for (const auto& [name, file] :
                         {std::pair{QStringLiteral("report.pdf"), pdfPath},
                          std::pair{QStringLiteral("report.odt"), odtPath}}) {
                        Result<PackageEntry> entry = entryOfFile(name, file);
                        if (!entry)
                            return entry.error();
                        manifest.reports.append(*entry);
                    }
                }
                return manifest.toJson();
            },
            true);
        !added)
        return added.error();

    // The freeze and the package succeed together: the stamp is written in a transaction
    // that commits only once the package is in place.
    std::optional<Transaction> transaction;
    if (freeze) {
        transaction.emplace(document.context().db);
        if (!transaction->started())
            return transaction->started().error();
        const QDateTime at = snapshot.submittedAt.isEmpty()
                                 ? now
                                 : QDateTime::fromString(snapshot.submittedAt, Qt::ISODateWithMs);
        if (Status frozen = document.assessments().submit(assessmentId, manifest.fingerprint, at);
            !frozen)
            return frozen.error();
    }
    if (Status written = zip.commit(options.progress, options.cancel); !written)
        return written.error();
    if (transaction) {
        if (Status committed = transaction->commit(); !committed) {
            // The package says "submitted" but the document could not record it: take the
            // package back rather than leave the two disagreeing.
            QFile::remove(path);
            return committed.error();
        }
    }

    PackageExportResult result;
    result.path = path;
    result.manifest = manifest;
    result.packageSize = QFileInfo(path).size();
    result.entryCount = 1 + int(manifest.content.size() + manifest.reports.size());
    result.froze = freeze && current->status != AssessmentStatus::Submitted;
    return result;
}

} // namespace duibiao
