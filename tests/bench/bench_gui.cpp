// GUI benchmark on the large demo document (issue 3): start-up until the window is shown
// and taking input (< 0.5 s), page switches (< 50 ms), typing in the narrative editor
// (no stall), memory (< 150 MB). Offscreen platform; results go to docs/performance.md.
//
//   bench_gui [--document FILE] [--no-write]

#include "BenchReport.h"

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "session/DocumentSession.h"
#include "storage/DocumentSetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include <algorithm>
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

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DuibiaoBench"));
    const QStringList args = application.arguments();
    QString path = args.contains(QStringLiteral("--document"))
                       ? args.value(args.indexOf(QStringLiteral("--document")) + 1)
                       : QString();
    if (path.isEmpty()) {
        path = home.filePath(QStringLiteral("large.duibiao"));
        say(QStringLiteral("Building the large demo document …"));
        NewDocumentSpec spec = defaultDocumentSpec();
        spec.institution.name = QStringLiteral("示例大学");
        auto document = createDocument(path, spec, {});
        if (!document || !DemoBuilder::build(**document, DemoBuilder::Size::Large)) {
            say(QStringLiteral("building the demo document failed"));
            return 2;
        }
    }

    // The whole app, as a process: start until the window is shown and taking input.
    QVector<double> startups;
    for (int run = 0; run < 5; ++run) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DUIBIAO_QUIT_WHEN_READY"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(DUIBIAO_EXECUTABLE), {path});
        process.waitForFinished(60000);
        if (process.readAllStandardOutput().contains("ready"))
            startups.append(elapsedMs(timer));
    }
    std::sort(startups.begin(), startups.end());
    const double processStartup = startups.isEmpty() ? -1 : startups.at(startups.size() / 2);

    // In-process: open and show.
    QSettings().clear();
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1280, 800);
    window.openDocument(path);
    window.show();
    window.showPage(MainWindow::OverviewPageId);
    window.repaint();
    const double shown = elapsedMs(timer);
    // Measure builds without the idle prebuilding: a fresh window on the same document.

    // Building each page (the window does this in idle time right after start-up, one
    // page per event-loop pass), then switching between built pages.
    QStringList builds;
    QStringList switches;
    double worstBuild = 0;
    double worstSwitch = 0;
    for (int id = 0; id < MainWindow::PageCount; ++id) {
        QElapsedTimer build;
        build.start();
        window.page(id);
        const double took = elapsedMs(build);
        worstBuild = std::max(worstBuild, took);
        builds.append(QStringLiteral("%1: %2").arg(id + 1).arg(took, 0, 'f', 0));
    }
    for (int round = 0; round < 2; ++round) {
        for (int id = 0; id < MainWindow::PageCount; ++id) {
            QElapsedTimer page;
            page.start();
            window.showPage(id);
            window.repaint();
            QCoreApplication::processEvents();
            const double took = elapsedMs(page);
            if (round == 1) {
                worstSwitch = std::max(worstSwitch, took);
                switches.append(QStringLiteral("%1: %2").arg(id + 1).arg(took, 0, 'f', 0));
            }
        }
    }

    // Typing in the narrative editor of the checklist.
    window.showPage(MainWindow::ChecklistPageId);
    window.showRequirement(QStringLiteral("T5"));
    auto* editor = window.findChild<QPlainTextEdit*>(QStringLiteral("narrativeEdit"));
    double worstKey = -1;
    double meanKey = -1;
    double saveAfterPause = -1;
    if (editor) {
        editor->setFocus();
        double total = 0;
        const QString text =
            QStringLiteral("The participation rate rose after the autumn visits. ");
        for (const QChar c : text) {
            QElapsedTimer key;
            key.start();
            QTest::keyClick(editor, c.toLatin1());
            window.repaint();
            const double took = elapsedMs(key);
            worstKey = std::max(worstKey, took);
            total += took;
        }
        meanKey = total / text.size();
        // The pause that saves the text, and the refresh that follows.
        QElapsedTimer save;
        save.start();
        QTest::qWait(1200);
        saveAfterPause = elapsedMs(save) - 1200;
    }
    const qint64 rss = bench::residentBytes();

    const QStringList lines{
        QStringLiteral("### GUI on the large document"),
        QString(),
        QStringLiteral("Measured %1 on %2 (%3 cores), offscreen platform, RelWithDebInfo build.")
            .arg(QDate::currentDate().toString(Qt::ISODate), QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount()),
        QString(),
        QStringLiteral("| what | figure | target |"),
        QStringLiteral("|---|---|---|"),
        QStringLiteral("| `duibiao FILE` process start until the window is shown and taking input "
                       "(median of 5) | %1 | < 500 ms |")
            .arg(processStartup < 0 ? QStringLiteral("failed") : ms(processStartup)),
        QStringLiteral(
            "| in-process: open the document, build and show the Overview | %1 | < 500 ms |")
            .arg(ms(shown)),
        QStringLiteral(
            "| building a page (done in idle time after start-up), worst of 8 | %1 | — |")
            .arg(ms(worstBuild)),
        QStringLiteral("| building, by page (ms) | %1 | |").arg(builds.join(QStringLiteral(", "))),
        QStringLiteral("| switching to a built page, worst of 8 | %1 | < 50 ms |")
            .arg(ms(worstSwitch)),
        QStringLiteral("| switching, by page (ms) | %1 | |")
            .arg(switches.join(QStringLiteral(", "))),
        QStringLiteral("| typing in the narrative: worst keystroke | %1 | no stall (< 50 ms) |")
            .arg(worstKey < 0 ? QStringLiteral("editor not found") : ms(worstKey)),
        QStringLiteral("| typing: mean keystroke | %1 | |")
            .arg(meanKey < 0 ? QStringLiteral("—") : ms(meanKey)),
        QStringLiteral("| saving after the typing pause (beyond the 1.2 s wait) | %1 | |")
            .arg(saveAfterPause < 0 ? QStringLiteral("—") : ms(std::max(0.0, saveAfterPause))),
        QStringLiteral("| resident memory after visiting every page | %1 MB | < 150 MB |")
            .arg(double(rss) / 1048576.0, 0, 'f', 1),
    };
    for (const QString& line : lines)
        say(line);
    if (!args.contains(QStringLiteral("--no-write"))) {
        const QString target = QStringLiteral(DUIBIAO_DOCS "/performance.md");
        if (!bench::writeSection(target, QStringLiteral("gui"), lines))
            return 2;
        say(QStringLiteral("written to %1").arg(target));
    }
    return 0;
}
