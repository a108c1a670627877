// Benchmark of the review package export on the large demo document (1,000 evidence files,
// about 300 MB), side by side in one run with `zip -0 -r` over the same evidence files
// written out to a folder first. Target (issue 5): the export within 1.5× the time of zip,
// peak memory under 200 MB. The export runs as `duibiao export` in a child process, whose
// peak resident memory getrusage(RUSAGE_CHILDREN) reports.
//
//   bench_export [--document FILE] [--runs N] [--no-write]

#include "BenchReport.h"

#include "demo/DemoBuilder.h"
#include "exchange/package/PackageExporter.h"
#include "exchange/package/SafeName.h"
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

    // Side by side, alternating, so that both meet the same page cache and disk.
    const QString duibiao = QStringLiteral(DUIBIAO_EXECUTABLE);
    const QString package = dir.filePath(QStringLiteral("package.zip"));
    const QString zipped = dir.filePath(QStringLiteral("zipped.zip"));
    std::vector<double> exportTimes;
    std::vector<double> zipTimes;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(zipped);
        QElapsedTimer timer;
        timer.start();
        if (!runProcess(zip,
                        {QStringLiteral("-0"), QStringLiteral("-r"), QStringLiteral("-q"), zipped,
                         QStringLiteral("evidence")},
                        filesDir))
            return 2;
        zipTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!runProcess(duibiao,
                        {QStringLiteral("export"), path, QStringLiteral("--out"), package,
                         QStringLiteral("--no-freeze"), QStringLiteral("--today"),
                         QStringLiteral("2020-11-20")},
                        dir.path()))
            return 2;
        exportTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 peak = childrenPeakBytes();
    std::sort(exportTimes.begin(), exportTimes.end());
    std::sort(zipTimes.begin(), zipTimes.end());
    const double exportMs = exportTimes[exportTimes.size() / 2];
    const double zipMs = zipTimes[zipTimes.size() / 2];

    // In-process: the part without the reports and the score sheet (a team package of
    // everything streams the same evidence), to show where the time goes.
    double streamMs = 0;
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
        QStringLiteral("| `zip -0 -r` over those files | %1 | — |").arg(seconds(zipMs)),
        QStringLiteral("| `duibiao export --no-freeze` whole process (package %1) | %2 | — |")
            .arg(megabytes(QFileInfo(package).size()), seconds(exportMs)),
        QStringLiteral("| export ÷ zip | %1× | ≤ 1.5× |").arg(ratio, 0, 'f', 2),
        QStringLiteral("| of which evidence and JSON (in-process, no reports or XLSX) | %1 | — |")
            .arg(seconds(streamMs)),
        QStringLiteral("| peak resident memory of `duibiao export` (getrusage of the child) | "
                       "%1 | < 200 MB |")
            .arg(megabytes(peak)),
    };
    for (const QString& line : lines)
        say(line);
    if (!args.contains(QStringLiteral("--no-write"))) {
        const QString target = QStringLiteral(DUIBIAO_DOCS "/performance.md");
        if (!bench::writeSection(target, QStringLiteral("export"), lines)) {
            say(QStringLiteral("could not write %1").arg(target));
            return 2;
        }
        say(QStringLiteral("%1 updated").arg(target));
    }
    return 0;
}
