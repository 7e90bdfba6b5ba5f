#include "core/timeline/navigation.h"
#include "core/timeline/overview.h"

#include "tests/core/timeline/timelinetestdata.h"

#include <gtest/gtest.h>

namespace ict::core::timeline {
namespace {

using testing::day;

class NavigationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        testing::fillDataset(m_data, {{day(2001, 1, 1), day(2001, 1, 1)},
                                      {day(2002, 1, 1), day(2002, 1, 1)},
                                      {day(2003, 1, 1), day(2003, 1, 1)},
                                      {day(2004, 1, 1), day(2004, 1, 1)}});
    }
    Dataset m_data;
    std::vector<std::uint8_t> m_pass{1, 0, 0, 1};
};

TEST_F(NavigationTest, NextEventSkipsEventsThatFailTheFilter)
{
    EXPECT_EQ(nextEvent(m_data, m_pass, 0U, Direction::Forward), 3U);
    EXPECT_EQ(nextEvent(m_data, m_pass, 3U, Direction::Backward), 0U);
}

TEST_F(NavigationTest, NextEventStopsAtEitherEnd)
{
    EXPECT_FALSE(nextEvent(m_data, m_pass, 3U, Direction::Forward).has_value());
    EXPECT_FALSE(nextEvent(m_data, m_pass, 0U, Direction::Backward).has_value());
}

TEST_F(NavigationTest, WithoutASelectionNavigationStartsAtTheFirstOrLastEvent)
{
    EXPECT_EQ(nextEvent(m_data, m_pass, std::nullopt, Direction::Forward), 0U);
    EXPECT_EQ(nextEvent(m_data, m_pass, std::nullopt, Direction::Backward), 3U);
    EXPECT_EQ(nextEvent(m_data, {}, 1U, Direction::Forward), 2U); // no filter: every event
}

TEST_F(NavigationTest, DensityHistogramCountsPassingEventsByStartDay)
{
    // Bins of a year each, from mid-2000: one event in the middle of each.
    const double from = static_cast<double>(day(2000, 7, 1));
    const double to = static_cast<double>(day(2004, 7, 1));
    const auto all = densityHistogram(m_data, {}, from, to, 4);
    EXPECT_EQ(all, (std::vector<std::uint32_t>{1, 1, 1, 1}));
    const auto passing = densityHistogram(m_data, m_pass, from, to, 2);
    EXPECT_EQ(passing, (std::vector<std::uint32_t>{1, 1}));
    EXPECT_TRUE(densityHistogram(m_data, {}, 10.0, 10.0, 4).empty());
}

} // namespace
} // namespace ict::core::timeline
