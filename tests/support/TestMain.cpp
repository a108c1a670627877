// Catch2's main with a Qt application: tests use Qt Sql, QImage and widgets on the
// offscreen platform, all of which need an application object.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, recent files and the default document of the tests stay in a folder of
    // their own, never the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DuibiaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("duibiao-tests"));
    return Catch::Session().run(argc, argv);
}
