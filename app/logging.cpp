#include "app/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstring>
#include <exception>
#include <memory>
#include <vector>

namespace ict::app {

class Logging {
    Q_DECLARE_TR_FUNCTIONS(Logging)
};

namespace {

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::warn;
}

// Qt's warnings (a missing font, a failed connect) belong in the same log as
// ours, or a bug report shows only half the story.
void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::level::level_enum level = levelOf(type);
    // The offscreen platform (--screenshot, tests) warns about this on every
    // window; it is about the platform, not about anything the user can fix.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        level = spdlog::level::debug;
    }
    const char *category = context.category;
    if (category != nullptr && std::strcmp(category, "default") != 0) {
        spdlog::log(level, "[{}] {}", category, message.toStdString());
    } else {
        spdlog::log(level, "{}", message.toStdString());
    }
}

} // namespace

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

LogSetup setUpLogging(spdlog::level::level_enum level, const QString &directory)
{
    LogSetup setup;
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    if (directory.isEmpty()) {
        setup.problem = Logging::tr("no writable application data directory");
    } else if (!QDir().mkpath(directory)) {
        setup.problem = Logging::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(directory));
    } else {
        const QString path = QDir(directory).filePath(QStringLiteral("ictimeline.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), kLogFileMaxBytes, kLogFileCount));
            setup.filePath = path;
        } catch (const std::exception &e) {
            setup.problem = QString::fromLocal8Bit(e.what());
        }
    }

    auto logger = std::make_shared<spdlog::logger>("ictimeline", sinks.begin(), sinks.end());
    logger->set_level(level);
    // Flushing every message costs nothing at the app's log volume and keeps
    // the lines before a crash.
    logger->flush_on(spdlog::level::trace);
    spdlog::set_default_logger(std::move(logger));
    qInstallMessageHandler(forwardQtMessage);

    if (!setup.problem.isEmpty()) {
        spdlog::warn("Logging to stderr only: {}", setup.problem.toStdString());
    } else {
        spdlog::debug("Logging to {}", setup.filePath.toStdString());
    }
    return setup;
}

} // namespace ict::app
