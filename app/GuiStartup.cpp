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
    return QApplication::exec();
}

} // namespace duibiao
