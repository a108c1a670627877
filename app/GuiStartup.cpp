#include "GuiStartup.h"

#include "MainWindow.h"
#include "settings/LanguageManager.h"
#include "settings/Preferences.h"
#include "storage/DocumentSetup.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace duibiao {

QString GuiStartup::defaultDocumentPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("default.duibiao"));
}

int GuiStartup::run(const QStringList& arguments)
{
    const Preferences preferences = Preferences::load();
    LanguageManager::apply(preferences.language);
    QApplication::setLayoutDirection(Qt::LeftToRight);

    MainWindow window;
    window.show();
    if (!arguments.isEmpty()) {
        window.openDocument(QFileInfo(arguments.first()).absoluteFilePath());
    } else {
        // First start: the default document is created, then always reopened.
        const QString path = defaultDocumentPath();
        if (QFileInfo::exists(path))
            window.openDocument(path);
        else
            window.newDocument(path);
    }
    if (window.session())
        window.showPage(QSettings().value(QStringLiteral("window/page"), 0).toInt());
    // For tests/bench/bench_gui: quit once the window has been shown and the event loop
    // is taking input, so start-up time can be measured from outside the process.
    if (qEnvironmentVariableIsSet("DUIBIAO_QUIT_WHEN_READY")) {
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace duibiao
