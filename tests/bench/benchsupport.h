#pragma once

// What every benchmark binary shares: where the benchmark databases are, the
// bare SQLite scan that loading is compared with, a per-statement SQLite
// profiler, percentiles and the peak resident set size.

#include "core/filter/eventfilter.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ict::bench {

// The loader's event query (TimelineDatabase::Impl::loadEvents), word for
// word. The baseline steps exactly this statement; loadBench and
// ictimeline-bench check, through the statement profiler, that the loader
// still runs it, and fail loudly when the two drift apart.
inline constexpr std::string_view kLoaderEventSql
    = "SELECT id, slug, title, start_edtf, end_edtf, kind, forum_id, status FROM event "
      "ORDER BY start_earliest, end_latest, id";

struct BenchDatabase {
    std::string label; // curated, 10k, 100k, 1M
    std::string path;
    std::int64_t events = 0; // as the file says (count(*) FROM event)
};

// The curated database of the build (bin/../share/ictimeline/ictimeline.sqlite)
// and the synthetic ones in $ICT_BENCH_DATA_DIR (default bin/../data, i.e.
// build/bench/data, where run-benchmarks.sh generates them), named
// synth-<N>.sqlite, smallest first; when $ICT_BENCH_SIZES is set (event
// counts separated by spaces), only those. Missing files are skipped.
std::vector<BenchDatabase> benchDatabases();
std::string labelForEventCount(std::int64_t events);

// The filter every filter benchmark applies: the "unga" forum group (the
// General Assembly and its committees), the "norms" topic, 2010 to 2020. The
// same slugs exist in the curated and the synthetic databases.
core::filter::FilterArguments benchFilterArguments();
core::filter::FilterState benchFilter(const core::Dataset &dataset, const core::filter::FacetData &facets);

// The one-word queries of the search benchmarks: a word found in a large
// share of the events (the worst case a user types) and a rarer one.
inline constexpr const char *kCommonWord = "norms";
inline constexpr const char *kRareWord = "budapest";

// A bare sqlite3_step loop over kLoaderEventSql on a fresh read-only
// connection: every row stepped, every column read as the loader reads it
// (integers as int64, text as bytes). Returns the rows seen; `checksum`
// keeps the compiler from dropping the reads.
struct ScanResult {
    std::int64_t rows = 0;
    std::uint64_t checksum = 0;
    double seconds = 0;
};
ScanResult bareScan(const std::string &path);

// Records the run time of every SQLite statement of every connection opened
// while a profiler is alive (sqlite3_auto_extension + SQLITE_TRACE_PROFILE).
// Not thread-safe; one at a time.
class StatementProfiler {
public:
    struct Entry {
        std::string sql;
        double seconds = 0;
    };
    StatementProfiler();
    ~StatementProfiler();
    StatementProfiler(const StatementProfiler &) = delete;
    StatementProfiler &operator=(const StatementProfiler &) = delete;

    const std::vector<Entry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }
    // True when a statement with exactly this text ran.
    bool ran(std::string_view sql) const;

    static void record(const char *sql, std::int64_t nanoseconds);

private:
    std::vector<Entry> m_entries;
};

// Peak resident set size of this process so far (VmHWM), in bytes.
std::int64_t peakResidentBytes();
// Current resident set size (VmRSS), in bytes.
std::int64_t residentBytes();

// Nearest-rank percentile (p in [0, 100]) of unsorted samples; 0 when empty.
double percentile(std::vector<double> samples, double p);

inline double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace ict::bench
