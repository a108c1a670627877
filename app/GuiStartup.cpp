#include "GuiStartup.h"

#include "MainWindow.h"
#include "storage/DocumentSetup.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
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
    const QString path = arguments.isEmpty() ? defaultDocumentPath() : arguments.first();
    Document::Options options;
    options.userName = qEnvironmentVariable("USER");
    Result<std::unique_ptr<Document>> document =
        !QFileInfo::exists(path) && arguments.isEmpty()
            ? createDocument(path, defaultDocumentSpec(), options)
            : Document::open(path, options);
    if (!document) {
        QMessageBox::critical(nullptr, QObject::tr("Duibiao"), document.error().message);
        return 1;
    }
    MainWindow window(std::move(*document));
    window.show();
    return QApplication::exec();
}

} // namespace duibiao
