#include "benchsupport.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ict::bench {

namespace fs = std::filesystem;

namespace {

fs::path executableDirectory()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : self.parent_path();
}

std::int64_t eventCountOf(const std::string &path)
{
    sqlite3 *db = nullptr;
    std::int64_t count = -1;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM event", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            count = sqlite3_column_int64(stmt, 0);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return count;
}

std::int64_t statusField(std::string_view field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.compare(0, field.size(), field) == 0) {
            std::istringstream value(line.substr(field.size()));
            std::int64_t kb = 0;
            value >> kb;
            return kb * 1024;
        }
    }
    return 0;
}

StatementProfiler *g_profiler = nullptr;

int onProfile(unsigned type, void *, void *statement, void *nanoseconds)
{
    if (type == SQLITE_TRACE_PROFILE && g_profiler != nullptr) {
        StatementProfiler::record(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)),
                                  *static_cast<const sqlite3_int64 *>(nanoseconds));
    }
    return 0;
}

// An SQLite "automatic extension": called for every connection opened in
// this process, it is the one way to see the statements of connections that
// core keeps private (TimelineDatabase, FacetData, SearchIndex).
int traceEveryConnection(sqlite3 *db, const char **, const void *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, onProfile, nullptr);
    return SQLITE_OK;
}

using EntryPoint = void (*)();

EntryPoint autoExtension()
{
    // sqlite3_auto_extension takes the entry point type-erased, as in SQLite's
    // own documentation; it is called back with the signature above.
    return reinterpret_cast<EntryPoint>(reinterpret_cast<void *>(&traceEveryConnection));
}

} // namespace

core::filter::FilterArguments benchFilterArguments()
{
    core::filter::FilterArguments args;
    args.forums = QStringLiteral("unga");
    args.topics = QStringLiteral("norms");
    args.from = QStringLiteral("2010");
    args.to = QStringLiteral("2020");
    return args;
}

core::filter::FilterState benchFilter(const core::Dataset &dataset, const core::filter::FacetData &facets)
{
    auto state = core::filter::fromArguments(benchFilterArguments(), dataset, facets);
    return state ? *state : core::filter::FilterState{};
}

std::string labelForEventCount(std::int64_t events)
{
    if (events >= 1'000'000 && events % 1'000'000 == 0) {
        return std::to_string(events / 1'000'000) + "M";
    }
    if (events >= 1'000 && events % 1'000 == 0) {
        return std::to_string(events / 1'000) + "k";
    }
    return std::to_string(events);
}

std::vector<BenchDatabase> benchDatabases()
{
    std::vector<BenchDatabase> out;
    const fs::path bin = executableDirectory();
    const fs::path curated = bin / ".." / "share" / "ictimeline" / "ictimeline.sqlite";
    if (fs::exists(curated)) {
        out.push_back({"curated", fs::weakly_canonical(curated).string(), eventCountOf(curated.string())});
    }
    const char *env = std::getenv("ICT_BENCH_DATA_DIR");
    const fs::path dataDir = env != nullptr && *env != '\0' ? fs::path(env) : bin / ".." / "data";
    std::error_code ec;
    std::vector<BenchDatabase> synthetic;
    for (const auto &entry : fs::directory_iterator(dataDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("synth-", 0) != 0 || entry.path().extension() != ".sqlite") {
            continue;
        }
        const auto events = eventCountOf(entry.path().string());
        if (events > 0) {
            synthetic.push_back({labelForEventCount(events), fs::weakly_canonical(entry.path()).string(), events});
        }
    }
    // run-benchmarks.sh names the sizes of this run; other files left in the
    // directory by earlier runs are ignored.
    if (const char *sizes = std::getenv("ICT_BENCH_SIZES"); sizes != nullptr && *sizes != '\0') {
        std::vector<std::int64_t> wanted;
        std::istringstream in(sizes);
        for (std::int64_t n = 0; in >> n;) {
            wanted.push_back(n);
        }
        std::erase_if(synthetic, [&](const BenchDatabase &db) {
            return std::find(wanted.begin(), wanted.end(), db.events) == wanted.end();
        });
    }
    std::sort(synthetic.begin(), synthetic.end(),
              [](const BenchDatabase &a, const BenchDatabase &b) { return a.events < b.events; });
    out.insert(out.end(), synthetic.begin(), synthetic.end());
    return out;
}

ScanResult bareScan(const std::string &path)
{
    ScanResult result;
    const auto t0 = std::chrono::steady_clock::now();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        result.rows = -1;
        return result;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, kLoaderEventSql.data(), static_cast<int>(kLoaderEventSql.size()), &stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        result.rows = -1;
        return result;
    }
    std::uint64_t sum = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        // Columns in the loader's order: id, slug, title, start_edtf, end_edtf, kind, forum_id, status.
        sum += static_cast<std::uint64_t>(sqlite3_column_int64(stmt, 0));
        for (int text : {1, 2, 3, 4, 5, 7}) {
            const unsigned char *p = sqlite3_column_text(stmt, text);
            const int n = sqlite3_column_bytes(stmt, text);
            sum += static_cast<std::uint64_t>(n) + (p != nullptr && n > 0 ? p[0] : 0U);
        }
        sum += static_cast<std::uint64_t>(sqlite3_column_int64(stmt, 6));
        ++result.rows;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    result.checksum = sum;
    result.seconds = secondsSince(t0);
    return result;
}

StatementProfiler::StatementProfiler()
{
    g_profiler = this;
    sqlite3_auto_extension(autoExtension());
}

StatementProfiler::~StatementProfiler()
{
    sqlite3_cancel_auto_extension(autoExtension());
    g_profiler = nullptr;
}

void StatementProfiler::record(const char *sql, std::int64_t nanoseconds)
{
    if (g_profiler != nullptr) {
        g_profiler->m_entries.push_back({sql != nullptr ? sql : "", static_cast<double>(nanoseconds) * 1e-9});
    }
}

bool StatementProfiler::ran(std::string_view sql) const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [sql](const Entry &e) { return e.sql == sql; });
}

std::int64_t peakResidentBytes()
{
    return statusField("VmHWM:");
}

std::int64_t residentBytes()
{
    return statusField("VmRSS:");
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(p / 100.0 * static_cast<double>(samples.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, static_cast<double>(samples.size()))) - 1;
    return samples[index];
}

} // namespace ict::bench
