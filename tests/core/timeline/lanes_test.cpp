#include "core/timeline/lanes.h"

#include "core/edtf.h"
#include "tests/core/timeline/timelinetestdata.h"

#include <gtest/gtest.h>

#include <random>

namespace ict::core::timeline {
namespace {

using testing::day;
using testing::TestEvent;

std::vector<TestEvent> threeForums()
{
    return {
        {day(2001, 1, 1), day(2001, 1, 1), 2},
        {day(2000, 1, 1), day(2000, 6, 1), 0},
        {day(2002, 1, 1), day(2002, 1, 1), 0},
        {day(2003, 1, 1), day(2003, 1, 1), 3, 0, EventKind::Meeting, 5},
    };
}

TEST(LaneSet, GroupsByForumInTaxonomyOrderAndOmitsEmptyLanes)
{
    Dataset data;
    testing::fillDataset(data, threeForums());
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Forum});
    ASSERT_EQ(lanes.size(), 3U); // forum 1 has no events
    EXPECT_EQ(lanes[0].key(), 0);
    EXPECT_EQ(lanes[1].key(), 2);
    EXPECT_EQ(lanes[2].key(), 3);
    EXPECT_EQ(lanes[0].size(), 2U);
    EXPECT_EQ(lanes.eventCount(), 4U);
    EXPECT_TRUE(std::is_sorted(lanes[0].starts().begin(), lanes[0].starts().end()));
    EXPECT_EQ(lanes.laneOfKey(2), 1U);
    EXPECT_FALSE(lanes.laneOfKey(1).has_value());
}

TEST(LaneSet, AForumOutsideTheTaxonomyStillGetsItsLane)
{
    Dataset data;
    testing::fillDataset(data, {{day(2001, 1, 1), day(2001, 1, 1), 700}, {day(2002, 1, 1), day(2002, 1, 1), 1}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Forum});
    ASSERT_EQ(lanes.size(), 2U);
    EXPECT_EQ(lanes[0].key(), 1);
    EXPECT_EQ(lanes[1].key(), 700);
}

TEST(LaneSet, GroupsByPrimaryTopicOrByKind)
{
    Dataset data;
    testing::fillDataset(data, threeForums());
    const auto byTopic = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Topic});
    ASSERT_EQ(byTopic.size(), 2U);
    EXPECT_EQ(byTopic[0].key(), 0);
    EXPECT_EQ(byTopic[1].key(), 5);
    const auto byKind = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Kind});
    ASSERT_EQ(byKind.size(), 2U);
    EXPECT_EQ(byKind[0].key(), static_cast<int>(EventKind::Meeting));
    EXPECT_EQ(byKind[1].key(), static_cast<int>(EventKind::Other));
}

TEST(LaneSet, HideModeDropsFilteredEventsAndTheLanesLeftEmpty)
{
    Dataset data;
    testing::fillDataset(data, threeForums());
    std::vector<std::uint8_t> pass(data.size(), 1);
    pass[*data.findBySlug("event-1")] = 0; // the only event of forum 2
    const auto lanes = LaneSet::build(data, pass, LaneBuildOptions{Grouping::Forum, FilterMode::Hide});
    ASSERT_EQ(lanes.size(), 2U);
    EXPECT_EQ(lanes[1].key(), 3);
    EXPECT_EQ(lanes.eventCount(), 3U);
}

TEST(LaneSet, DimModeKeepsEveryEventAndMarksThoseThatPass)
{
    Dataset data;
    testing::fillDataset(data, threeForums());
    std::vector<std::uint8_t> pass(data.size(), 1);
    pass[0] = 0; // the 2000 interval in forum 0
    const auto lanes = LaneSet::build(data, pass, LaneBuildOptions{Grouping::Forum, FilterMode::Dim});
    ASSERT_EQ(lanes.size(), 3U);
    EXPECT_EQ(lanes[0].size(), 2U);
    EXPECT_EQ(lanes[0].passingCount(), 1U);
    EXPECT_FALSE(lanes[0].passes(0));
    EXPECT_TRUE(lanes[0].passes(1));
    EXPECT_EQ(lanes[0].passingIn(0, 2), 1U);
}

TEST(LaneSet, OpenEndsRunUntilToday)
{
    Dataset data;
    testing::fillDataset(data, {{day(2015, 1, 1), kMaxDay, 0, DateFlag::OpenEnd},
                                {day(2030, 1, 1), kMaxDay, 0, DateFlag::OpenEnd}});
    const DayNumber today = day(2024, 5, 1);
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{Grouping::Forum, FilterMode::Hide, today});
    EXPECT_EQ(lanes[0].ends()[0], today);
    EXPECT_EQ(lanes[0].ends()[1], day(2030, 1, 1)); // starts after today: a single day
    ASSERT_TRUE(lanes.dataRange().has_value());
    EXPECT_EQ(lanes.dataRange()->first, day(2015, 1, 1));
    EXPECT_EQ(lanes.dataRange()->last, day(2030, 1, 1));
}

TEST(LaneSet, DataRangeIgnoresAnOpenStart)
{
    Dataset data;
    testing::fillDataset(data, {{kMinDay, day(1985, 1, 1), 0}, {day(1990, 1, 1), day(1990, 1, 1), 0}});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    ASSERT_TRUE(lanes.dataRange().has_value());
    EXPECT_EQ(lanes.dataRange()->first, day(1985, 1, 1));
    EXPECT_EQ(lanes.dataRange()->last, day(1990, 1, 1));
}

TEST(LaneSet, EmptyDatasetHasNoLanesAndNoRange)
{
    Dataset data;
    testing::fillDataset(data, {});
    const auto lanes = LaneSet::build(data, {}, LaneBuildOptions{});
    EXPECT_TRUE(lanes.empty());
    EXPECT_FALSE(lanes.dataRange().has_value());
}

TEST(LaneSet, CollapsedKeysCollapseTheirLanesAndCollapsingNeedsNoRebuild)
{
    Dataset data;
    testing::fillDataset(data, threeForums());
    const int collapsed[] = {2};
    auto lanes = LaneSet::build(data, {}, LaneBuildOptions{}, collapsed);
    EXPECT_FALSE(lanes[0].collapsed());
    EXPECT_TRUE(lanes[1].collapsed());
    lanes.setCollapsed(0, true);
    EXPECT_TRUE(lanes[0].collapsed());
}

// Random lanes checked against brute force: the O(log n) counts and the
// max-end search the layout relies on.
TEST(LaneSet, CountsAndLongIntervalSearchAgreeWithABruteForceScan)
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> startDay(0, 2000);
    std::uniform_int_distribution<int> shortLength(0, 5);
    std::uniform_int_distribution<int> longLength(0, 900);
    std::uniform_int_distribution<int> coin(0, 9);
    std::vector<TestEvent> events;
    for (int i = 0; i < 3000; ++i) {
        const DayNumber s = startDay(rng);
        events.push_back({s, s + (coin(rng) == 0 ? longLength(rng) : shortLength(rng)), 0});
    }
    Dataset data;
    testing::fillDataset(data, events);
    std::vector<std::uint8_t> pass(data.size());
    for (auto &p : pass) {
        p = coin(rng) < 7 ? 1 : 0;
    }
    const auto lanes = LaneSet::build(data, pass, LaneBuildOptions{Grouping::Forum, FilterMode::Dim});
    const Lane &lane = lanes[0];
    for (int trial = 0; trial < 300; ++trial) {
        const DayNumber from = startDay(rng) - 100;
        const DayNumber to = from + longLength(rng);
        std::size_t overlapping = 0, ending = 0, passingEnding = 0;
        for (std::size_t p = 0; p < lane.size(); ++p) {
            overlapping += lane.starts()[p] <= to && lane.ends()[p] >= from ? 1U : 0U;
            ending += lane.ends()[p] >= from ? 1U : 0U;
            passingEnding += lane.ends()[p] >= from && lane.passes(p) ? 1U : 0U;
        }
        EXPECT_EQ(lane.countOverlapping(from, to), overlapping);
        EXPECT_EQ(lane.countEndingAtOrAfter(from), ending);
        EXPECT_EQ(lane.countPassingEndingAtOrAfter(from), passingEnding);

        const std::size_t a = static_cast<std::size_t>(startDay(rng)) % lane.size();
        const std::size_t b = std::min(lane.size(), a + static_cast<std::size_t>(longLength(rng)) * 3);
        std::size_t expected = b;
        for (std::size_t p = a; p < b; ++p) {
            if (lane.ends()[p] >= to) {
                expected = p;
                break;
            }
        }
        EXPECT_EQ(lane.firstEndingAtOrAfter(a, b, to), expected) << a << ".." << b << " >= " << to;
    }
}

} // namespace
} // namespace ict::core::timeline

namespace ict::core::timeline {
namespace {

TEST(MaxEndIndex, FindsTheFirstLateEndLikeALinearScanAtEverySize)
{
    std::mt19937 rng(11);
    std::uniform_int_distribution<DayNumber> value(0, 1000);
    for (std::size_t size : {0U, 1U, 2U, 15U, 16U, 17U, 255U, 256U, 257U, 4097U}) {
        std::vector<DayNumber> ends(size);
        for (auto &e : ends) {
            e = value(rng);
        }
        MaxEndIndex index;
        index.build(ends);
        for (int trial = 0; trial < 200; ++trial) {
            const std::size_t from = size == 0 ? 0 : static_cast<std::size_t>(value(rng)) % (size + 1);
            const std::size_t to = std::min(size, from + static_cast<std::size_t>(value(rng)) * 5);
            const DayNumber threshold = 900 + value(rng) / 8;
            std::size_t expected = to;
            for (std::size_t p = from; p < to; ++p) {
                if (ends[p] >= threshold) {
                    expected = p;
                    break;
                }
            }
            EXPECT_EQ(index.findFirstAtLeast(ends, from, to, threshold), expected)
                << "size " << size << " [" << from << ", " << to << ") >= " << threshold;
        }
    }
}

} // namespace
} // namespace ict::core::timeline
