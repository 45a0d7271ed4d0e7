#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef HUAJIE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
// Core lays documents out with fonts, which QtGui serves.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QLocale>

int main(int argc, char *argv[])
{
    // Tests never need a screen, and read messages in English.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("HuajieTests"));
    TestApplication::setApplicationName(QStringLiteral("huajie-tests"));
    return Catch::Session().run(argc, argv);
}
