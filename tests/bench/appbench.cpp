// ictimeline-bench: the app measured end to end on one database, as a user
// meets it, on Qt's offscreen platform (rendering into the same raster
// backing store as on X11, without a display).
//
//   ictimeline-bench measure --db FILE [--label NAME] [--out FILE.json]
//                            [--startup-runs N] [--rounds N]
//   ictimeline-bench first-frame --db FILE     (started by `measure`)
//   ictimeline-bench report --results DIR [--doc docs/PERFORMANCE.md]
//
// `measure`, in this order, so that the peak memory is the app's own:
//   startup  N child processes (`first-frame`), each doing what main() does
//            (QApplication, translations, logging, the window, the
//            database, show) until the timeline's first paint; timed from
//            just before the child is started to the moment it reports that
//            paint (process start to first painted frame, exec and dynamic
//            loading included), and inside the child from main() entry.
//            For the curated database also `ictimeline --screenshot`, start
//            to exit (it also writes a PNG).
//   load     TimelineDatabase::open against a bare sqlite3_step loop over
//            the loader's own event query (benchsupport.h), alternately on
//            the same file, medians of --rounds runs; the loader's
//            statements are timed one by one through SQLite's profiler.
//   open     MainWindow::openDatabase at 1600x900 (load, actor facets,
//            search connection, lanes, widgets) and on to the first frame.
//   frames   a scripted session: fit, 24 wheel notches in, a 24-step drag,
//            24 notches out, a 12-step drag, 8 key zooms in, 8 key pans,
//            8 key zooms out; --rounds times. Each frame is the input event,
//            the layout, and painting every widget it dirtied into the
//            window's backing store (the posted UpdateRequest, as the event
//            loop delivers it); frames in which the timeline did not paint
//            are not counted.
//   filter   FilterController::setState with the benchmark filter, then the
//            frame it causes; and back to no filter; 5 times each.
//   search   SearchPanel::search of one word (filling the result list) and
//            the frame; the first run and the median of 5.
//   memory   peak resident set size (VmHWM) at the end.

#include "appbench.h"
#include "benchsupport.h"

#include "app/commandline.h"
#include "app/filters/filtercontroller.h"
#include "app/logging.h"
#include "app/mainwindow.h"
#include "app/search/searchpanel.h"
#include "app/startup.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/timelineview.h"
#include "app/translations.h"
#include "core/filter/search.h"
#include "core/timeline/lanes.h"
#include "core/timelinedatabase.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QDockWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

using namespace ict;
using Clock = std::chrono::steady_clock;

constexpr QSize kWindowSize{1600, 900};
constexpr int kFirstFrameTimeoutMs = 60'000;

double msSince(Clock::time_point t0)
{
    return bench::secondsSince(t0) * 1000.0;
}

QString argumentAfter(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

QJsonArray toJson(const std::vector<double> &values)
{
    QJsonArray a;
    for (const double v : values) {
        a.append(v);
    }
    return a;
}

double median(const std::vector<double> &values)
{
    return bench::percentile(values, 50);
}

// Settings, logs and the last view go to a throwaway home, never the user's,
// and the language is pinned, so every run starts from the same state. The
// children inherit all of it.
void isolate(const QTemporaryDir &home)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qputenv("LANGUAGE", "en");
    qputenv("LC_ALL", "C.UTF-8");
}

void setUpApplication()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/ictimeline-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("ictimeline"));
    QCoreApplication::setOrganizationName(QStringLiteral("ICTimeline"));
    QCoreApplication::setApplicationName(QStringLiteral("ICTimeline"));
    app::installTranslations();
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++count;
        }
        return false;
    }
};

// Shows the window and runs the event loop until `counter` saw a paint.
bool showUntilPainted(QWidget &window, const PaintCounter &counter)
{
    window.show();
    QElapsedTimer timer;
    timer.start();
    while (counter.count == 0 && timer.elapsed() < kFirstFrameTimeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return counter.count > 0;
}

// ---- first-frame: one start of the app, as main() does it ----------------------

int firstFrame(int argc, char **argv, Clock::time_point mainEntered)
{
    const QStringList raw = [&] {
        QStringList l;
        for (int i = 0; i < argc; ++i) {
            l << QString::fromLocal8Bit(argv[i]);
        }
        return l;
    }();
    const QString db = argumentAfter(raw, QStringLiteral("--db"));
    // main() parses once before QApplication exists (for --help without a display).
    const QStringList appArguments{QStringLiteral("ictimeline"), QStringLiteral("--db"), db};
    (void)app::parseCommandLine(appArguments, {});

    QApplication application(argc, argv);
    setUpApplication();
    const auto parsed = app::parseCommandLine(appArguments, app::bundledDatabasePath());
    if (!parsed.options) {
        std::fprintf(stderr, "first-frame: bad arguments\n");
        return 2;
    }
    const app::Options &options = *parsed.options;
    const app::LogSetup log = app::setUpLogging(options.logLevel);
    const double appReady = msSince(mainEntered);

    app::MainWindow window;
    window.setLogFile(log.filePath, log.problem);
    const double windowBuilt = msSince(mainEntered);
    window.openDatabase(options.databasePath);
    app::applyStartOptions(window, options, true);
    const double opened = msSince(mainEntered);
    // A fixed size, as --screenshot uses, instead of the saved geometry.
    window.resize(kWindowSize);
    PaintCounter painted(window.timelinePanel()->view()->viewport());
    if (!showUntilPainted(window, painted)) {
        std::fprintf(stderr, "first-frame: the timeline never painted\n");
        return 1;
    }
    std::printf("first-frame %.3f app %.3f window %.3f open %.3f peak-rss-mb %.1f\n", msSince(mainEntered), appReady,
                windowBuilt, opened, static_cast<double>(bench::peakResidentBytes()) / 1e6);
    std::fflush(stdout);
    return 0;
}

// ---- measure ----------------------------------------------------------------------

struct StartupRun {
    double processMs = -1; // start of the child to its report
    double mainMs = -1;    // main() entry to first frame, inside the child
    double peakRssMb = -1; // the child's peak resident memory at its first frame
    QJsonObject phases;
};

std::optional<StartupRun> startOnce(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setStandardErrorFile(QProcess::nullDevice());
    const auto t0 = Clock::now();
    child.start(program, arguments);
    if (!child.waitForStarted(10'000)) {
        return std::nullopt;
    }
    QByteArray out;
    while (!out.contains('\n')) {
        if (!child.waitForReadyRead(kFirstFrameTimeoutMs)) {
            child.kill();
            child.waitForFinished();
            return std::nullopt;
        }
        out += child.readAllStandardOutput();
    }
    StartupRun run;
    run.processMs = msSince(t0);
    run.peakRssMb = -1;
    child.waitForFinished(kFirstFrameTimeoutMs);
    const auto fields = QString::fromUtf8(out).simplified().split(u' ');
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        run.phases[fields[i]] = fields[i + 1].toDouble();
    }
    run.mainMs = run.phases.value(QStringLiteral("first-frame")).toDouble(-1);
    run.peakRssMb = run.phases.value(QStringLiteral("peak-rss-mb")).toDouble(-1);
    return run;
}

QJsonObject measureStartup(const QString &db, bool curated, int runs)
{
    const QString self = QCoreApplication::applicationFilePath();
    std::vector<double> process, inMain, peak;
    QJsonArray phases;
    (void)startOnce(self, {QStringLiteral("first-frame"), QStringLiteral("--db"), db}); // warms the page cache
    for (int i = 0; i < runs; ++i) {
        if (auto run = startOnce(self, {QStringLiteral("first-frame"), QStringLiteral("--db"), db})) {
            process.push_back(run->processMs);
            inMain.push_back(run->mainMs);
            peak.push_back(run->peakRssMb);
            phases.append(run->phases);
        }
    }
    QJsonObject o{{QStringLiteral("runs"), static_cast<int>(process.size())},
                  {QStringLiteral("processToFirstFrameMs"), toJson(process)},
                  {QStringLiteral("mainToFirstFrameMs"), toJson(inMain)},
                  {QStringLiteral("processToFirstFrameMedianMs"), median(process)},
                  {QStringLiteral("mainToFirstFrameMedianMs"), median(inMain)},
                  {QStringLiteral("peakRssAtFirstFrameBytes"), peak.empty() ? -1.0 : median(peak) * 1e6},
                  {QStringLiteral("phasesMs"), phases}};
    // The real executable, start to exit, writing its screenshot.
    const QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ictimeline"));
    if (curated && QFileInfo::exists(app)) {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("s.png"));
        std::vector<double> screenshot;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            p.setStandardErrorFile(QProcess::nullDevice());
            p.setStandardOutputFile(QProcess::nullDevice());
            const auto t0 = Clock::now();
            p.start(app, {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
            if (p.waitForFinished(kFirstFrameTimeoutMs) && p.exitCode() == 0) {
                screenshot.push_back(msSince(t0));
            }
        }
        o[QStringLiteral("screenshotExitMs")] = toJson(screenshot);
        o[QStringLiteral("screenshotExitMedianMs")] = median(screenshot);
    }
    return o;
}

QJsonObject measureLoad(const bench::BenchDatabase &db, int rounds)
{
    std::vector<double> bare, open;
    QJsonArray statements;
    bool inSync = true;
    for (int i = 0; i < rounds; ++i) {
        const auto scan = bench::bareScan(db.path);
        bare.push_back(scan.seconds * 1000.0);
        std::optional<bench::StatementProfiler> profiler;
        if (i == 0) {
            profiler.emplace();
        }
        const auto t0 = Clock::now();
        auto opened = core::TimelineDatabase::open(db.path);
        open.push_back(msSince(t0));
        if (!opened) {
            std::fprintf(stderr, "ictimeline-bench: cannot open %s: %s\n", db.path.c_str(),
                         opened.error().message.c_str());
            return {};
        }
        if (profiler) {
            inSync = profiler->ran(bench::kLoaderEventSql);
            for (const auto &e : profiler->entries()) {
                statements.append(QJsonObject{{QStringLiteral("sql"), QString::fromStdString(e.sql)},
                                              {QStringLiteral("ms"), e.seconds * 1000.0}});
            }
        }
    }
    if (!inSync) {
        std::fprintf(stderr, "ictimeline-bench: the loader no longer runs the baseline's query; update "
                             "kLoaderEventSql in tests/bench/benchsupport.h\n");
    }
    // What the app adds before it can paint, each once.
    auto opened = core::TimelineDatabase::open(db.path);
    auto t0 = Clock::now();
    auto facets = core::filter::FacetData::load(*opened);
    const double facetsMs = msSince(t0);
    t0 = Clock::now();
    auto search = core::filter::SearchIndex::open(*opened);
    const double searchMs = msSince(t0);
    t0 = Clock::now();
    auto lanes = core::timeline::LaneSet::build(opened->dataset(), {}, {});
    const double lanesMs = msSince(t0);
    return {{QStringLiteral("bareScanMs"), toJson(bare)},
            {QStringLiteral("openMs"), toJson(open)},
            {QStringLiteral("bareScanMedianMs"), median(bare)},
            {QStringLiteral("openMedianMs"), median(open)},
            {QStringLiteral("ratio"), median(open) / median(bare)},
            {QStringLiteral("baselineInSync"), inSync},
            {QStringLiteral("statements"), statements},
            {QStringLiteral("facetsLoadMs"), facetsMs},
            {QStringLiteral("searchOpenMs"), searchMs},
            {QStringLiteral("lanesBuildMs"), lanesMs}};
}

// Drives the window the way a user does and times each frame.
class Session {
public:
    explicit Session(app::MainWindow &window)
        : m_window(window)
        , m_view(window.timelinePanel()->view())
        , m_viewport(m_view->viewport())
        , m_paints(m_viewport)
    {
    }

    struct Frame {
        double totalMs = 0, inputMs = 0, layoutMs = 0, paintMs = 0;
        std::size_t records = 0;
        bool painted = false;
    };

    // One frame: the input, the layout, then every posted update painted
    // into the backing store, as the event loop would deliver them.
    Frame frame(const std::function<void()> &input)
    {
        Frame f;
        const int before = m_paints.count;
        const auto t0 = Clock::now();
        input();
        const auto t1 = Clock::now();
        f.records = m_view->currentLayout().recordCount();
        const auto t2 = Clock::now();
        QCoreApplication::sendPostedEvents();
        const auto t3 = Clock::now();
        f.inputMs = std::chrono::duration<double, std::milli>(t1 - t0).count();
        f.layoutMs = std::chrono::duration<double, std::milli>(t2 - t1).count();
        f.paintMs = std::chrono::duration<double, std::milli>(t3 - t2).count();
        f.totalMs = std::chrono::duration<double, std::milli>(t3 - t0).count();
        f.painted = m_paints.count > before;
        return f;
    }

    void wheel(double x, int notches, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QPointF at(x, y());
        QWheelEvent e(at, m_viewport->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_viewport, &e);
    }
    void mouse(QEvent::Type type, double x)
    {
        const QPointF at(x, y());
        const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent e(type, at, m_viewport->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(m_viewport, &e);
    }
    void key(int key)
    {
        QKeyEvent e(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view, &e);
    }

    double width() const { return m_viewport->width(); }
    double y() const { return m_viewport->height() * 0.6; }
    app::TimelineView *view() const { return m_view; }
    int paints() const { return m_paints.count; }

private:
    app::MainWindow &m_window;
    app::TimelineView *m_view;
    QWidget *m_viewport;
    PaintCounter m_paints;
};

QJsonObject summarize(const std::vector<Session::Frame> &frames)
{
    std::vector<double> total, layout, paint, input;
    double records = 0;
    for (const auto &f : frames) {
        if (!f.painted) {
            continue;
        }
        total.push_back(f.totalMs);
        layout.push_back(f.layoutMs);
        paint.push_back(f.paintMs);
        input.push_back(f.inputMs);
        records = std::max(records, static_cast<double>(f.records));
    }
    return {{QStringLiteral("count"), static_cast<int>(total.size())},
            {QStringLiteral("skipped"), static_cast<int>(frames.size() - total.size())},
            {QStringLiteral("medianMs"), median(total)},
            {QStringLiteral("p95Ms"), bench::percentile(total, 95)},
            {QStringLiteral("p99Ms"), bench::percentile(total, 99)},
            {QStringLiteral("maxMs"), bench::percentile(total, 100)},
            {QStringLiteral("inputMedianMs"), median(input)},
            {QStringLiteral("layoutMedianMs"), median(layout)},
            {QStringLiteral("layoutP99Ms"), bench::percentile(layout, 99)},
            {QStringLiteral("paintMedianMs"), median(paint)},
            {QStringLiteral("paintP99Ms"), bench::percentile(paint, 99)},
            {QStringLiteral("maxRecords"), records},
            {QStringLiteral("samplesMs"), toJson(total)}};
}

QJsonObject measureFrames(Session &s, int rounds)
{
    std::vector<Session::Frame> frames;
    const auto add = [&](const std::function<void()> &input) { frames.push_back(s.frame(input)); };
    for (int round = 0; round < rounds; ++round) {
        add([&] { s.view()->fitAll(); });
        // Zoom in under the cursor, as far as a few months across.
        const double anchor = s.width() * (0.37 + 0.05 * round);
        for (int i = 0; i < 24; ++i) {
            add([&] { s.wheel(anchor, 1); });
        }
        // Drag towards the future, 30 px a step.
        double x = s.width() * 0.7;
        s.mouse(QEvent::MouseButtonPress, x);
        for (int i = 0; i < 24; ++i) {
            x -= 30;
            add([&] { s.mouse(QEvent::MouseMove, x); });
        }
        s.mouse(QEvent::MouseButtonRelease, x);
        // Back out to the whole span, and drag there.
        for (int i = 0; i < 24; ++i) {
            add([&] { s.wheel(s.width() * 0.6, -1); });
        }
        x = s.width() * 0.3;
        s.mouse(QEvent::MouseButtonPress, x);
        for (int i = 0; i < 12; ++i) {
            x += 40;
            add([&] { s.mouse(QEvent::MouseMove, x); });
        }
        s.mouse(QEvent::MouseButtonRelease, x);
        // The keyboard: zoom in towards days, pan, zoom out.
        for (int i = 0; i < 8; ++i) {
            add([&] { s.key(Qt::Key_Plus); });
        }
        for (int i = 0; i < 8; ++i) {
            add([&] { s.key(Qt::Key_Right); });
        }
        for (int i = 0; i < 8; ++i) {
            add([&] { s.key(Qt::Key_Minus); });
        }
    }
    return summarize(frames);
}

QJsonObject measureFilter(app::MainWindow &window, Session &s)
{
    auto *filters = window.filters();
    const auto state = bench::benchFilter(window.database()->dataset(), filters->facets());
    std::vector<double> apply, applyFrame, clear, clearFrame;
    for (int i = 0; i < 5; ++i) {
        double ms = 0;
        auto f = s.frame([&] {
            const auto t0 = Clock::now();
            filters->setState(state);
            ms = msSince(t0);
        });
        apply.push_back(ms);
        applyFrame.push_back(f.totalMs);
        f = s.frame([&] {
            const auto t0 = Clock::now();
            filters->clear();
            ms = msSince(t0);
        });
        clear.push_back(ms);
        clearFrame.push_back(f.totalMs);
    }
    filters->setState(state);
    const auto passing = static_cast<double>(filters->passingCount());
    filters->clear();
    return {{QStringLiteral("filter"), core::filter::toQuery(state, window.database()->dataset(), filters->facets())},
            {QStringLiteral("passing"), passing},
            {QStringLiteral("applyMs"), toJson(apply)},
            {QStringLiteral("applyWithFrameMs"), toJson(applyFrame)},
            {QStringLiteral("clearWithFrameMs"), toJson(clearFrame)},
            {QStringLiteral("applyMedianMs"), median(apply)},
            {QStringLiteral("applyWithFrameMedianMs"), median(applyFrame)},
            {QStringLiteral("clearWithFrameMedianMs"), median(clearFrame)}};
}

QJsonObject measureSearch(app::MainWindow &window, Session &s, const char *word)
{
    auto *panel = window.searchPanel();
    const QString query = QString::fromUtf8(word);
    std::vector<double> call, withFrame;
    for (int i = 0; i < 6; ++i) {
        panel->search(QString()); // a change each time: clearing is cheap
        QCoreApplication::sendPostedEvents();
        double ms = 0;
        const auto f = s.frame([&] {
            const auto t0 = Clock::now();
            panel->search(query);
            ms = msSince(t0);
        });
        call.push_back(ms);
        withFrame.push_back(f.totalMs);
    }
    const double first = call.front();
    const double firstWithFrame = withFrame.front();
    call.erase(call.begin());
    withFrame.erase(withFrame.begin());
    // The same query through core alone, on a connection of its own: what
    // the panel adds is the difference.
    std::vector<double> core;
    if (auto index = core::filter::SearchIndex::open(*window.database())) {
        for (int i = 0; i < 6; ++i) {
            const auto t0 = Clock::now();
            auto hits = index->search(word, app::SearchPanel::kMaxResults);
            core.push_back(msSince(t0));
        }
        core.erase(core.begin());
    }
    return {{QStringLiteral("word"), query},
            {QStringLiteral("hits"), static_cast<int>(panel->hits().size())},
            {QStringLiteral("coreMedianMs"), core.empty() ? -1.0 : median(core)},
            {QStringLiteral("firstMs"), first},
            {QStringLiteral("firstWithFrameMs"), firstWithFrame},
            {QStringLiteral("ms"), toJson(call)},
            {QStringLiteral("medianMs"), median(call)},
            {QStringLiteral("withFrameMedianMs"), median(withFrame)}};
}

// The offscreen platform warns on every top-level resize that it cannot
// pass size hints to a window manager it does not have.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("propagateSizeHints"))) {
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int measure(int argc, char **argv)
{
    qInstallMessageHandler(quietOffscreenWarnings);
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "ictimeline-bench: cannot create a temporary directory\n");
        return 1;
    }
    isolate(home);
    QApplication application(argc, argv);
    setUpApplication();
    spdlog::set_level(spdlog::level::warn);
    const QStringList args = QCoreApplication::arguments();
    const QString path = argumentAfter(args, QStringLiteral("--db"));
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "ictimeline-bench measure: --db FILE is required and must exist\n");
        return 2;
    }
    bench::BenchDatabase db;
    db.path = QFileInfo(path).absoluteFilePath().toStdString();
    {
        auto probe = core::TimelineDatabase::open(db.path);
        if (!probe) {
            std::fprintf(stderr, "ictimeline-bench: %s\n", probe.error().message.c_str());
            return 1;
        }
        db.events = static_cast<std::int64_t>(probe->dataset().size());
    }
    db.label = argumentAfter(args, QStringLiteral("--label"), QString::fromStdString(bench::labelForEventCount(db.events)))
                   .toStdString();
    const bool curated = db.label == "curated";
    const int startupRuns = argumentAfter(args, QStringLiteral("--startup-runs"), QStringLiteral("5")).toInt();
    const int rounds = std::max(1, argumentAfter(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    const QString out = argumentAfter(args, QStringLiteral("--out"));
    std::fprintf(stderr, "ictimeline-bench: %s (%lld events)\n", db.label.c_str(), static_cast<long long>(db.events));

    QJsonObject result{{QStringLiteral("label"), QString::fromStdString(db.label)},
                       {QStringLiteral("path"), QString::fromStdString(db.path)},
                       {QStringLiteral("events"), static_cast<double>(db.events)}};
    result[QStringLiteral("startup")] = measureStartup(QString::fromStdString(db.path), curated, startupRuns);
    result[QStringLiteral("load")] = measureLoad(db, rounds);

    QJsonObject open;
    {
        app::MainWindow window;
        window.resize(kWindowSize);
        const auto t0 = Clock::now();
        if (!window.openDatabase(QString::fromStdString(db.path))) {
            std::fprintf(stderr, "ictimeline-bench: the window cannot open %s\n", db.path.c_str());
            return 1;
        }
        open[QStringLiteral("openDatabaseMs")] = msSince(t0);
        PaintCounter firstPaint(window.timelinePanel()->view()->viewport());
        if (!showUntilPainted(window, firstPaint)) {
            std::fprintf(stderr, "ictimeline-bench: the timeline never painted\n");
            return 1;
        }
        open[QStringLiteral("openToFirstFrameMs")] = msSince(t0);
        open[QStringLiteral("rssAfterOpenBytes")] = static_cast<double>(bench::residentBytes());
        const QSize viewport = window.timelinePanel()->view()->viewport()->size();
        open[QStringLiteral("viewport")] = QStringLiteral("%1x%2").arg(viewport.width()).arg(viewport.height());
        result[QStringLiteral("open")] = open;

        Session session(window);
        auto docked = measureFrames(session, rounds);
        docked[QStringLiteral("viewport")] = open[QStringLiteral("viewport")];
        result[QStringLiteral("frames")] = docked;
        // The same with the docks closed: the timeline as wide as the window,
        // the most it ever has to draw at this size.
        {
            QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
            for (auto *dock : docks) {
                dock->hide();
            }
            QCoreApplication::processEvents();
            auto wide = measureFrames(session, rounds);
            const QSize wideViewport = window.timelinePanel()->view()->viewport()->size();
            wide[QStringLiteral("viewport")] = QStringLiteral("%1x%2").arg(wideViewport.width()).arg(wideViewport.height());
            result[QStringLiteral("framesFullWidth")] = wide;
            for (auto *dock : docks) {
                dock->show();
            }
            QCoreApplication::processEvents();
        }
        result[QStringLiteral("filter")] = measureFilter(window, session);
        result[QStringLiteral("search")] = measureSearch(window, session, bench::kCommonWord);
        result[QStringLiteral("searchRare")] = measureSearch(window, session, bench::kRareWord);
        result[QStringLiteral("peakRssBytes")] = static_cast<double>(bench::peakResidentBytes());
    }

    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
            std::fprintf(stderr, "ictimeline-bench: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    const auto f = result[QStringLiteral("frames")].toObject();
    const auto w = result[QStringLiteral("framesFullWidth")].toObject();
    const auto l = result[QStringLiteral("load")].toObject();
    std::fprintf(stderr,
                 "  load %.0f ms (bare scan %.0f ms, x%.2f); frames median %.2f p95 %.2f p99 %.2f ms (full width "
                 "%.2f / %.2f / %.2f); filter %.1f ms; search %.1f ms; peak RSS %.0f MB\n",
                 l[QStringLiteral("openMedianMs")].toDouble(), l[QStringLiteral("bareScanMedianMs")].toDouble(),
                 l[QStringLiteral("ratio")].toDouble(), f[QStringLiteral("medianMs")].toDouble(),
                 f[QStringLiteral("p95Ms")].toDouble(), f[QStringLiteral("p99Ms")].toDouble(),
                 w[QStringLiteral("medianMs")].toDouble(), w[QStringLiteral("p95Ms")].toDouble(),
                 w[QStringLiteral("p99Ms")].toDouble(),
                 result[QStringLiteral("filter")].toObject()[QStringLiteral("applyWithFrameMedianMs")].toDouble(),
                 result[QStringLiteral("search")].toObject()[QStringLiteral("medianMs")].toDouble(),
                 result[QStringLiteral("peakRssBytes")].toDouble() / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The in-process start of `first-frame`: as early as main() allows.
    const auto mainEntered = Clock::now();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "first-frame") {
        return firstFrame(argc, argv, mainEntered);
    }
    if (mode == "measure") {
        return measure(argc, argv);
    }
    if (mode == "report") {
        QStringList args;
        for (int i = 2; i < argc; ++i) {
            args << QString::fromLocal8Bit(argv[i]);
        }
        QCoreApplication application(argc, argv);
        return bench::runReport(args);
    }
    std::fprintf(stderr, "usage: ictimeline-bench measure --db FILE [--label NAME] [--out FILE.json] "
                         "[--startup-runs N] [--rounds N]\n"
                         "       ictimeline-bench report --results DIR [--doc docs/PERFORMANCE.md]\n");
    return 2;
}
