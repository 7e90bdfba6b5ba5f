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
    const QCommandLineOption forum(QStringLiteral("forum"),
                                   CommandLine::tr("Show only these forums, comma-separated slugs (a group includes "
                                                   "its members), e.g. unga-c1,un-oewg-2019."),
                                   CommandLine::tr("slugs"));
    const QCommandLineOption topic(QStringLiteral("topic"),
                                   CommandLine::tr("Show only these topics, comma-separated slugs, e.g. norms."),
                                   CommandLine::tr("slugs"));
    const QCommandLineOption match(QStringLiteral("match"),
                                   CommandLine::tr("With several topics: any (default) or all of them."),
                                   CommandLine::tr("any|all"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CommandLine::tr("Show only events on or after this date (EDTF, e.g. 2015)."),
                                  CommandLine::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CommandLine::tr("Show only events on or before this date (EDTF, e.g. 2021)."),
                                CommandLine::tr("date"));
    const QCommandLineOption kind(QStringLiteral("kind"), CommandLine::tr("Show only these kinds of event."),
                                  CommandLine::tr("slugs"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   CommandLine::tr("Show only events with these actors, e.g. RUS,USA."),
                                   CommandLine::tr("codes"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    CommandLine::tr("Show only events with this verification status."),
                                    CommandLine::tr("statuses"));
    const QCommandLineOption search(QStringLiteral("search"), CommandLine::tr("Search for this at start."),
                                    CommandLine::tr("query"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   CommandLine::tr("Group the timeline's lanes by forum (default), topic or kind."),
                                   CommandLine::tr("forum|topic|kind"));
    const QCommandLineOption openUrl(QStringLiteral("open-url"),
                                     CommandLine::tr("Open a view shared as an ictimeline: link."),
                                     CommandLine::tr("link"));
    parser.addOptions({help, version, db, screenshot, logLevel, event, passage, view, forum, topic, match, from, to,
                       kind, actor, status, search, group, openUrl});
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
    options.filter.forums = parser.value(forum);
    options.filter.topics = parser.value(topic);
    options.filter.topicMatch = parser.value(match);
    options.filter.from = parser.value(from);
    options.filter.to = parser.value(to);
    options.filter.kinds = parser.value(kind);
    options.filter.actors = parser.value(actor);
    options.filter.statuses = parser.value(status);
    options.search = parser.value(search);
    options.grouping = parser.value(group);
    options.openUrl = parser.value(openUrl);
    if (!options.grouping.isEmpty() && options.grouping != u"forum" && options.grouping != u"topic"
        && options.grouping != u"kind") {
        return usageError(CommandLine::tr("--group takes forum, topic or kind, not \"%1\".").arg(options.grouping),
                          parser, args);
    }
    if (!options.filter.topicMatch.isEmpty() && options.filter.topicMatch != u"any"
        && options.filter.topicMatch != u"all") {
        return usageError(CommandLine::tr("--match takes any or all, not \"%1\".").arg(options.filter.topicMatch),
                          parser, args);
    }
    for (const QString *date : {&options.filter.from, &options.filter.to}) {
        if (!date->isEmpty()) {
            if (auto parsed = core::parseEdtfDate(date->toStdString()); !parsed) {
                return usageError(QString::fromStdString(parsed.error().message), parser, args);
            }
        }
    }
    return ParseResult{std::move(options), kExitOk, {}};
}

bool Options::describesAView() const
{
    const auto &f = filter;
    return !f.forums.isEmpty() || !f.topics.isEmpty() || !f.from.isEmpty() || !f.to.isEmpty() || !f.kinds.isEmpty()
           || !f.actors.isEmpty() || !f.statuses.isEmpty() || !search.isEmpty() || !grouping.isEmpty()
           || !openUrl.isEmpty() || viewRange.has_value() || !eventId.isEmpty() || !passageId.isEmpty();
}

QString bundledDatabasePath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../share/ictimeline/ictimeline.sqlite"));
}

} // namespace ict::app
