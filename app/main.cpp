// ictimeline: parse the command line, set up logging, build the window, run.

#include "app/commandline.h"
#include "app/logging.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/screenshot.h"
#include "app/timeline/timelineview.h"
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
    // Deep links come before --screenshot so that a screenshot can show them.
    // An unknown id is a status-bar message and a log line, never fatal.
    if (!options.eventId.isEmpty()) {
        window.navigator()->selectEventBySlug(options.eventId);
    }
    if (!options.passageId.isEmpty()) {
        window.navigator()->openPassageBySlug(options.passageId);
    }
    if (options.viewRange) {
        window.navigator()->view()->setVisibleRange(options.viewRange->first, options.viewRange->second);
    }

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
