// `ictimeline-bench report`: one table from every result of a `make bench`
// run (the app's app-<label>.json and the Google Benchmark JSON files), on
// standard output and, with --doc, in docs/PERFORMANCE.md between the
// generated-section markers.

#include "appbench.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <thread>

namespace ict::bench {

namespace {

// The targets of docs/PERFORMANCE.md, checked on the million-event database
// (start-up: on the curated one).
constexpr double kLoadRatioTarget = 1.5;
constexpr double kFrameMedianTargetMs = 8;
constexpr double kFrameP99TargetMs = 16;
constexpr double kFilterTargetMs = 30;
constexpr double kSearchTargetMs = 20;
constexpr double kPeakRssTargetMb = 400;
constexpr double kStartupTargetMs = 300;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString firstLineWith(const QString &path, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed();
        }
    }
    return {};
}

QString machine()
{
    QString cpu = firstLineWith(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    if (cpu.startsWith(u':')) {
        cpu = cpu.mid(1).trimmed();
    }
    const QString memKb = firstLineWith(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal:"));
    const double memGiB = memKb.split(u' ').value(0).toDouble() / (1024.0 * 1024.0);
    QString os = firstLineWith(QStringLiteral("/etc/os-release"), QStringLiteral("PRETTY_NAME="));
    os.remove(u'"');
    return QStringLiteral("%1 cores (%2), %3 GiB, %4 (Linux %5), GCC %6, Qt %7, SQLite %8")
        .arg(std::thread::hardware_concurrency())
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
        .arg(memGiB, 0, 'f', 0)
        .arg(os.isEmpty() ? QSysInfo::prettyProductName() : os, QSysInfo::kernelVersion(),
             QStringLiteral(__VERSION__), QString::fromUtf8(qVersion()), QString::fromUtf8(sqlite3_libversion()));
}

QString ms(double v)
{
    if (v < 0) {
        return QStringLiteral("–");
    }
    if (v >= 100) {
        return QString::number(v, 'f', 0) + QStringLiteral(" ms");
    }
    if (v >= 10) {
        return QString::number(v, 'f', 1) + QStringLiteral(" ms");
    }
    return QString::number(v, 'f', 2) + QStringLiteral(" ms");
}

QString mb(double bytes)
{
    return bytes < 0 ? QStringLiteral("–") : QString::number(bytes / 1e6, 'f', 0) + QStringLiteral(" MB");
}

// A value at a JSON path such as "frames/p99Ms"; -1 when absent.
double at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const auto &key : path.split(u'/')) {
        v = v.toObject().value(key);
    }
    return v.isDouble() ? v.toDouble() : -1;
}

struct Row {
    QString figure;
    std::function<QString(const QJsonObject &)> cell;
    QString target;                                  // empty: no target
    std::function<std::optional<bool>(const std::map<QString, QJsonObject> &)> met; // on the runs by label
};

std::optional<bool> check(const std::map<QString, QJsonObject> &runs, const QString &label, const QString &path,
                          double limit)
{
    const auto it = runs.find(label);
    if (it == runs.end() || at(it->second, path) < 0) {
        return std::nullopt;
    }
    return at(it->second, path) <= limit;
}

QString appTable(const std::vector<QJsonObject> &runs)
{
    std::map<QString, QJsonObject> byLabel;
    for (const auto &r : runs) {
        byLabel[r.value(QStringLiteral("label")).toString()] = r;
    }
    const auto msAt = [](const QString &path) {
        return [path](const QJsonObject &o) { return ms(at(o, path)); };
    };
    const QString million = QStringLiteral("1M");
    const std::vector<Row> rows = {
        {QStringLiteral("Load: `TimelineDatabase::open`"), msAt(QStringLiteral("load/openMedianMs")), {}, {}},
        {QStringLiteral("Bare SQLite scan of the loader's event query"), msAt(QStringLiteral("load/bareScanMedianMs")),
         {}, {}},
        {QStringLiteral("**Load ÷ bare scan**"),
         [](const QJsonObject &o) {
             const double r = at(o, QStringLiteral("load/ratio"));
             return r < 0 ? QStringLiteral("–") : QString::number(r, 'f', 2) + QStringLiteral("×");
         },
         QStringLiteral("≤ 1.5× at 1M"),
         [million](const auto &r) { return check(r, million, QStringLiteral("load/ratio"), kLoadRatioTarget); }},
        {QStringLiteral("Open in the window (`openDatabase`: load, facets, search, lanes, widgets)"),
         msAt(QStringLiteral("open/openDatabaseMs")), {}, {}},
        {QStringLiteral("Open to first painted frame"), msAt(QStringLiteral("open/openToFirstFrameMs")), {}, {}},
        {QStringLiteral("**Process start to first painted frame**"),
         msAt(QStringLiteral("startup/processToFirstFrameMedianMs")), QStringLiteral("≤ 300 ms, curated"),
         [](const auto &r) {
             return check(r, QStringLiteral("curated"), QStringLiteral("startup/processToFirstFrameMedianMs"),
                          kStartupTargetMs);
         }},
        {QStringLiteral("… of which `main()` to first painted frame"),
         msAt(QStringLiteral("startup/mainToFirstFrameMedianMs")), {}, {}},
        {QStringLiteral("`ictimeline --screenshot`, start to exit"),
         msAt(QStringLiteral("startup/screenshotExitMedianMs")), {}, {}},
        {QStringLiteral("**Frame, zoom and pan: median**"), msAt(QStringLiteral("frames/medianMs")),
         QStringLiteral("≤ 8 ms at 1M"),
         [million](const auto &r) { return check(r, million, QStringLiteral("frames/medianMs"), kFrameMedianTargetMs); }},
        {QStringLiteral("Frame: 95th percentile"), msAt(QStringLiteral("frames/p95Ms")), {}, {}},
        {QStringLiteral("**Frame: 99th percentile**"), msAt(QStringLiteral("frames/p99Ms")),
         QStringLiteral("≤ 16 ms at 1M"),
         [million](const auto &r) { return check(r, million, QStringLiteral("frames/p99Ms"), kFrameP99TargetMs); }},
        {QStringLiteral("Frame: worst"), msAt(QStringLiteral("frames/maxMs")), {}, {}},
        {QStringLiteral("Frame, docks closed (timeline 1600 px wide): median / p95 / p99"),
         [](const QJsonObject &o) {
             return QStringLiteral("%1 / %2 / %3")
                 .arg(ms(at(o, QStringLiteral("framesFullWidth/medianMs"))),
                      ms(at(o, QStringLiteral("framesFullWidth/p95Ms"))),
                      ms(at(o, QStringLiteral("framesFullWidth/p99Ms"))));
         },
         QStringLiteral("≤ 8 / – / ≤ 16 ms at 1M"),
         [million](const auto &r) {
             const auto median = check(r, million, QStringLiteral("framesFullWidth/medianMs"), kFrameMedianTargetMs);
             const auto p99 = check(r, million, QStringLiteral("framesFullWidth/p99Ms"), kFrameP99TargetMs);
             return median && p99 ? std::optional<bool>(*median && *p99) : std::nullopt;
         }},
        {QStringLiteral("Frame: layout, median / paint, median"),
         [](const QJsonObject &o) {
             return QStringLiteral("%1 / %2").arg(ms(at(o, QStringLiteral("frames/layoutMedianMs"))),
                                                  ms(at(o, QStringLiteral("frames/paintMedianMs"))));
         },
         {}, {}},
        {QStringLiteral("**Filter change** (`setState`, relayout, frame)"),
         msAt(QStringLiteral("filter/applyWithFrameMedianMs")), QStringLiteral("≤ 30 ms at 1M"),
         [million](const auto &r) {
             return check(r, million, QStringLiteral("filter/applyWithFrameMedianMs"), kFilterTargetMs);
         }},
        {QStringLiteral("Filter cleared (relayout, frame)"), msAt(QStringLiteral("filter/clearWithFrameMedianMs")), {},
         {}},
        {QStringLiteral("**Search, one common word** (panel filled)"), msAt(QStringLiteral("search/medianMs")),
         QStringLiteral("≤ 20 ms at 1M"),
         [million](const auto &r) { return check(r, million, QStringLiteral("search/medianMs"), kSearchTargetMs); }},
        {QStringLiteral("Search, first time / with its frame"),
         [](const QJsonObject &o) {
             return QStringLiteral("%1 / %2").arg(ms(at(o, QStringLiteral("search/firstMs"))),
                                                  ms(at(o, QStringLiteral("search/withFrameMedianMs"))));
         },
         {}, {}},
        {QStringLiteral("… of which core (`SearchIndex::search`)"), msAt(QStringLiteral("search/coreMedianMs")),
         QStringLiteral("≤ 20 ms at 1M"),
         [million](const auto &r) { return check(r, million, QStringLiteral("search/coreMedianMs"), kSearchTargetMs); }},
        {QStringLiteral("Search, one rare word (panel / core)"),
         [](const QJsonObject &o) {
             return QStringLiteral("%1 / %2").arg(ms(at(o, QStringLiteral("searchRare/medianMs"))),
                                                  ms(at(o, QStringLiteral("searchRare/coreMedianMs"))));
         },
         {}, {}},
        {QStringLiteral("Peak resident memory of the app at its first frame"),
         [](const QJsonObject &o) { return mb(at(o, QStringLiteral("startup/peakRssAtFirstFrameBytes"))); }, {}, {}},
        {QStringLiteral("**Peak resident memory** (after the whole session)"),
         [](const QJsonObject &o) { return mb(at(o, QStringLiteral("peakRssBytes"))); }, QStringLiteral("≤ 400 MB at 1M"),
         [million](const auto &r) {
             return check(r, million, QStringLiteral("peakRssBytes"), kPeakRssTargetMb * 1e6);
         }},
    };

    QString out = QStringLiteral("| figure |");
    QString rule = QStringLiteral("|---|");
    for (const auto &r : runs) {
        out += u' ' + r.value(QStringLiteral("label")).toString() + QStringLiteral(" (")
               + QLocale(QLocale::English).toString(static_cast<qlonglong>(r.value(QStringLiteral("events")).toDouble()))
               + QStringLiteral(") |");
        rule += QStringLiteral("---:|");
    }
    out += QStringLiteral(" target | met |\n") + rule + QStringLiteral("---|---|\n");
    for (const auto &row : rows) {
        out += QStringLiteral("| ") + row.figure + QStringLiteral(" |");
        for (const auto &r : runs) {
            out += u' ' + row.cell(r) + QStringLiteral(" |");
        }
        QString met;
        if (row.met) {
            const auto m = row.met(byLabel);
            met = !m ? QStringLiteral("not measured") : *m ? QStringLiteral("yes") : QStringLiteral("**no**");
        }
        out += u' ' + row.target + QStringLiteral(" | ") + met + QStringLiteral(" |\n");
    }
    return out;
}

QString coreTable(const QString &resultsDir)
{
    QString out = QStringLiteral("| binary | benchmark | real time | counters |\n|---|---|---:|---|\n");
    const auto files = QDir(resultsDir).entryList({QStringLiteral("ictimeline_*_bench.json")}, QDir::Files, QDir::Name);
    for (const auto &name : files) {
        const auto json = readJson(QDir(resultsDir).filePath(name));
        const QString binary = QFileInfo(name).completeBaseName();
        for (const auto &value : json.value(QStringLiteral("benchmarks")).toArray()) {
            const auto b = value.toObject();
            const QString aggregate = b.value(QStringLiteral("aggregate_name")).toString();
            if (!aggregate.isEmpty() && aggregate != u"median") {
                continue; // repetitions: the median only
            }
            if (b.contains(QStringLiteral("error_occurred")) && b.value(QStringLiteral("error_occurred")).toBool()) {
                out += QStringLiteral("| %1 | %2 | error: %3 | |\n")
                           .arg(binary, b.value(QStringLiteral("name")).toString(),
                                b.value(QStringLiteral("error_message")).toString());
                continue;
            }
            QString nameText = b.value(QStringLiteral("run_name")).toString();
            if (nameText.isEmpty()) {
                nameText = b.value(QStringLiteral("name")).toString();
            }
            // How it was run is not what it measures: BM_Open/1M/iterations:1/repeats:3/real_time -> BM_Open/1M.
            static const QRegularExpression runFlags(QStringLiteral("/(iterations:\\d+|repeats:\\d+|real_time|min_time:[0-9.]+)"));
            nameText.remove(runFlags);
            const QString unit = b.value(QStringLiteral("time_unit")).toString();
            const double t = b.value(QStringLiteral("real_time")).toDouble();
            const double toMs = unit == u"ns" ? 1e-6 : unit == u"us" ? 1e-3 : unit == u"s" ? 1e3 : 1.0;
            QStringList counters;
            for (const QString &key : {QStringLiteral("events"), QStringLiteral("passing"), QStringLiteral("hits"),
                                      QStringLiteral("records"), QStringLiteral("labels")}) {
                if (b.contains(key)) {
                    counters << key + u'=' + QString::number(b.value(key).toDouble(), 'g', 7);
                }
            }
            out += QStringLiteral("| %1 | `%2` | %3 | %4 |\n")
                       .arg(binary, nameText, ms(t * toMs), counters.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace

int runReport(const QStringList &arguments)
{
    const auto value = [&](const QString &name) {
        const auto i = arguments.indexOf(name);
        return i >= 0 && i + 1 < arguments.size() ? arguments[i + 1] : QString();
    };
    const QString resultsDir = value(QStringLiteral("--results"));
    const QString doc = value(QStringLiteral("--doc"));
    if (resultsDir.isEmpty()) {
        std::fprintf(stderr, "usage: ictimeline-bench report --results DIR [--doc FILE]\n");
        return 2;
    }
    std::vector<QJsonObject> runs;
    for (const auto &name : QDir(resultsDir).entryList({QStringLiteral("app-*.json")}, QDir::Files)) {
        auto json = readJson(QDir(resultsDir).filePath(name));
        if (!json.isEmpty()) {
            runs.push_back(json);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const bool ca = a.value(QStringLiteral("label")).toString() == u"curated";
        const bool cb = b.value(QStringLiteral("label")).toString() == u"curated";
        if (ca != cb) {
            return ca;
        }
        return a.value(QStringLiteral("events")).toDouble() < b.value(QStringLiteral("events")).toDouble();
    });

    QString section;
    section += QStringLiteral("Measured %1 with `make bench` on: %2.\n\n")
                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), machine());
    section += QStringLiteral("### The app (`ictimeline-bench`, 1600×900, offscreen)\n\n");
    section += runs.empty() ? QStringLiteral("No app results in %1.\n").arg(resultsDir) : appTable(runs);
    section += QStringLiteral("\n### Core (Google Benchmark)\n\n");
    section += coreTable(resultsDir);

    std::fputs(section.toUtf8().constData(), stdout);
    std::fflush(stdout); // before the note on stderr

    if (!doc.isEmpty()) {
        QFile file(doc);
        QString text;
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            text = QString::fromUtf8(file.readAll());
            file.close();
        }
        const QString begin = QString::fromUtf8(kDocBegin);
        const QString end = QString::fromUtf8(kDocEnd);
        const auto b = text.indexOf(begin);
        const auto e = text.indexOf(end);
        const QString generated = begin + u'\n' + section + end;
        if (b >= 0 && e > b) {
            text.replace(b, e + end.size() - b, generated);
        } else {
            text += QStringLiteral("\n## Latest results\n\n") + generated + u'\n';
        }
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)
            || file.write(text.toUtf8()) < 0) {
            std::fprintf(stderr, "ictimeline-bench report: cannot write %s\n", qPrintable(doc));
            return 1;
        }
        std::fprintf(stderr, "ictimeline-bench report: updated %s\n", qPrintable(doc));
    }
    return 0;
}

} // namespace ict::bench
