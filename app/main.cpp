// Duibiao (对标): the executable runs either a headless verb or the GUI.

#include "CommandLine.h"
#include "GuiStartup.h"

#include <QApplication>
#include <QGuiApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Duibiao"));
    QCoreApplication::setApplicationName(QStringLiteral("duibiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIBIAO_VERSION));
}

// The offscreen platform warns about XDG_RUNTIME_DIR on every run; for a command-line
// verb that is noise on stderr, where only the verb's own messages belong.
QtMessageHandler previousHandler = nullptr;

void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (duibiao::CommandLine::isCommand(arguments)) {
        // Verbs never need a display: reports and images render on the offscreen platform.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietMessageHandler);
        QGuiApplication application(argc, argv);
        describeApplication();
        return duibiao::CommandLine::run(arguments);
    }

    QApplication application(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("对标 Duibiao"));
    return duibiao::GuiStartup::run(arguments.mid(1));
}
