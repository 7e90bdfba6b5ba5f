// ictimeline: parse the command line, set up logging, build the window, run.

#include "app/commandline.h"
#include "app/logging.h"
#include "app/mainwindow.h"
#include "app/screenshot.h"
#include "app/startup.h"
#include "app/translations.h"
#include "core/version.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QIcon>
#include <QStringList>

#include <cstdio>

namespace {

void print(const ict::app::ParseResult &result)
{
    std::fputs(result.text.toLocal8Bit().constData(), result.isError() ? stderr : stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace ict::app;

    // --help, --version and usage errors are answered before QApplication
    // exists, so they work on a machine without a display. The rest is parsed
    // again below, after QApplication has taken its own options (-platform,
    // -style) out of the argument list.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    if (const ParseResult early = parseCommandLine(rawArguments, {});
        !early.options && !early.unknownOptionsAreQts) {
        print(early);
        return early.exitCode;
    }

    QApplication application(argc, argv);
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/ictimeline-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("ictimeline"));
    QCoreApplication::setOrganizationName(QStringLiteral("ICTimeline"));
    QCoreApplication::setApplicationName(QString::fromUtf8(ict::core::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(ict::core::kVersion));
    const QStringList translations = installTranslations();

    const ParseResult parsed = parseCommandLine(QCoreApplication::arguments(), bundledDatabasePath());
    if (!parsed.options) {
        print(parsed);
        return parsed.exitCode;
    }
    const Options &options = *parsed.options;

    const LogSetup log = setUpLogging(options.logLevel);
    spdlog::info("{} {} starting", ict::core::kApplicationName, ict::core::kVersion);
    spdlog::debug("Translations: {}", translations.join(QStringLiteral(", ")).toStdString());

    MainWindow window;
    window.setLogFile(log.filePath, log.problem);
    window.openDatabase(options.databasePath); // a failure shows the empty state, never a dialog
    // The view comes before --screenshot so that a screenshot can show it;
    // a screenshot never restores the last view, so it shows what was asked.
    applyStartOptions(window, options, options.screenshotPath.isEmpty());

    if (!options.screenshotPath.isEmpty()) {
        QString error;
        if (!saveScreenshot(window, options.screenshotPath, kScreenshotSize, &error)) {
            spdlog::error("{}", error.toStdString());
            return kExitFailure;
        }
        spdlog::info("Saved the screenshot to {}", options.screenshotPath.toStdString());
        return kExitOk;
    }

    window.restoreWindowState();
    window.show();
    return QApplication::exec();
}
