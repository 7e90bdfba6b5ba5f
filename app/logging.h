#pragma once

// Logging for the app: spdlog to stderr and to a small rotating file, so a
// user can attach the log to a bug report (the About dialog shows where it
// is). Qt's own messages (qWarning and friends) go through the same logger.

#include <spdlog/common.h>

#include <QString>

namespace ict::app {

inline constexpr std::size_t kLogFileMaxBytes = 1024 * 1024;
inline constexpr std::size_t kLogFileCount = 3;

struct LogSetup {
    QString filePath; // the log file; empty when logging to stderr only
    QString problem;  // why there is no log file, for the About dialog
};

// <AppDataLocation>/logs: needs the organisation and application names set.
QString defaultLogDirectory();

// Makes a logger named "ictimeline" the spdlog default: stderr always, plus
// <directory>/ictimeline.log (created with its directory) when possible. A
// file that cannot be created is reported on stderr and in the result, never
// fatal. Safe to call again (tests do); the last call wins.
LogSetup setUpLogging(spdlog::level::level_enum level, const QString &directory = defaultLogDirectory());

} // namespace ict::app
