// A one-word full-text search, per database (curated, then the synthetic
// 10k / 100k / 1M in $ICT_BENCH_DATA_DIR): SearchIndex::search with 100 hits
// per kind, as the search panel asks, for a word found in a large share of
// the events and for a rarer one (benchsupport.h). Target at 1M
// (docs/PERFORMANCE.md): <= 20 ms; ictimeline-bench adds filling the panel.
// A prefix and a phrase are measured too.

#include "benchsupport.h"

#include "core/filter/search.h"
#include "core/timelinedatabase.h"

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <map>
#include <memory>
#include <utility>

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
    // The target's one word, common and rare; then, for the record, a
    // prefix (FTS5 merges the lists of every term it covers: the schema has
    // no prefix index) and a two-word phrase (FTS5 compares positions).
    const std::pair<const char *, std::string> queries[] = {
        {"BM_Search", bench::kCommonWord},
        {"BM_Search", bench::kRareWord},
        {"BM_SearchPrefix", "norm*"},
        {"BM_SearchPhrase", "\"budapest convention\""},
    };
    for (const auto &db : bench::benchDatabases()) {
        for (const auto &[family, query] : queries) {
            benchmark::RegisterBenchmark((family + ("/" + db.label + "/") + query).c_str(), search, db, query)
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
