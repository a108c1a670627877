// Benchmark of the report engine on the large demo document (60 units, 3,000 rectification
// items, 1,000 evidence files): the self-evaluation report built and printed to PDF, and,
// side by side in the same run, LibreOffice converting the ODT export of the same report to
// PDF. Targets (issue 4): under 2 s, and at least 5× faster than LibreOffice.
//
//   bench_report [--document FILE] [--runs N] [--no-write]

#include "BenchReport.h"

#include "demo/DemoBuilder.h"
#include "report/Report.h"
#include "storage/DocumentSetup.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
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
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
}

QString seconds(double milliseconds)
{
    return QStringLiteral("%1 s").arg(milliseconds / 1000.0, 0, 'f', 2);
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

    Document::Options readOnly;
    readOnly.access = Document::Access::ReadOnly;
    auto document = Document::open(path, readOnly);
    if (!document) {
        say(document.error().message);
        return 1;
    }
    ReportOptions options;
    options.kind = ReportKind::Self;
    const QDate today(2020, 11, 20);

    // Build (read the document, compose, lay out) and print to PDF, as `duibiao report` does.
    const QString pdf = dir.filePath(QStringLiteral("self.pdf"));
    int pages = 0;
    double buildSum = 0;
    double printSum = 0;
    bool failed = false;
    const double totalMs = bench::medianMs(runs, [&] {
        QElapsedTimer timer;
        timer.start();
        Result<Report> report = Report::build(**document, options, today);
        if (!report) {
            say(report.error().message);
            failed = true;
            return;
        }
        buildSum += double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (Status written = report->writePdf(pdf); !written) {
            say(written.error().message);
            failed = true;
            return;
        }
        printSum += double(timer.nsecsElapsed()) / 1e6;
        pages = report->pageCount();
    });
    if (failed)
        return 2;
    const qint64 pdfSize = QFileInfo(pdf).size();
    const qint64 rss = bench::residentBytes();

    // The same report as ODT, and LibreOffice turning it into a PDF.
    Result<Report> report = Report::build(**document, options, today);
    const QString odt = dir.filePath(QStringLiteral("self.odt"));
    QElapsedTimer odtTimer;
    odtTimer.start();
    if (!report || !report->writeOdt(odt)) {
        say(QStringLiteral("writing the ODT failed"));
        return 2;
    }
    const double odtMs = double(odtTimer.nsecsElapsed()) / 1e6;
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    double sofficeMs = -1;
    QString sofficeNote = QStringLiteral("soffice not installed");
    if (!soffice.isEmpty()) {
        const QString outDir = dir.filePath(QStringLiteral("soffice"));
        QDir().mkpath(outDir);
        // A profile of its own, so that a running LibreOffice does not take the job.
        const QString profile =
            QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo"));
        auto convert = [&] {
            QProcess process;
            process.start(soffice,
                          {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                           QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, odt});
            process.waitForFinished(30 * 60 * 1000);
            return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        };
        // A first run creates the profile; it is not counted.
        convert();
        QElapsedTimer timer;
        timer.start();
        const bool converted = convert();
        sofficeMs = double(timer.nsecsElapsed()) / 1e6;
        const QString result = QDir(outDir).filePath(QStringLiteral("self.pdf"));
        if (!converted || !QFileInfo::exists(result)) {
            sofficeNote = QStringLiteral("soffice failed");
            sofficeMs = -1;
        } else {
            QProcess version;
            version.start(soffice, {QStringLiteral("--version")});
            version.waitForFinished(60000);
            sofficeNote = QString::fromUtf8(version.readAllStandardOutput()).trimmed();
        }
    }

    QStringList lines{
        QStringLiteral("### Reports: the self-evaluation report of the large document"),
        QString(),
        QStringLiteral("Measured %1 on %2 (%3 cores), RelWithDebInfo build, offscreen platform; "
                       "median of %4 for Duibiao.")
            .arg(QDate::currentDate().toString(Qt::ISODate), QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(runs),
        QString(),
        QStringLiteral("| what | figure | target |"),
        QStringLiteral("|---|---|---|"),
        QStringLiteral("| self report, build + PDF (`Report::build` + `writePdf`) | %1 | < 2 s |")
            .arg(seconds(totalMs)),
        QStringLiteral("| of which build: read, compose, lay out (mean) | %1 | — |")
            .arg(ms(buildSum / runs)),
        QStringLiteral("| of which painting the PDF (mean) | %1 | — |").arg(ms(printSum / runs)),
        QStringLiteral("| pages, PDF size | %1 pages, %2 MB | — |")
            .arg(pages)
            .arg(double(pdfSize) / 1048576.0, 0, 'f', 1),
        QStringLiteral("| writing the same report as ODT | %1 | — |").arg(ms(odtMs)),
    };
    if (sofficeMs >= 0) {
        lines.append(QStringLiteral("| LibreOffice: `soffice --headless --convert-to pdf` of "
                                    "that ODT (%1) | %2 | — |")
                         .arg(sofficeNote, seconds(sofficeMs)));
        lines.append(QStringLiteral("| Duibiao faster by | %1× | ≥ 5× |")
                         .arg(sofficeMs / totalMs, 0, 'f', 1));
    } else {
        lines.append(
            QStringLiteral("| LibreOffice converting that ODT | %1 | — |").arg(sofficeNote));
    }
    lines.append(QStringLiteral("| resident memory after the runs | %1 MB | — |")
                     .arg(double(rss) / 1048576.0, 0, 'f', 1));
    for (const QString& line : lines)
        say(line);
    if (!args.contains(QStringLiteral("--no-write"))) {
        const QString target = QStringLiteral(DUIBIAO_DOCS "/performance.md");
        if (!bench::writeSection(target, QStringLiteral("report"), lines)) {
            say(QStringLiteral("could not write %1").arg(target));
            return 2;
        }
        say(QStringLiteral("written to %1").arg(target));
    }
    return 0;
}
