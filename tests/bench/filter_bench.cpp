// A filter change, per database (curated, then the synthetic 10k / 100k / 1M
// in $ICT_BENCH_DATA_DIR): what FilterController does on every click, before
// the timeline paints:
//   BM_FilterChange  the pass mask and every facet count in one pass
//                    (computePassMaskAndFacetCounts), then the lanes
//                    (LaneSet::build), with the filter of benchFilter():
//                    a forum group, a topic and a date range
//   BM_FilterClear   the same back to "no filter" (no mask: the fast path)
// Target at 1M (docs/PERFORMANCE.md): a filter change <= 30 ms, relayout and
// painting included (ictimeline-bench measures that part in the app).

#include "benchsupport.h"

#include "core/filter/eventfilter.h"
#include "core/timeline/lanes.h"
#include "core/timelinedatabase.h"

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <map>
#include <memory>

namespace {

using namespace ict;

struct Loaded {
    core::TimelineDatabase db;
    core::filter::FacetData facets;
};

// Each database is loaded once, on first use, and kept for every benchmark.
Loaded *loaded(const bench::BenchDatabase &db)
{
    static std::map<std::string, std::unique_ptr<Loaded>> cache;
    auto &slot = cache[db.path];
    if (!slot) {
        auto opened = core::TimelineDatabase::open(db.path);
        if (!opened) {
            return nullptr;
        }
        auto facets = core::filter::FacetData::load(*opened);
        if (!facets) {
            return nullptr;
        }
        slot = std::make_unique<Loaded>(Loaded{std::move(*opened), std::move(*facets)});
    }
    return slot.get();
}

void filterChange(benchmark::State &state, const bench::BenchDatabase &db, bool clear)
{
    Loaded *l = loaded(db);
    if (l == nullptr) {
        state.SkipWithError("cannot open the database");
        return;
    }
    const auto &dataset = l->db.dataset();
    const auto filter = clear ? core::filter::FilterState{} : bench::benchFilter(dataset, l->facets);
    if (!clear && filter.isEmpty()) {
        state.SkipWithError("the benchmark filter does not resolve in this database");
        return;
    }
    std::vector<std::uint8_t> pass;
    std::size_t passing = 0;
    for (auto _ : state) {
        const auto counts = core::filter::computePassMaskAndFacetCounts(dataset, l->facets, filter, pass);
        passing = counts.passing;
        // As FilterController does: no mask at all when nothing is filtered.
        const std::span<const std::uint8_t> mask = filter.isEmpty() ? std::span<const std::uint8_t>() : pass;
        auto lanes = core::timeline::LaneSet::build(dataset, mask, {});
        benchmark::DoNotOptimize(lanes);
    }
    state.counters["events"] = static_cast<double>(db.events);
    state.counters["passing"] = static_cast<double>(passing);
}

} // namespace

int main(int argc, char **argv)
{
    spdlog::set_level(spdlog::level::warn);
    for (const auto &db : bench::benchDatabases()) {
        benchmark::RegisterBenchmark(("BM_FilterChange/" + db.label).c_str(), filterChange, db, false)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_FilterClear/" + db.label).c_str(), filterChange, db, true)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
