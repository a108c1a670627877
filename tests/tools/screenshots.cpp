// Takes a screenshot of every page of the main window on the small demo document, in
// Chinese and in English, for docs/screenshots and the README.
//
//   duibiao_screenshots OUTPUT_FOLDER      (run under xvfb-run for the xcb platform,
//                                           or with QT_QPA_PLATFORM=offscreen)

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "session/DocumentSession.h"
#include "settings/LanguageManager.h"
#include "storage/DocumentSetup.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <cstdio>

using namespace duibiao;

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DuibiaoScreenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIBIAO_VERSION));
    const QString out = application.arguments().value(1, QStringLiteral("screenshots"));
    QDir().mkpath(out);

    const QString path = home.filePath(QStringLiteral("示例大学.duibiao"));
    {
        NewDocumentSpec spec;
        spec.institution = {QStringLiteral("示例大学"),
                            QStringLiteral("示例大学关心下一代工作委员会"),
                            QStringLiteral("第二活动片区")};
        spec.assessment.title = QStringLiteral("示例大学关工委优质化建设自我评估");
        spec.assessment.year = 2020;
        Document::Options options;
        options.userName = QStringLiteral("demo");
        auto document = createDocument(path, spec, options);
        if (!document || !DemoBuilder::build(**document, DemoBuilder::Size::Small)) {
            std::fprintf(stderr, "could not build the demo document\n");
            return 2;
        }
    }

    // The demo's phases are in 2020; screenshots show it as of the self-evaluation phase.
    FixedClock clock(QDate(2020, 11, 20));
    const char* names[] = {"overview",      "checklist", "units", "gaps",
                           "rectification", "reports",   "panel", "history"};
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QSettings().clear();
        Preferences preferences = Preferences::load();
        preferences.language = language;
        preferences.userName = QStringLiteral("demo");
        preferences.save();
        LanguageManager::apply(language);
        MainWindow window;
        window.setClock(&clock);
        window.resize(1280, 800);
        window.show();
        if (!window.openDocument(path))
            return 2;
        for (int id = 0; id < MainWindow::PageCount; ++id) {
            window.showPage(id);
            if (id == MainWindow::ChecklistPageId)
                window.showRequirement(QStringLiteral("T5"));
            QTest::qWait(150);
            const QString file = QDir(out).filePath(QStringLiteral("%1-%2-%3.png")
                                                        .arg(language)
                                                        .arg(id + 1)
                                                        .arg(QLatin1String(names[id])));
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(file));
                return 2;
            }
            std::printf("%s\n", qPrintable(file));
        }
        window.closeDocument();
    }
    return 0;
}
