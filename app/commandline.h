#pragma once

// The command line of the `ictimeline` executable. Parsing is a pure function
// of the argument list that never prints and never exits: main() does both,
// and tests check help, version and usage errors as plain values.

#include "core/filter/eventfilter.h"

#include <spdlog/common.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ict::app {

// Exit codes, as command-line tools use them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;    // e.g. the screenshot could not be saved
inline constexpr int kExitUsageError = 2; // bad or unknown option

struct Options {
    QString databasePath; // the bundled database unless --db is given
    QString screenshotPath; // non-empty: render the window into this PNG and exit
    spdlog::level::level_enum logLevel = spdlog::level::info;
    QString eventId;   // --event: select this event at start
    QString passageId; // --passage: open the source reader at this passage
    // --view: show this time range at start, as [first day, last day + 1)
    std::optional<std::pair<double, double>> viewRange;
    // Filters (slugs are resolved once the database is open): --forum,
    // --topic, --match, --from, --to, --kind, --actor, --status.
    core::filter::FilterArguments filter;
    QString search;   // --search
    QString grouping; // --group forum|topic|kind
    QString openUrl;  // --open-url ictimeline:?...

    // True when the command line says what to show, so the last view is not
    // restored over it.
    bool describesAView() const;
};

// Either options to run with, or a reason to stop now: the text to print and
// the exit code (0 for --help and --version, 2 for a usage error).
struct ParseResult {
    std::optional<Options> options;
    int exitCode = kExitOk;
    QString text;

    // The only unknown options are ones QApplication takes for itself
    // (-platform, -style, ...): parsing again after QApplication has removed
    // them may succeed. main() parses before QApplication exists, so that
    // --help, --version and usage errors need no display.
    bool unknownOptionsAreQts = false;

    // Whether the text belongs on stdout (help, version) or stderr (errors).
    bool isError() const { return exitCode != kExitOk; }
};

// args[0] is the program name, as in QCoreApplication::arguments().
// defaultDatabase is what --db defaults to (main passes bundledDatabasePath();
// it is a parameter so that parsing needs no QCoreApplication).
ParseResult parseCommandLine(const QStringList &args, const QString &defaultDatabase);

// <directory of the executable>/../share/ictimeline/ictimeline.sqlite: the
// layout of both the build tree and an install. Needs a QCoreApplication.
QString bundledDatabasePath();

// "trace" ... "off" (case-insensitive); nullopt for anything else. spdlog's
// own from_str() maps unknown names to "off", which would hide a typo.
std::optional<spdlog::level::level_enum> logLevelFromName(const QString &name);

} // namespace ict::app
