// The app tests' own main(): widgets need a QApplication, and one must exist
// before any test runs, including when CTest lists the tests at build time.

#include "app/translations.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    // CTest sets QT_QPA_PLATFORM=offscreen for the tests, but not for
    // gtest_discover_tests' --gtest_list_tests run at build time; nor is it set
    // when someone runs the binary by hand on a machine without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    // Settings and logs go to a throwaway home, never the user's own: QSettings
    // and QStandardPaths read these variables, and so do the app processes
    // that the executable tests start (they inherit the environment).
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fputs("Cannot create a temporary directory for the tests\n", stderr);
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));

    // The tests check English text: pin the language, for this process and
    // for the app processes it starts, whatever the machine's locale.
    qputenv("LANGUAGE", "en");
    qputenv("LC_ALL", "C.UTF-8");
    QApplication application(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::setOrganizationName(QStringLiteral("ICTimeline"));
    QCoreApplication::setApplicationName(QStringLiteral("ICTimeline"));
    ict::app::installTranslations(); // as the app does: English plurals live in a translation

    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
