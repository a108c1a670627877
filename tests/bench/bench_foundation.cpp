// Benchmark of the foundation on the large demo document (60 units, 3,000 rectification
// items, 1,000 evidence files of about 300 MB): building it, opening it, the gap analysis
// in-process and `duibiao summary --json` as a whole process. Target (issue 2): summary
// under 0.3 s; opening never reads evidence blobs (measured as bytes read).
//
//   bench_foundation [--document FILE] [--no-write]

#include "BenchReport.h"

#include "analysis/Analysis.h"
#include "analysis/SummaryJson.h"
#include "demo/DemoBuilder.h"
#include "storage/DocumentSetup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace duibiao;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    QTemporaryDir dir;
    QString path = args.contains(QStringLiteral("--document"))
                       ? args.value(args.indexOf(QStringLiteral("--document")) + 1)
                       : QString();
    double buildMs = -1;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("large.duibiao"));
        say(QStringLiteral("Building the large demo document in %1 …").arg(path));
        NewDocumentSpec spec = defaultDocumentSpec();
        spec.institution.name = QStringLiteral("示例大学");
        QElapsedTimer timer;
        timer.start();
        auto document = createDocument(path, spec, {});
        if (!document || !DemoBuilder::build(**document, DemoBuilder::Size::Large)) {
            say(QStringLiteral("building the demo document failed"));
            return 2;
        }
        document->reset();
        buildMs = double(timer.elapsed());
    }
    const qint64 fileSize = QFileInfo(path).size();

    Document::Options readOnly;
    readOnly.access = Document::Access::ReadOnly;
    const qint64 readBefore = bench::bytesReadSoFar();
    const double openMs = bench::medianMs(5, [&] { auto d = Document::open(path, readOnly); });
    const qint64 readByOpen = (bench::bytesReadSoFar() - readBefore) / 5;

    auto document = Document::open(path, readOnly);
    if (!document) {
        say(document.error().message);
        return 1;
    }
    const qint64 readBeforeAnalysis = bench::bytesReadSoFar();
    const double loadMs = bench::medianMs(5, [&] { auto input = AnalysisInput::load(**document); });
    const qint64 readByLoad = (bench::bytesReadSoFar() - readBeforeAnalysis) / 5;
    const AnalysisInput input = *AnalysisInput::load(**document);
    const double analyzeMs = bench::medianMs(5, [&] {
        const Analysis analysis = analyze(input, QDate(2020, 11, 20), Language::Chinese);
        (void)summaryToJson(input, analysis, Language::Chinese);
    });
    const qint64 rss = bench::residentBytes();

    const double processMs = bench::medianMs(5, [&] {
        QProcess process;
        process.start(QStringLiteral(DUIBIAO_EXECUTABLE),
                      {QStringLiteral("summary"), path, QStringLiteral("--json")});
        process.waitForFinished(60000);
    });

    const QStringList lines{
        QStringLiteral("### Foundation: the large document and `duibiao summary`"),
        QString(),
        QStringLiteral("Measured %1 on %2 (%3 cores), Release-with-debug-info build, median of 5.")
            .arg(QDate::currentDate().toString(Qt::ISODate), QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount()),
        QString(),
        QStringLiteral("| what | figure | target |"),
        QStringLiteral("|---|---|---|"),
        QStringLiteral("| document size (60 units, 3,000 items, 1,000 evidence files) | %1 MB | "
                       "about 300 MB |")
            .arg(double(fileSize) / 1048576.0, 0, 'f', 0),
        QStringLiteral("| building it (`duibiao demo --size large`, in-process) | %1 | — |")
            .arg(buildMs < 0 ? QStringLiteral("(given)") : ms(buildMs)),
        QStringLiteral("| opening it read-only | %1 | instant |").arg(ms(openMs)),
        QStringLiteral("| bytes read by opening | %1 KB | no evidence blobs |")
            .arg(readByOpen / 1024),
        QStringLiteral("| loading the analysis input | %1 | — |").arg(ms(loadMs)),
        QStringLiteral("| bytes read by loading it | %1 KB | no evidence blobs |")
            .arg(readByLoad / 1024),
        QStringLiteral("| gap analysis + JSON in-process | %1 | — |").arg(ms(analyzeMs)),
        QStringLiteral("| `duibiao summary --json` whole process | %1 | < 300 ms |")
            .arg(ms(processMs)),
        QStringLiteral("| resident memory after loading | %1 MB | — |")
            .arg(double(rss) / 1048576.0, 0, 'f', 1),
    };
    for (const QString& line : lines)
        say(line);
    if (!args.contains(QStringLiteral("--no-write"))) {
        const QString target = QStringLiteral(DUIBIAO_DOCS "/performance.md");
        if (!bench::writeSection(target, QStringLiteral("foundation"), lines)) {
            say(QStringLiteral("could not write %1").arg(target));
            return 2;
        }
        say(QStringLiteral("written to %1").arg(target));
    }
    return 0;
}
