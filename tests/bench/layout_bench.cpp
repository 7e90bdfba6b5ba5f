// Timeline layout at 1,000 / 100,000 / 1,000,000 synthetic events: the
// per-filter-change cost (building lanes) and the per-frame cost (laying out
// the whole span, and one month), at 1600 px wide. The frame figures should
// stay flat from 100k to 1M: per-frame work follows the pixels, not N.

#include "core/timeline/lanes.h"
#include "core/timeline/timeaxis.h"
#include "core/timeline/timelinelayout.h"
#include "tests/core/timeline/syntheticdataset.h"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

using namespace ict::core;
using namespace ict::core::timeline;

constexpr double kWidth = 1600.0;
const DayNumber kToday = daysFromCivil(2025, 6, 1);

// Datasets are generated once per size and shared by every benchmark.
const Dataset &dataset(std::size_t size)
{
    static std::map<std::size_t, std::unique_ptr<Dataset>> cache;
    auto &slot = cache[size];
    if (!slot) {
        slot = std::make_unique<Dataset>();
        testing::fillSyntheticDataset(*slot, size);
    }
    return *slot;
}

const LaneSet &laneSet(std::size_t size)
{
    static std::map<std::size_t, std::unique_ptr<LaneSet>> cache;
    auto &slot = cache[size];
    if (!slot) {
        slot = std::make_unique<LaneSet>(
            LaneSet::build(dataset(size), {}, LaneBuildOptions{Grouping::Forum, FilterMode::Hide, kToday}));
    }
    return *slot;
}

// The app measures with QFontMetricsF and a cache; a lookup is about this cheap.
TextMeasure measureOf(const Dataset &data)
{
    return [&data](EventIndex i) { return static_cast<float>(data.title(i).size()) * 7.0F; };
}

LayoutParams viewport()
{
    LayoutParams params;
    params.height = 2000.0; // all twelve lanes on screen
    return params;
}

void BM_BuildLanes(benchmark::State &state)
{
    const Dataset &data = dataset(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto lanes = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Forum, FilterMode::Hide, kToday});
        benchmark::DoNotOptimize(lanes);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_BuildLanesFilteredDimmed(benchmark::State &state)
{
    const Dataset &data = dataset(static_cast<std::size_t>(state.range(0)));
    std::vector<std::uint8_t> pass(data.size());
    for (std::size_t i = 0; i < pass.size(); ++i) {
        pass[i] = (data.topicMasks()[i] & 0b1011) != 0 ? 1 : 0;
    }
    for (auto _ : state) {
        auto lanes = LaneSet::build(data, pass, LaneBuildOptions{Grouping::Topic, FilterMode::Dim, kToday});
        benchmark::DoNotOptimize(lanes);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void layoutBenchmark(benchmark::State &state, const TimeScale &scale)
{
    const auto size = static_cast<std::size_t>(state.range(0));
    const LaneSet &lanes = laneSet(size);
    const TextMeasure measure = measureOf(dataset(size));
    const LayoutParams params = viewport();
    Layout layout;
    for (auto _ : state) {
        layoutTimeline(lanes, scale, params, measure, layout);
        benchmark::DoNotOptimize(layout.bars.data());
    }
    state.counters["records"] = static_cast<double>(layout.recordCount());
    state.counters["labels"] = static_cast<double>(layout.labels.size());
}

void BM_LayoutWholeSpan(benchmark::State &state)
{
    const auto range = laneSet(static_cast<std::size_t>(state.range(0))).dataRange();
    TimeScale scale(kWidth, 0.0, 1.0);
    scale.fit(static_cast<double>(range->first), static_cast<double>(range->last));
    layoutBenchmark(state, scale);
}

void BM_LayoutOneMonth(benchmark::State &state)
{
    const TimeScale scale(kWidth, static_cast<double>(daysFromCivil(2012, 6, 1)), 30.0 / kWidth);
    layoutBenchmark(state, scale);
}

void BM_AxisTicks(benchmark::State &state)
{
    TimeScale scale(kWidth, static_cast<double>(daysFromCivil(1998, 1, 1)), 28.0 * 365.0 / kWidth);
    const AxisTextMeasure measure = [](const QString &s) { return static_cast<float>(s.size()) * 7.0F; };
    for (auto _ : state) {
        auto ticks = axisTicks(scale, measure);
        benchmark::DoNotOptimize(ticks);
    }
}

} // namespace

BENCHMARK(BM_BuildLanes)->Arg(1'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildLanesFilteredDimmed)->Arg(1'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutWholeSpan)->Arg(1'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutOneMonth)->Arg(1'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AxisTicks)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
