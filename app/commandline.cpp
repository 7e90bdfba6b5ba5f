#include "app/commandline.h"

#include "core/edtf.h"
#include "core/version.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <utility>

namespace ict::app {

// A translation context for the free functions below, so that lupdate files
// their strings under one name.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

namespace {

struct LevelName {
    const char16_t *name;
    spdlog::level::level_enum level;
};

constexpr std::array<LevelName, 7> kLevelNames{{
    {u"trace", spdlog::level::trace},
    {u"debug", spdlog::level::debug},
    {u"info", spdlog::level::info},
    {u"warn", spdlog::level::warn},
    {u"error", spdlog::level::err},
    {u"critical", spdlog::level::critical},
    {u"off", spdlog::level::off},
}};

QString levelNameList()
{
    QStringList names;
    for (const auto &entry : kLevelNames) {
        names << QString::fromUtf16(entry.name);
    }
    return names.join(QStringLiteral(", "));
}

// helpText() names the program by QCoreApplication's argv[0] as typed, often
// a long build-tree path, or "<executable_name>" before QCoreApplication
// exists (main answers --help that early). The usage line reads better with
// the file name of the program that was actually given these arguments.
QString usageText(const QCommandLineParser &parser, const QStringList &args)
{
    QString text = parser.helpText();
    const QString shownName = QCoreApplication::instance() != nullptr && !QCoreApplication::arguments().isEmpty()
        ? QCoreApplication::arguments().constFirst()
        : QStringLiteral("<executable_name>");
    const QString program = args.isEmpty() ? QString::fromUtf8(core::kApplicationName).toLower()
                                           : QFileInfo(args.constFirst()).fileName();
    const qsizetype at = text.indexOf(shownName);
    if (at >= 0) {
        text.replace(at, shownName.size(), program);
    }
    return text;
}

// Options that QGuiApplication and QApplication take out of the argument list
// before the app sees it (Qt 6 documentation of both classes).
bool isQtOption(const QString &name)
{
    static const QStringList kQtOptions{
        QStringLiteral("platform"),     QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),       QStringLiteral("qmljsdebugger"),      QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),  QStringLiteral("qwindowtitle"),       QStringLiteral("reverse"),
        QStringLiteral("session"),      QStringLiteral("display"),            QStringLiteral("geometry"),
        QStringLiteral("name"),         QStringLiteral("title"),              QStringLiteral("style"),
        QStringLiteral("stylesheet"),   QStringLiteral("widgetcount"),        QStringLiteral("nograb"),
        QStringLiteral("dograb"),       QStringLiteral("testability"),
    };
    return kQtOptions.contains(name);
}

ParseResult usageError(const QString &message, const QCommandLineParser &parser, const QStringList &args)
{
    return ParseResult{std::nullopt, kExitUsageError, message + QStringLiteral("\n\n") + usageText(parser, args)};
}

} // namespace

std::optional<spdlog::level::level_enum> logLevelFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto &entry : kLevelNames) {
        if (wanted == QString::fromUtf16(entry.name)) {
            return entry.level;
        }
    }
    return std::nullopt;
}

ParseResult parseCommandLine(const QStringList &args, const QString &defaultDatabase)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("ICTimeline: a zoomable timeline of ICT-security diplomacy, linked to its sources."));

    // Our own help and version options rather than addHelpOption(): that one
    // also adds --help-all, which only QCommandLineParser::process() handles.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLine::tr("Show the version and exit."));
    const QCommandLineOption db(QStringLiteral("db"),
                                CommandLine::tr("Open this database (default: the bundled database)."),
                                CommandLine::tr("path"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        CommandLine::tr("Render the main window at 1600x900 into this PNG file and exit."), CommandLine::tr("path"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        CommandLine::tr("Log at this level and above: %1 (default: info).").arg(levelNameList()),
        CommandLine::tr("level"), QStringLiteral("info"));
    const QCommandLineOption event(QStringLiteral("event"), CommandLine::tr("Select this event at start."),
                                   CommandLine::tr("id"));
    const QCommandLineOption passage(QStringLiteral("passage"),
                                     CommandLine::tr("Open the source reader at this passage."),
                                     CommandLine::tr("id"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        CommandLine::tr("Show this period at start, as an EDTF date or interval (e.g. 2019, 2024-07-29/2024-08-04)."),
        CommandLine::tr("period"));
    parser.addOptions({help, version, db, screenshot, logLevel, event, passage, view});
    // "-platform" is one option named "platform", as Qt spells its own
    // options, not the short options p, l, a, t, f, o, r, m.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    if (!parser.parse(args)) {
        ParseResult error = usageError(parser.errorText(), parser, args);
        const QStringList unknown = parser.unknownOptionNames();
        error.unknownOptionsAreQts = !unknown.isEmpty() && std::all_of(unknown.begin(), unknown.end(), isQtOption);
        return error;
    }
    if (parser.isSet(help)) {
        return ParseResult{std::nullopt, kExitOk, usageText(parser, args)};
    }
    if (parser.isSet(version)) {
        return ParseResult{std::nullopt, kExitOk,
                           QString::fromUtf8(core::kApplicationName) + u' ' + QString::fromUtf8(core::kVersion)
                               + u'\n'};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()),
                          parser, args);
    }

    Options options;
    options.databasePath = defaultDatabase;
    if (parser.isSet(db)) {
        options.databasePath = parser.value(db);
        if (options.databasePath.isEmpty()) {
            return usageError(CommandLine::tr("--db needs a path."), parser, args);
        }
    }
    if (parser.isSet(screenshot)) {
        options.screenshotPath = parser.value(screenshot);
        if (options.screenshotPath.isEmpty()) {
            return usageError(CommandLine::tr("--screenshot needs a path."), parser, args);
        }
    }
    const auto level = logLevelFromName(parser.value(logLevel));
    if (!level) {
        return usageError(CommandLine::tr("Unknown log level \"%1\"; expected one of: %2.")
                              .arg(parser.value(logLevel), levelNameList()),
                          parser, args);
    }
    options.logLevel = *level;
    options.eventId = parser.value(event);
    options.passageId = parser.value(passage);
    if (parser.isSet(view)) {
        const std::string text = parser.value(view).toStdString();
        auto period = core::parseEdtf(text);
        if (!period) {
            return usageError(CommandLine::tr("--view: %1").arg(QString::fromStdString(period.error().message)), parser,
                              args);
        }
        if (period->startKind != core::EndKind::Date || period->endKind != core::EndKind::Date) {
            return usageError(CommandLine::tr("--view needs a period with both ends known."), parser, args);
        }
        options.viewRange = std::pair(static_cast<double>(period->earliest()), static_cast<double>(period->latest() + 1));
    }
    return ParseResult{std::move(options), kExitOk, {}};
}

QString bundledDatabasePath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/ictimeline/ictimeline.sqlite"));
}

} // namespace ict::app
