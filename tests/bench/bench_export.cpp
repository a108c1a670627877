// Benchmark of the review package export and import on the large demo document (1,000
// evidence files, about 300 MB), side by side in one run with `zip -0 -r` over the same
// evidence files written out to a folder first, and with `unzip` of the same package.
// Targets (issue 5): the export within 1.5× the time of zip, the import within 2× unzip,
// peak memory under 200 MB. Both run as `duibiao` child processes, whose peak resident
// memory getrusage(RUSAGE_CHILDREN) reports (the imports run first, so that their peak is
// not hidden by the export's).
//
//   bench_export [--document FILE] [--runs N] [--no-write]

#include "BenchReport.h"

#include "demo/DemoBuilder.h"
#include "exchange/package/BackgroundReports.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/SafeName.h"
#include "report/ReportData.h"
#include "storage/DocumentSetup.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace duibiao;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString seconds(double milliseconds)
{
    return QStringLiteral("%1 s").arg(milliseconds / 1000.0, 0, 'f', 2);
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1048576.0, 0, 'f', 1);
}

bool runProcess(const QString& program, const QStringList& arguments, const QString& directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        say(QStringLiteral("%1 failed").arg(program));
        return false;
    }
    return true;
}

// CPU time (user + system) of the children that have finished so far, in milliseconds:
// steadier than wall time on a busy machine.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0)
               : QStringLiteral("unknown");
}

// Peak resident memory of the largest child that has finished so far.
qint64 childrenPeakBytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList args = application.arguments();
    const int runs =
        args.contains(QStringLiteral("--runs"))
            ? std::max(1, args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt())
            : 3;
    QTemporaryDir dir;
    QString path = args.contains(QStringLiteral("--document"))
                       ? args.value(args.indexOf(QStringLiteral("--document")) + 1)
                       : QString();
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("large.duibiao"));
        say(QStringLiteral("Building the large demo document in %1 …").arg(path));
        NewDocumentSpec spec = defaultDocumentSpec();
        spec.institution.name = QStringLiteral("示例大学");
        auto document = createDocument(path, spec, {});
        if (!document || !DemoBuilder::build(**document, DemoBuilder::Size::Large)) {
            say(QStringLiteral("building the demo document failed"));
            return 2;
        }
    }
    const QString zip = QStandardPaths::findExecutable(QStringLiteral("zip"));
    if (zip.isEmpty()) {
        say(QStringLiteral("zip is needed for the comparison (Debian package zip)"));
        return 2;
    }

    // The same evidence files as the package holds, written out under the same names.
    say(QStringLiteral("Writing the evidence files out …"));
    const QString filesDir = dir.filePath(QStringLiteral("files"));
    qint64 evidenceBytes = 0;
    int evidenceCount = 0;
    {
        Document::Options readOnly;
        readOnly.access = Document::Access::ReadOnly;
        auto document = Document::open(path, readOnly);
        if (!document) {
            say(document.error().message);
            return 1;
        }
        auto assessment = (*document)->assessments().current();
        auto evidence = assessment ? (*document)->evidence().list(assessment->id)
                                   : Result<QVector<Evidence>>(assessment.error());
        if (!evidence) {
            say(evidence.error().message);
            return 2;
        }
        QDir().mkpath(filesDir + QStringLiteral("/evidence"));
        for (const Evidence& e : *evidence) {
            QFile file(filesDir + QLatin1Char('/') + evidenceEntryName(e.id, e.name));
            if (!file.open(QIODevice::WriteOnly) || !(*document)->evidence().writeTo(e.id, file)) {
                say(QStringLiteral("writing %1 failed").arg(file.fileName()));
                return 2;
            }
            evidenceBytes += e.size;
            ++evidenceCount;
        }
    }

    const QString duibiao = QStringLiteral(DUIBIAO_EXECUTABLE);
    // The imports' backups go to a folder of the run, not the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));

    // Import: a submission package into a new empty document, against unzip of the same
    // package, alternately.
    const QString importPackage = dir.filePath(QStringLiteral("import.zip"));
    {
        Document::Options readOnly;
        readOnly.access = Document::Access::ReadOnly;
        auto document = Document::open(path, readOnly);
        PackageExportOptions options;
        options.freeze = false;
        options.today = QDate(2020, 11, 20);
        auto exported = document
                            ? PackageExporter::exportPackage(**document, importPackage, options)
                            : Result<PackageExportResult>(document.error());
        if (!exported) {
            say(exported.error().message);
            return 2;
        }
    }
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        say(QStringLiteral("unzip is needed for the comparison (Debian package unzip)"));
        return 2;
    }
    std::vector<double> importTimes, unzipTimes, importCpu, unzipCpu;
    for (int run = 0; run < runs; ++run) {
        const QString unpacked = dir.filePath(QStringLiteral("unzipped"));
        QDir(unpacked).removeRecursively();
        QElapsedTimer timer;
        timer.start();
        double cpu = childrenCpuMs();
        if (!runProcess(unzip,
                        {QStringLiteral("-q"), importPackage, QStringLiteral("-d"), unpacked},
                        dir.path()))
            return 2;
        unzipTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        unzipCpu.push_back(childrenCpuMs() - cpu);
        const QString target = dir.filePath(QStringLiteral("import-%1.duibiao").arg(run));
        if (auto created = createDocument(target, defaultDocumentSpec(), {}); !created) {
            say(created.error().message);
            return 2;
        }
        cpu = childrenCpuMs();
        timer.restart();
        if (!runProcess(duibiao, {QStringLiteral("import"), target, importPackage}, dir.path()))
            return 2;
        importTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        importCpu.push_back(childrenCpuMs() - cpu);
        QFile::remove(target);
    }
    const qint64 importPeak = childrenPeakBytes();
    const double importMs = median(importTimes);
    const double unzipMs = median(unzipTimes);
    const QStringList importLines{
        QStringLiteral("### Import: the same package into an empty document"),
        QString(),
        QStringLiteral("Measured %1, median of %2; `duibiao import` (a backup first, then one "
                       "transaction) and `unzip` run alternately as processes on the same "
                       "package.")
            .arg(QDate::currentDate().toString(Qt::ISODate))
            .arg(runs),
        QString(),
        QStringLiteral("| what | figure | target |"),
        QStringLiteral("|---|---|---|"),
        QStringLiteral("| package | %1 | — |").arg(megabytes(QFileInfo(importPackage).size())),
        QStringLiteral("| `unzip` of the package: wall, CPU | %1, %2 | — |")
            .arg(seconds(unzipMs), seconds(median(unzipCpu))),
        QStringLiteral("| `duibiao import` into an empty document: wall, CPU | %1, %2 | — |")
            .arg(seconds(importMs), seconds(median(importCpu))),
        QStringLiteral("| import ÷ unzip, wall (CPU) | %1× (%2×) | ≤ 2× |")
            .arg(importMs / unzipMs, 0, 'f', 2)
            .arg(median(importCpu) / median(unzipCpu), 0, 'f', 2),
        QStringLiteral("| peak resident memory of `duibiao import` | %1 | < 200 MB |")
            .arg(megabytes(importPeak)),
    };
    for (const QString& line : importLines)
        say(line);

    // Export, side by side with zip, alternating, so that both meet the same page cache
    // and disk.
    const QString loadBefore = loadAverage();
    const QString package = dir.filePath(QStringLiteral("package.zip"));
    const QString zipped = dir.filePath(QStringLiteral("zipped.zip"));
    std::vector<double> exportTimes;
    std::vector<double> zipTimes;
    std::vector<double> exportCpu;
    std::vector<double> zipCpu;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(zipped);
        QElapsedTimer timer;
        timer.start();
        double cpu = childrenCpuMs();
        if (!runProcess(zip,
                        {QStringLiteral("-0"), QStringLiteral("-r"), QStringLiteral("-q"), zipped,
                         QStringLiteral("evidence")},
                        filesDir))
            return 2;
        zipTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        zipCpu.push_back(childrenCpuMs() - cpu);
        // Like zip's, the package of the previous run goes first: replacing a 300 MB file
        // costs the kernel's unlinking and, on ext4, an early flush of the new one.
        QFile::remove(package);
        cpu = childrenCpuMs();
        timer.restart();
        if (!runProcess(duibiao,
                        {QStringLiteral("export"), path, QStringLiteral("--out"), package,
                         QStringLiteral("--no-freeze"), QStringLiteral("--today"),
                         QStringLiteral("2020-11-20")},
                        dir.path()))
            return 2;
        exportTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        exportCpu.push_back(childrenCpuMs() - cpu);
    }
    const qint64 peak = childrenPeakBytes();
    const double exportMs = median(exportTimes);
    const double zipMs = median(zipTimes);
    const double exportCpuMs = median(exportCpu);
    const double zipCpuMs = median(zipCpu);

    // In-process: the part without the reports and the score sheet (a team package of
    // everything streams the same evidence), to show where the time goes.
    double streamMs = 0;
    double streamCpuMs = 0;
    {
        Document::Options readOnly;
        readOnly.access = Document::Access::ReadOnly;
        auto document = Document::open(path, readOnly);
        if (!document) {
            say(document.error().message);
            return 1;
        }
        PackageExportOptions options;
        options.kind = PackageKind::Team;
        bool failed = false;
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        streamMs = bench::medianMs(runs, [&] {
            auto exported = PackageExporter::exportPackage(
                **document, dir.filePath(QStringLiteral("team.zip")), options);
            if (!exported) {
                say(exported.error().message);
                failed = true;
            }
        });
        if (failed)
            return 2;
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        streamCpuMs = (double(after.ru_utime.tv_sec - before.ru_utime.tv_sec +
                              after.ru_stime.tv_sec - before.ru_stime.tv_sec) *
                           1000.0 +
                       double(after.ru_utime.tv_usec - before.ru_utime.tv_usec +
                              after.ru_stime.tv_usec - before.ru_stime.tv_usec) /
                           1000.0) /
                      runs;
    }

    // In-process: the report alone as the export makes it (its data read, then PDF and ODT
    // rendered on their threads), which the export cannot finish before.
    double reportMs = 0;
    {
        Document::Options readOnly;
        readOnly.access = Document::Access::ReadOnly;
        auto document = Document::open(path, readOnly);
        if (!document) {
            say(document.error().message);
            return 1;
        }
        bool failed = false;
        reportMs = bench::medianMs(runs, [&] {
            ReportOptions options;
            options.date = QDate(2020, 11, 20);
            options.fingerprint = QString(64, QLatin1Char('0'));
            Result<report::ReportData> data =
                report::ReportData::load(**document, options, options.date);
            if (!data) {
                say(data.error().message);
                failed = true;
                return;
            }
            BackgroundReports reports(std::move(*data), dir.filePath(QStringLiteral("r.pdf")),
                                      dir.filePath(QStringLiteral("r.odt")), nullptr);
            if (Status done = reports.wait(); !done) {
                say(done.error().message);
                failed = true;
            }
        });
        if (failed)
            return 2;
    }

    const double ratio = exportMs / zipMs;
    QStringList lines{
        QStringLiteral("### Export: the review package of the large document"),
        QString(),
        QStringLiteral("Measured %1 on %2 (%3 cores), RelWithDebInfo build, median of %4; "
                       "`duibiao export` and `zip` run alternately as processes over the same "
                       "files.")
            .arg(QDate::currentDate().toString(Qt::ISODate), QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(runs),
        QString(),
        QStringLiteral("| what | figure | target |"),
        QStringLiteral("|---|---|---|"),
        QStringLiteral("| evidence files | %1 files, %2 | about 300 MB |")
            .arg(evidenceCount)
            .arg(megabytes(evidenceBytes)),
        QStringLiteral("| `zip -0 -r` over those files: wall, CPU | %1, %2 | — |")
            .arg(seconds(zipMs), seconds(zipCpuMs)),
        QStringLiteral("| `duibiao export --no-freeze` whole process (package %1): wall, CPU | "
                       "%2, %3 | — |")
            .arg(megabytes(QFileInfo(package).size()), seconds(exportMs), seconds(exportCpuMs)),
        QStringLiteral("| export ÷ zip, wall (CPU) | %1× (%2×) | ≤ 1.5× |")
            .arg(ratio, 0, 'f', 2)
            .arg(exportCpuMs / zipCpuMs, 0, 'f', 2),
        QStringLiteral("| of which evidence and JSON only (in-process team package of "
                       "everything, no reports or XLSX): wall, CPU | %1, %2 | — |")
            .arg(seconds(streamMs), seconds(streamCpuMs)),
        QStringLiteral(
            "| of which the report (in-process: read, then PDF and ODT on their threads), "
            "wall | %1 | — |")
            .arg(seconds(reportMs)),
        QStringLiteral("| peak resident memory of `duibiao export` (getrusage of the child) | "
                       "%1 | < 200 MB |")
            .arg(megabytes(peak)),
    };
    lines << QString()
          << QStringLiteral("Load average before the export runs: %1, after them: %2 (the machine "
                            "is shared). A submission also renders the self-evaluation report as "
                            "PDF and ODT, on two threads of their own while the evidence streams, "
                            "and writes scores.xlsx (%3 of CPU here beyond the evidence); the "
                            "evidence and JSON alone take %4× the CPU time of zip.")
                 .arg(loadBefore, loadAverage(), seconds(exportCpuMs - streamCpuMs))
                 .arg(streamCpuMs / zipCpuMs, 0, 'f', 2);
    for (const QString& line : lines)
        say(line);
    if (!args.contains(QStringLiteral("--no-write"))) {
        const QString target = QStringLiteral(DUIBIAO_DOCS "/performance.md");
        if (!bench::writeSection(target, QStringLiteral("export"), lines) ||
            !bench::writeSection(target, QStringLiteral("import"), importLines)) {
            say(QStringLiteral("could not write %1").arg(target));
            return 2;
        }
        say(QStringLiteral("%1 updated").arg(target));
    }
    return 0;
}
