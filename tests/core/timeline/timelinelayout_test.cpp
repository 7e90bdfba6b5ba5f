#include "core/timeline/timelinelayout.h"

#include "core/edtf.h"
#include "tests/core/timeline/layoutchecks.h"
#include "tests/core/timeline/syntheticdataset.h"
#include "tests/core/timeline/timelinetestdata.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

namespace ict::core::timeline {
namespace {

using testing::day;
using testing::expectConsistent;
using testing::expectLabelsClear;
using testing::measureTitles;
using testing::mixedEvents;
using testing::TestEvent;

constexpr double kWidth = 1600.0;

LayoutParams tallViewport()
{
    LayoutParams params;
    params.height = 1e9; // every lane emitted
    return params;
}

// The core promise, checked against brute force over random lanes and
// views: folded counts plus drawn events add up to the visible events (in
// the range and passing the filter), nothing overlaps in a row, labels stay
// clear, the record bound holds.
TEST(TimelineLayout, FoldedCountsPlusDrawnEventsAddUpToTheVisibleEvents)
{
    for (const auto &[seed, size] : {std::pair{1U, 4000U}, std::pair{2U, 300U}, std::pair{3U, 1500U}}) {
        Dataset data;
        testing::fillDataset(data, mixedEvents(seed, size, 3), 3);
        std::mt19937 rng(seed);
        std::vector<std::uint8_t> pass(data.size());
        for (auto &p : pass) {
            p = rng() % 4 != 0 ? 1 : 0;
        }
        const std::span<const std::uint8_t> filter = pass;
        for (const auto mode : {FilterMode::Hide, FilterMode::Dim}) {
            const auto lanes =
                LaneSet::build(data, filter, LaneBuildOptions{Grouping::Forum, mode, day(2024, 6, 1)}, std::array{2});
            for (int rows : {0, 1, 2, 6}) {
                LayoutParams params = tallViewport();
                params.maxRowsPerLane = rows;
                std::uniform_real_distribution<double> zoom(std::log(1.0 / 200.0), std::log(60.0));
                std::uniform_real_distribution<double> start(static_cast<double>(day(1990, 1, 1)),
                                                             static_cast<double>(day(2026, 1, 1)));
                for (int trial = 0; trial < 25; ++trial) {
                    const TimeScale scale(kWidth, start(rng), std::exp(zoom(rng)));
                    params.devicePixelRatio = trial % 2 == 0 ? 1.0 : 1.25;
                    const Layout layout = layoutTimeline(lanes, scale, params, measureTitles(data));
                    expectConsistent(data, lanes, scale, layout,
                                     mode == FilterMode::Hide ? filter : std::span<const std::uint8_t>{});
                    expectLabelsClear(layout);
                    EXPECT_LE(layout.recordCount(), recordBound(lanes.size(), kWidth, params));
                }
            }
        }
    }
}

TEST(TimelineLayout, OverlappingIntervalsStackIntoDifferentRows)
{
    Dataset data;
    testing::fillDataset(data, {{day(2019, 1, 1), day(2019, 12, 31), 0},
                                {day(2019, 3, 1), day(2020, 6, 30), 0},
                                {day(2019, 6, 1), day(2019, 7, 1), 0},
                                {day(2020, 3, 1), day(2020, 5, 1), 0}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(day(2019, 1, 1)), static_cast<double>(day(2020, 12, 31)));
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.bars.size(), 4U);
    std::map<EventIndex, double> rowOf;
    for (const auto &bar : layout.bars) {
        rowOf[bar.event] = bar.y;
    }
    EXPECT_NE(rowOf[0], rowOf[1]);
    EXPECT_NE(rowOf[0], rowOf[2]);
    EXPECT_NE(rowOf[1], rowOf[2]);
    EXPECT_EQ(rowOf[3], rowOf[0]); // first fit: the first row is free again by 2020
    EXPECT_EQ(layout.lanes[0].rows, 3);
    expectConsistent(data, lanes, scale, layout, {});
}

TEST(TimelineLayout, BarsBeyondTheCapFoldIntoAPlusNRowBelowTheRowsInUse)
{
    std::vector<TestEvent> events;
    for (int i = 0; i < 10; ++i) {
        events.push_back({day(2019, 1, 1) + i * 3, day(2019, 12, 31), 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(day(2019, 1, 1)), static_cast<double>(day(2019, 12, 31)));
    LayoutParams params = tallViewport();
    params.maxRowsPerLane = 4;
    const Layout layout = layoutTimeline(lanes, scale, params, measureTitles(data));
    // Bars take three of the four rows: the last one is kept for point events.
    EXPECT_EQ(layout.bars.size(), 3U);
    EXPECT_EQ(layout.lanes[0].rows, 3);
    std::uint32_t folded = 0;
    for (const auto &c : layout.clusters) {
        EXPECT_TRUE(c.overflow);
        EXPECT_DOUBLE_EQ(c.y, layout.lanes[0].y + params.laneHeaderHeight + 3 * params.rowHeight);
        folded += c.count;
    }
    EXPECT_EQ(folded, 7U);
    EXPECT_TRUE(layout.lanes[0].overflow);
    EXPECT_DOUBLE_EQ(layout.lanes[0].height, params.laneHeaderHeight + 4 * params.rowHeight);
    expectConsistent(data, lanes, scale, layout, {});
}

TEST(TimelineLayout, PointEventsStayVisibleUnderLongIntervalsThatFillTheRows)
{
    std::vector<TestEvent> events;
    for (int i = 0; i < 20; ++i) { // years-long processes running through the view
        events.push_back({day(2010, 1, 1) + i, day(2020, 1, 1), 0});
    }
    for (int i = 0; i < 5; ++i) { // what happens in the month shown
        events.push_back({day(2015, 6, 3) + i * 5, day(2015, 6, 3) + i * 5, 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2015, 6, 1)), 30.0 / kWidth);
    LayoutParams params = tallViewport();
    const Layout layout = layoutTimeline(lanes, scale, params, measureTitles(data));
    EXPECT_EQ(layout.bars.size(), static_cast<std::size_t>(params.maxRowsPerLane - 1));
    EXPECT_EQ(layout.markers.size(), 5U);
    ASSERT_EQ(layout.clusters.size(), 1U);
    EXPECT_EQ(layout.clusters[0].count, 20U - static_cast<std::uint32_t>(params.maxRowsPerLane - 1));
    EXPECT_LE(layout.clusters[0].x0, 0.0); // counted at the left edge, where they come from
    expectConsistent(data, lanes, scale, layout, {});
}

TEST(TimelineLayout, MonthPrecisionEventIsDrawnFromTheFirstToTheLastDayOfItsMonth)
{
    Dataset data;
    testing::fillDataset(data, {{day(2019, 7, 1), day(2019, 7, 31), 0,
                                 DateFlag::ImpreciseStart | DateFlag::ImpreciseEnd}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2019, 6, 1)), 92.0 / kWidth);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.bars.size(), 1U);
    EXPECT_NEAR(layout.bars[0].x0, scale.x(static_cast<double>(day(2019, 7, 1))), 0.5);
    EXPECT_NEAR(layout.bars[0].x1, scale.x(static_cast<double>(day(2019, 8, 1))), 0.5);
    EXPECT_TRUE(layout.bars[0].flags & DateFlag::ImpreciseStart);
    EXPECT_TRUE(layout.bars[0].flags & DateFlag::ImpreciseEnd);

    // Zoomed out to decades the month is narrower than a bar: a marker.
    const TimeScale far(kWidth, static_cast<double>(day(1995, 1, 1)), 10.0);
    const Layout farLayout = layoutTimeline(lanes, far, tallViewport(), measureTitles(data));
    EXPECT_TRUE(farLayout.bars.empty());
    ASSERT_EQ(farLayout.markers.size(), 1U);
}

TEST(TimelineLayout, OpenEndedIntervalIsDrawnUpToToday)
{
    Dataset data;
    testing::fillDataset(data, {{day(2015, 1, 1), kMaxDay, 0, DateFlag::OpenEnd}});
    const DayNumber today = day(2020, 1, 1);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Forum, FilterMode::Hide, today});
    const TimeScale scale(kWidth, static_cast<double>(day(2010, 1, 1)), 5.0);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), {});
    ASSERT_EQ(layout.bars.size(), 1U);
    EXPECT_NEAR(layout.bars[0].x1, scale.x(static_cast<double>(today) + 1.0), 0.5);
    EXPECT_TRUE(layout.bars[0].flags & DateFlag::OpenEnd);
    EXPECT_NEAR(layout.todayX, scale.x(static_cast<double>(today) + 0.5), 1e-9);
}

TEST(TimelineLayout, LongIntervalStartingLongBeforeTheViewIsStillDrawn)
{
    std::vector<TestEvent> events{{day(1990, 1, 1), day(2020, 1, 1), 0}};
    for (int i = 0; i < 5000; ++i) { // many short events in between to skip over
        events.push_back({day(1991, 1, 1) + i, day(1991, 1, 1) + i + 2, 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2018, 3, 1)), 30.0 / kWidth);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.bars.size(), 1U);
    EXPECT_EQ(layout.bars[0].event, 0U);
    EXPECT_TRUE(layout.bars[0].flags & RecordFlag::ClippedLeft);
    EXPECT_TRUE(layout.bars[0].flags & RecordFlag::ClippedRight);
    EXPECT_GE(layout.bars[0].x0, -kClipMarginPx);
    EXPECT_LE(layout.bars[0].x1, kWidth + kClipMarginPx);
    ASSERT_EQ(layout.labels.size(), 1U);
    EXPECT_TRUE(layout.labels[0].insideBar);
    EXPECT_GE(layout.labels[0].x, 0.0);
}

TEST(TimelineLayout, DenseEventsFoldIntoClustersThatOpenAsYouZoomIn)
{
    std::vector<TestEvent> events;
    for (int i = 0; i < 20; ++i) { // one event a day for 20 days
        events.push_back({day(2019, 9, 1) + i, day(2019, 9, 1) + i, 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});

    const TimeScale years(kWidth, static_cast<double>(day(2015, 1, 1)), 5.0);
    const Layout folded = layoutTimeline(lanes, years, tallViewport(), measureTitles(data));
    EXPECT_TRUE(folded.markers.empty());
    ASSERT_EQ(folded.clusters.size(), 1U);
    EXPECT_EQ(folded.clusters[0].count, 20U);
    EXPECT_EQ(folded.clusters[0].first, 0U);

    const TimeScale weeks(kWidth, static_cast<double>(day(2019, 8, 25)), 40.0 / kWidth);
    const Layout open = layoutTimeline(lanes, weeks, tallViewport(), measureTitles(data));
    EXPECT_TRUE(open.clusters.empty());
    EXPECT_EQ(open.markers.size(), 20U);
}

TEST(TimelineLayout, EventsOfTheSameDayStackWhenRowsAreFree)
{
    std::vector<TestEvent> events;
    for (int i = 0; i < 3; ++i) {
        events.push_back({day(2019, 9, 1), day(2019, 9, 1), 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2019, 8, 1)), 0.1);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.markers.size(), 3U);
    EXPECT_TRUE(layout.clusters.empty());
    std::set<double> rows;
    for (const auto &m : layout.markers) {
        EXPECT_DOUBLE_EQ(m.x, layout.markers[0].x);
        rows.insert(m.y);
    }
    EXPECT_EQ(rows.size(), 3U);
    EXPECT_EQ(layout.labels.size(), 3U);
}

TEST(TimelineLayout, ClustersOfADenseLaneAreCutIntoADensityStrip)
{
    std::vector<TestEvent> events;
    for (int i = 0; i < 3000; ++i) {
        events.push_back({day(2000, 1, 1) + i * 3, day(2000, 1, 1) + i * 3, 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(day(2000, 1, 1)), static_cast<double>(day(2000, 1, 1) + 9000));
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), {});
    EXPECT_GT(layout.clusters.size(), 20U);
    for (const auto &c : layout.clusters) {
        EXPECT_LE(c.x1 - c.x0, kMaxClusterWidthPx + 2 * kMarkerRadiusPx + 1);
        EXPECT_EQ(c.y, layout.clusters[0].y); // one row, not a stack
    }
    expectConsistent(data, lanes, scale, layout, {});
}

TEST(TimelineLayout, CollapsedLaneShowsOnlyADensityStripInItsHeader)
{
    Dataset data;
    testing::fillDataset(data, mixedEvents(5, 500, 1), 1);
    const int collapsed[] = {0};
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{}, collapsed);
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(lanes.dataRange()->first), static_cast<double>(lanes.dataRange()->last));
    const LayoutParams params = tallViewport();
    const Layout layout = layoutTimeline(lanes, scale, params, measureTitles(data));
    EXPECT_TRUE(layout.bars.empty());
    EXPECT_TRUE(layout.markers.empty());
    EXPECT_TRUE(layout.labels.empty());
    EXPECT_FALSE(layout.clusters.empty());
    for (const auto &c : layout.clusters) {
        EXPECT_EQ(c.y, layout.lanes[0].y);
        EXPECT_EQ(c.height, params.laneHeaderHeight);
    }
    EXPECT_TRUE(layout.lanes[0].collapsed);
    EXPECT_DOUBLE_EQ(layout.lanes[0].height, params.laneHeaderHeight);
    expectConsistent(data, lanes, scale, layout, {});
}

TEST(TimelineLayout, EmptyDatasetLaysOutNothing)
{
    Dataset data;
    testing::fillDataset(data, {});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const Layout layout = layoutTimeline(lanes, TimeScale(), tallViewport(), measureTitles(data));
    EXPECT_TRUE(layout.lanes.empty());
    EXPECT_EQ(layout.recordCount(), 0U);
    EXPECT_EQ(layout.contentHeight, 0.0);
    EXPECT_FALSE(hitTest(layout, 10, 10).has_value());
}

TEST(TimelineLayout, SingleEventIsAMarkerInTheMiddleAfterFit)
{
    Dataset data;
    testing::fillDataset(data, {{day(1998, 12, 4), day(1998, 12, 4), 0, 0, EventKind::ResolutionAdopted, 0,
                                 "A/RES/53/70 adopted"}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    ASSERT_TRUE(lanes.dataRange().has_value());
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(lanes.dataRange()->first), static_cast<double>(lanes.dataRange()->last));
    EXPECT_GE(scale.endDay() - scale.startDay(), TimeScale::kMinFitDays);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.markers.size(), 1U);
    EXPECT_NEAR(layout.markers[0].x, kWidth / 2.0, 1.0);
    ASSERT_EQ(layout.labels.size(), 1U);
    EXPECT_FALSE(layout.labels[0].elided);
    EXPECT_FLOAT_EQ(static_cast<float>(layout.labels[0].width), 19 * 7.0F);
    EXPECT_GT(layout.labels[0].x, layout.markers[0].x);
}

TEST(TimelineLayout, LabelsAreElidedWhereTheNextItemIsCloserThanTheTitle)
{
    Dataset data;
    testing::fillDataset(data, {{day(2019, 1, 1), day(2019, 1, 1), 0, 0, EventKind::Other, 0, std::string(40, 'a')},
                                {day(2019, 1, 11), day(2019, 1, 11), 0, 0, EventKind::Other, 0, "b"}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2018, 12, 1)), 0.2); // 10 days = 50 px
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.markers.size(), 2U);
    ASSERT_EQ(layout.labels.size(), 2U);
    EXPECT_TRUE(layout.labels[0].elided);
    EXPECT_LE(layout.labels[0].x + layout.labels[0].width, layout.markers[1].x - kMarkerRadiusPx);
    EXPECT_FALSE(layout.labels[1].elided);
    expectLabelsClear(layout);
}

TEST(TimelineLayout, HitTestFindsTheEventUnderAMarkerABarAndACluster)
{
    std::vector<TestEvent> events{{day(2019, 1, 10), day(2019, 1, 10), 0},
                                  {day(2019, 3, 1), day(2019, 6, 1), 0}};
    for (int i = 0; i < 10; ++i) { // more than there are rows: folded
        events.push_back({day(2019, 9, 1), day(2019, 9, 1), 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2018, 12, 1)), 0.25);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), measureTitles(data));
    ASSERT_EQ(layout.markers.size(), 1U);
    ASSERT_EQ(layout.bars.size(), 1U);
    ASSERT_EQ(layout.clusters.size(), 1U);

    const auto &m = layout.markers[0];
    const auto onMarker = hitTest(layout, m.x + 1.0, m.y + m.height / 2);
    ASSERT_TRUE(onMarker.has_value());
    EXPECT_EQ(onMarker->kind, Hit::Kind::Marker);
    EXPECT_EQ(onMarker->event, m.event);
    EXPECT_EQ(data.starts()[onMarker->event], day(2019, 1, 10));

    const auto &b = layout.bars[0];
    const auto onBar = hitTest(layout, (b.x0 + b.x1) / 2, b.y + 1);
    ASSERT_TRUE(onBar.has_value());
    EXPECT_EQ(onBar->kind, Hit::Kind::Bar);
    EXPECT_EQ(onBar->event, b.event);

    const auto &c = layout.clusters[0];
    const auto onCluster = hitTest(layout, c.x0 + 1, c.y + 1);
    ASSERT_TRUE(onCluster.has_value());
    EXPECT_EQ(onCluster->kind, Hit::Kind::Cluster);
    EXPECT_EQ(onCluster->count, 10U);

    EXPECT_FALSE(hitTest(layout, kWidth - 1, m.y + 1).has_value());
    EXPECT_FALSE(hitTest(layout, m.x, -50).has_value());
}

TEST(TimelineLayout, DimModeFlagsTheEventsThatFailTheFilter)
{
    Dataset data;
    testing::fillDataset(data, {{day(2019, 1, 1), day(2019, 1, 1), 0}, {day(2019, 6, 1), day(2019, 6, 1), 0}});
    const std::vector<std::uint8_t> pass{1, 0};
    const auto lanes = LaneSet::build(data, pass, LaneBuildOptions{Grouping::Forum, FilterMode::Dim});
    const TimeScale scale(kWidth, static_cast<double>(day(2018, 12, 1)), 0.5);
    const Layout layout = layoutTimeline(lanes, scale, tallViewport(), {});
    ASSERT_EQ(layout.markers.size(), 2U);
    EXPECT_FALSE(layout.markers[0].flags & RecordFlag::FilteredOut);
    EXPECT_TRUE(layout.markers[1].flags & RecordFlag::FilteredOut);
}

TEST(TimelineLayout, ColourKeysFollowTheChosenAttribute)
{
    Dataset data;
    testing::fillDataset(data, {{day(2019, 1, 1), day(2019, 1, 1), 2, 0, EventKind::Meeting, 5},
                                {day(2019, 3, 1), day(2019, 5, 1), 2, 0, EventKind::Statement, 6}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    const TimeScale scale(kWidth, static_cast<double>(day(2018, 12, 1)), 0.25);
    LayoutParams params = tallViewport();
    const std::pair<ColourBy, std::pair<int, int>> cases[] = {
        {ColourBy::Lane, {2, 2}},
        {ColourBy::Forum, {2, 2}},
        {ColourBy::Topic, {5, 6}},
        {ColourBy::Kind, {static_cast<int>(EventKind::Meeting), static_cast<int>(EventKind::Statement)}},
    };
    for (const auto &[by, keys] : cases) {
        params.colourBy = by;
        const Layout layout = layoutTimeline(lanes, scale, params, {});
        ASSERT_EQ(layout.markers.size(), 1U);
        ASSERT_EQ(layout.bars.size(), 1U);
        EXPECT_EQ(layout.markers[0].colourKey, keys.first);
        EXPECT_EQ(layout.bars[0].colourKey, keys.second);
    }
}

TEST(TimelineLayout, LanesOutsideTheViewportEmitNoRecordsButKeepTheirHeight)
{
    Dataset data;
    testing::fillDataset(data, mixedEvents(9, 3000, 4), 4);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(day(2000, 1, 1)), static_cast<double>(day(2003, 1, 1)));
    const Layout all = layoutTimeline(lanes, scale, tallViewport(), {});
    LayoutParams params = tallViewport();
    params.scrollY = all.lanes[1].y + 1; // lane 0 scrolled out of view
    params.height = all.lanes[2].y - params.scrollY - 1; // lanes 2 and 3 below the fold
    const Layout some = layoutTimeline(lanes, scale, params, {});
    ASSERT_EQ(some.lanes.size(), all.lanes.size());
    for (std::size_t l = 0; l < all.lanes.size(); ++l) {
        EXPECT_DOUBLE_EQ(some.lanes[l].y, all.lanes[l].y - params.scrollY);
        EXPECT_DOUBLE_EQ(some.lanes[l].height, all.lanes[l].height);
    }
    EXPECT_DOUBLE_EQ(some.contentHeight, all.contentHeight);
    EXPECT_EQ(some.ranges[0].markers.size() + some.ranges[0].clusters.size(), 0U);
    EXPECT_EQ(some.ranges[2].markers.size() + some.ranges[2].clusters.size(), 0U);
    EXPECT_EQ(some.ranges[1].bars.size(), all.ranges[1].bars.size());
    EXPECT_EQ(some.ranges[1].clusters.size(), all.ranges[1].clusters.size());
    EXPECT_LT(some.recordCount(), all.recordCount());
}

TEST(TimelineLayout, RecordCountStaysBoundedForAMillionEventsZoomedOut)
{
    Dataset data;
    testing::fillSyntheticDataset(data, 1'000'000);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Forum, FilterMode::Hide, day(2025, 6, 1)});
    ASSERT_EQ(lanes.size(), 12U);
    TimeScale scale(kWidth, 0, 1);
    scale.fit(static_cast<double>(lanes.dataRange()->first), static_cast<double>(lanes.dataRange()->last));
    const LayoutParams params = tallViewport();
    const Layout layout = layoutTimeline(lanes, scale, params, measureTitles(data));

    const std::size_t bound = recordBound(lanes.size(), kWidth, params);
    EXPECT_LE(layout.recordCount(), bound);
    EXPECT_LE(layout.labels.size(), layout.bars.size() + layout.markers.size());
    // Every one of the million is accounted for, by count.
    std::size_t accounted = layout.bars.size() + layout.markers.size();
    for (const auto &c : layout.clusters) {
        accounted += c.count;
    }
    EXPECT_EQ(accounted, data.size());
    // Zoomed all the way out (200 years) the bound holds too.
    scale.zoomAt(kWidth / 2, 1e-9);
    EXPECT_LE(layoutTimeline(lanes, scale, params, measureTitles(data)).recordCount(), bound);
}

} // namespace
} // namespace ict::core::timeline
