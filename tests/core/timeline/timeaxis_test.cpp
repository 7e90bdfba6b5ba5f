#include "core/timeline/timeaxis.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ict::core::timeline {
namespace {

constexpr double kWidth = 1600.0;
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

float sevenPxPerChar(const QString &text)
{
    return static_cast<float>(text.size()) * 7.0F;
}

// A view from half a day before `first`, so that no boundary sits exactly on
// an edge.
TimeScale showing(DayNumber first, double days, double width = kWidth)
{
    return TimeScale(width, static_cast<double>(first) - 0.5, days / width);
}

std::vector<AxisTick> majors(const std::vector<AxisTick> &ticks)
{
    std::vector<AxisTick> out;
    std::copy_if(ticks.begin(), ticks.end(), std::back_inserter(out), [](const AxisTick &t) { return t.major; });
    return out;
}

TEST(TimeAxis, ThirtyYearsReadAsDecades)
{
    const auto scale = showing(daysFromCivil(1995, 3, 1), 30 * 365.25);
    EXPECT_EQ(axisLevelsFor(scale.pixelsPerDay()).major, AxisLevel::Decade);
    EXPECT_EQ(axisLevelsFor(scale.pixelsPerDay()).minor, AxisLevel::Year);
    const auto ticks = majors(axisTicks(scale, sevenPxPerChar, kEnglish));
    ASSERT_EQ(ticks.size(), 3U); // 2000, 2010, 2020
    EXPECT_EQ(ticks[0].label, QStringLiteral("2000"));
    EXPECT_EQ(ticks[2].label, QStringLiteral("2020"));
}

TEST(TimeAxis, AFewYearsReadAsYearsOrQuarters)
{
    EXPECT_EQ(axisLevelsFor(showing(0, 10 * 365.25).pixelsPerDay()).major, AxisLevel::Year);
    EXPECT_EQ(axisLevelsFor(showing(0, 3 * 365.25).pixelsPerDay()).major, AxisLevel::Quarter);
}

TEST(TimeAxis, OneYearReadsAsMonthsWithWeeksBetween)
{
    const auto scale = showing(daysFromCivil(2019, 1, 1), 365);
    const auto levels = axisLevelsFor(scale.pixelsPerDay());
    EXPECT_EQ(levels.major, AxisLevel::Month);
    EXPECT_EQ(levels.minor, AxisLevel::Week);
    const auto ticks = majors(axisTicks(scale, sevenPxPerChar, kEnglish));
    ASSERT_EQ(ticks.size(), 12U);
    EXPECT_EQ(ticks[0].label, QStringLiteral("Jan 2019"));
    EXPECT_EQ(ticks[6].label, QStringLiteral("Jul 2019"));
}

TEST(TimeAxis, TwoWeeksReadAsDays)
{
    const auto scale = showing(daysFromCivil(1998, 11, 28), 14);
    EXPECT_EQ(axisLevelsFor(scale.pixelsPerDay()).major, AxisLevel::Day);
    const auto ticks = majors(axisTicks(scale, sevenPxPerChar, kEnglish));
    ASSERT_EQ(ticks.size(), 14U);
    EXPECT_EQ(ticks[6].label, QStringLiteral("4 Dec"));
}

TEST(TimeAxis, DaysAndWeeksNameTheirMonthAndYearAtTheLeftEdge)
{
    // Two weeks from 28 Nov 1998: the labels say "4 Dec", the context the
    // month the view starts in.
    const auto days = showing(daysFromCivil(1998, 11, 28), 14);
    const AxisContext context = axisContext(days, sevenPxPerChar, kEnglish);
    EXPECT_EQ(context.label, QStringLiteral("November 1998"));
    EXPECT_FLOAT_EQ(context.labelWidth, 13 * 7.0F);
    EXPECT_DOUBLE_EQ(context.labelX, kAxisLabelPadPx);
    // No tick label starts under it.
    const double contextRight = context.labelX + static_cast<double>(context.labelWidth);
    const auto ticks = majors(axisTicks(days, sevenPxPerChar, kEnglish, context));
    ASSERT_EQ(ticks.size(), 14U);
    EXPECT_TRUE(ticks[0].label.isEmpty()); // 28 Nov, at x = 57: under "November 1998"
    EXPECT_FALSE(ticks[2].label.isEmpty());
    for (const auto &tick : ticks) {
        if (!tick.label.isEmpty()) {
            EXPECT_GE(tick.labelX, contextRight + kAxisLabelGapPx);
        }
    }
    // Weeks, too; the month at the left edge, not the first full one.
    EXPECT_EQ(axisContext(showing(daysFromCivil(2019, 6, 30), 60), sevenPxPerChar, kEnglish).label,
              QStringLiteral("June 2019"));
    // Russian: the standalone name, capitalised as a heading.
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    EXPECT_EQ(axisContext(showing(daysFromCivil(2022, 2, 28), 12), sevenPxPerChar, russian).label,
              QStringLiteral("Февраль 2022"));
}

TEST(TimeAxis, MonthsAndCoarserNeedNoContextTheirLabelsHaveTheYear)
{
    for (double days : {365.0, 3 * 365.25, 10 * 365.25, 30 * 365.25}) {
        EXPECT_TRUE(axisContext(showing(daysFromCivil(2019, 1, 1), days), sevenPxPerChar, kEnglish).label.isEmpty())
            << days << " days";
    }
}

TEST(TimeAxis, AMonthReadsAsWeeksStartingOnMondays)
{
    const auto scale = showing(daysFromCivil(2019, 6, 1), 60);
    EXPECT_EQ(axisLevelsFor(scale.pixelsPerDay()).major, AxisLevel::Week);
    for (const auto &tick : majors(axisTicks(scale, sevenPxPerChar, kEnglish))) {
        const auto day = static_cast<DayNumber>(std::llround(scale.day(tick.x)));
        EXPECT_EQ(weekdayFromDays(day), 1);
    }
}

TEST(TimeAxis, BoundariesFallOnCalendarUnits)
{
    const DayNumber d = daysFromCivil(2019, 8, 14);
    EXPECT_EQ(firstBoundaryAtOrAfter(AxisLevel::Month, d), daysFromCivil(2019, 9, 1));
    EXPECT_EQ(firstBoundaryAtOrAfter(AxisLevel::Month, daysFromCivil(2019, 9, 1)), daysFromCivil(2019, 9, 1));
    EXPECT_EQ(firstBoundaryAtOrAfter(AxisLevel::Quarter, d), daysFromCivil(2019, 10, 1));
    EXPECT_EQ(firstBoundaryAtOrAfter(AxisLevel::Year, d), daysFromCivil(2020, 1, 1));
    EXPECT_EQ(firstBoundaryAtOrAfter(AxisLevel::Decade, d), daysFromCivil(2020, 1, 1));
    EXPECT_EQ(firstBoundaryAtOrAfter(AxisLevel::Decade, daysFromCivil(2020, 1, 2)), daysFromCivil(2030, 1, 1));
    EXPECT_EQ(weekdayFromDays(firstBoundaryAtOrAfter(AxisLevel::Week, d)), 1);
    EXPECT_EQ(nextBoundary(AxisLevel::Quarter, daysFromCivil(2019, 10, 1)), daysFromCivil(2020, 1, 1));
    EXPECT_EQ(nextBoundary(AxisLevel::Month, daysFromCivil(2019, 12, 1)), daysFromCivil(2020, 1, 1));
}

TEST(TimeAxis, LabelsFollowTheLocale)
{
    const DayNumber d = daysFromCivil(1998, 12, 4);
    EXPECT_EQ(axisLabel(AxisLevel::Year, d, kEnglish), QStringLiteral("1998"));
    EXPECT_EQ(axisLabel(AxisLevel::Month, daysFromCivil(1998, 12, 1), kEnglish), QStringLiteral("Dec 1998"));
    EXPECT_EQ(axisLabel(AxisLevel::Quarter, daysFromCivil(2019, 7, 1), kEnglish), QStringLiteral("Q3 2019"));
    EXPECT_EQ(axisLabel(AxisLevel::Day, d, kEnglish), QStringLiteral("4 Dec"));
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_TRUE(axisLabel(AxisLevel::Month, daysFromCivil(1998, 12, 1), german).startsWith(QStringLiteral("Dez")));
}

TEST(TimeAxis, LabelsNeverOverlapAtAnyZoom)
{
    for (double width : {300.0, 1000.0, 1600.0}) {
        TimeScale scale(width, static_cast<double>(daysFromCivil(1900, 1, 1)), 1e9);
        for (int step = 0; step < 400; ++step) {
            const AxisContext context = axisContext(scale, sevenPxPerChar, kEnglish);
            const auto ticks = axisTicks(scale, sevenPxPerChar, kEnglish, context);
            double lastRight = context.label.isEmpty() ? -1e300 : context.labelX + context.labelWidth;
            double lastX = -1e300;
            std::size_t labelled = 0;
            for (const auto &tick : ticks) {
                EXPECT_GE(tick.x, lastX) << "ticks ascend";
                lastX = tick.x;
                EXPECT_GE(tick.x, 0.0);
                EXPECT_LE(tick.x, width);
                if (tick.label.isEmpty()) {
                    continue;
                }
                EXPECT_TRUE(tick.major);
                EXPECT_GE(tick.labelX, lastRight + kAxisLabelGapPx) << "at " << scale.daysPerPixel() << " d/px";
                lastRight = tick.labelX + static_cast<double>(tick.labelWidth);
                ++labelled;
            }
            EXPECT_GE(labelled, 1U) << "at " << scale.daysPerPixel() << " d/px";
            EXPECT_LE(ticks.size(), static_cast<std::size_t>(width / kMinMinorStepPx) + 2);
            scale.zoomAt(width / 3, 1.06);
        }
    }
}

} // namespace
} // namespace ict::core::timeline
