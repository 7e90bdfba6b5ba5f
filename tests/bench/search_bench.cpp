// A one-word full-text search, per database (curated, then the synthetic
// 10k / 100k / 1M in $ICT_BENCH_DATA_DIR): SearchIndex::search with 100 hits
// per kind, as the search panel asks, for a word found in a large share of
// the events and for a rarer one (benchsupport.h). Target at 1M
// (docs/PERFORMANCE.md): <= 20 ms; ictimeline-bench adds filling the panel.

#include "benchsupport.h"

#include "core/filter/search.h"
#include "core/timelinedatabase.h"

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <map>
#include <memory>

namespace {

using namespace ict;

struct Loaded {
    core::TimelineDatabase db;
    std::unique_ptr<core::filter::SearchIndex> index;
};

Loaded *loaded(const bench::BenchDatabase &db)
{
    static std::map<std::string, std::unique_ptr<Loaded>> cache;
    auto &slot = cache[db.path];
    if (!slot) {
        auto opened = core::TimelineDatabase::open(db.path);
        if (!opened) {
            return nullptr;
        }
        // The index refers to the Dataset: open it once the database has its final address.
        auto l = std::make_unique<Loaded>(Loaded{std::move(*opened), nullptr});
        auto index = core::filter::SearchIndex::open(l->db);
        if (!index) {
            return nullptr;
        }
        l->index = std::make_unique<core::filter::SearchIndex>(std::move(*index));
        slot = std::move(l);
    }
    return slot.get();
}

void search(benchmark::State &state, const bench::BenchDatabase &db, const std::string &word)
{
    Loaded *l = loaded(db);
    if (l == nullptr) {
        state.SkipWithError("cannot open the database or its search index");
        return;
    }
    std::size_t hits = 0;
    for (auto _ : state) {
        auto result = l->index->search(word, 100);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            return;
        }
        hits = result->size();
        benchmark::DoNotOptimize(result->data());
    }
    state.counters["events"] = static_cast<double>(db.events);
    state.counters["hits"] = static_cast<double>(hits);
}

} // namespace

int main(int argc, char **argv)
{
    spdlog::set_level(spdlog::level::warn);
    for (const auto &db : bench::benchDatabases()) {
        for (const char *word : {bench::kCommonWord, bench::kRareWord}) {
            benchmark::RegisterBenchmark(("BM_Search/" + db.label + "/" + word).c_str(), search, db, std::string(word))
                ->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
