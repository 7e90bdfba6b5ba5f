// Loading a database, against the floor SQLite sets: per database (curated,
// then the synthetic 10k / 100k / 1M in $ICT_BENCH_DATA_DIR),
//   BM_BareScan    a bare sqlite3_step loop over the loader's own event query
//                  (benchsupport.h: kLoaderEventSql), reading every column
//   BM_Open        TimelineDatabase::open: schema check, taxonomy, events,
//                  topics, indexes: what the Dataset costs
//   BM_OpenForApp  what the app does before it can paint: open, the actor
//                  facets (FacetData::load), the search connection
//                  (SearchIndex::open) and the lanes (LaneSet::build)
// The target is BM_Open <= 1.5 x BM_BareScan at 1M (docs/PERFORMANCE.md);
// ictimeline-bench reports that ratio measured in one process.

#include "benchsupport.h"

#include "core/filter/eventfilter.h"
#include "core/filter/search.h"
#include "core/timeline/lanes.h"
#include "core/timelinedatabase.h"

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <cstdio>

namespace {

using namespace ict;

// Large files take a second or more per load: a few repetitions say more than
// many iterations, and keep `make bench` short.
void configure(benchmark::internal::Benchmark *b, std::int64_t events)
{
    b->Unit(benchmark::kMillisecond)->UseRealTime();
    if (events >= 100'000) {
        b->Iterations(1)->Repetitions(events >= 1'000'000 ? 3 : 5)->ReportAggregatesOnly(true);
    }
}

void bareScan(benchmark::State &state, const bench::BenchDatabase &db)
{
    for (auto _ : state) {
        const auto r = bench::bareScan(db.path);
        if (r.rows != db.events) {
            state.SkipWithError("bare scan failed");
            return;
        }
        benchmark::DoNotOptimize(r.checksum);
    }
    state.counters["events"] = static_cast<double>(db.events);
}

void open(benchmark::State &state, const bench::BenchDatabase &db)
{
    for (auto _ : state) {
        auto opened = core::TimelineDatabase::open(db.path);
        if (!opened) {
            state.SkipWithError(opened.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(opened->dataset().size());
    }
    state.counters["events"] = static_cast<double>(db.events);
}

void openForApp(benchmark::State &state, const bench::BenchDatabase &db)
{
    for (auto _ : state) {
        auto opened = core::TimelineDatabase::open(db.path);
        if (!opened) {
            state.SkipWithError(opened.error().message.c_str());
            return;
        }
        auto facets = core::filter::FacetData::load(*opened);
        auto search = core::filter::SearchIndex::open(*opened);
        if (!facets || !search) {
            state.SkipWithError("facets or search index failed to open");
            return;
        }
        auto lanes = core::timeline::LaneSet::build(opened->dataset(), {}, {});
        benchmark::DoNotOptimize(lanes);
    }
    state.counters["events"] = static_cast<double>(db.events);
}

// The baseline is only meaningful while it runs the loader's own query.
bool baselineMatchesLoader(const std::vector<bench::BenchDatabase> &dbs)
{
    if (dbs.empty()) {
        return true;
    }
    bench::StatementProfiler profiler;
    auto opened = core::TimelineDatabase::open(dbs.front().path);
    if (!opened) {
        std::fprintf(stderr, "load_bench: cannot open %s: %s\n", dbs.front().path.c_str(),
                     opened.error().message.c_str());
        return false;
    }
    if (!profiler.ran(bench::kLoaderEventSql)) {
        std::fprintf(stderr,
                     "load_bench: the loader no longer runs the baseline's query; update kLoaderEventSql in "
                     "tests/bench/benchsupport.h to the event query of core/timelinedatabase.cpp\n");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    spdlog::set_level(spdlog::level::warn); // "loaded N events" on every iteration would drown the table
    const auto dbs = bench::benchDatabases();
    if (!baselineMatchesLoader(dbs)) {
        return 1;
    }
    for (const auto &db : dbs) {
        configure(benchmark::RegisterBenchmark(("BM_BareScan/" + db.label).c_str(), bareScan, db), db.events);
        configure(benchmark::RegisterBenchmark(("BM_Open/" + db.label).c_str(), open, db), db.events);
        configure(benchmark::RegisterBenchmark(("BM_OpenForApp/" + db.label).c_str(), openForApp, db), db.events);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
