// Catch2's main with a Qt application: tests use Qt Sql, QImage and widgets on the
// offscreen platform, all of which need an application object.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DuibiaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("duibiao-tests"));
    return Catch::Session().run(argc, argv);
}
