#include "core/timeline/timescale.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ict::core::timeline {
namespace {

constexpr double kWidth = 1600.0;
const double k1998 = static_cast<double>(daysFromCivil(1998, 12, 4));

TEST(TimeScale, RoundTripsTimeAndPixelWithinAPixelAtEveryZoomLevel)
{
    // From a day across 200 px to 200 years across the width, in 5 % steps.
    TimeScale scale(kWidth, k1998, TimeScale(kWidth, 0, 1).minDaysPerPixel());
    int levels = 0;
    for (;;) {
        for (double x : {0.0, 0.5, 1.0, 333.3, 800.0, 1599.0, 1600.0}) {
            EXPECT_NEAR(scale.x(scale.day(x)), x, 1.0) << "days per px " << scale.daysPerPixel();
            // And a day number maps to a pixel that maps back to within a pixel's worth of days.
            const double day = scale.day(x);
            EXPECT_NEAR(scale.day(scale.x(day)), day, scale.daysPerPixel());
        }
        ++levels;
        const double before = scale.daysPerPixel();
        scale.zoomAt(kWidth / 2, 1.0 / 1.05);
        if (scale.daysPerPixel() == before) {
            break;
        }
    }
    EXPECT_GT(levels, 100);
    EXPECT_NEAR(scale.daysPerPixel() * kWidth, 200 * TimeScale::kDaysPerYear, 1e-6);
}

TEST(TimeScale, ZoomAtKeepsTheDayUnderTheAnchorFixed)
{
    TimeScale scale(kWidth, k1998, 2.0);
    for (double anchor : {0.0, 123.4, 800.0, 1599.0}) {
        for (double factor : {1.25, 3.0, 0.8, 0.2}) {
            const double before = scale.day(anchor);
            scale.zoomAt(anchor, factor);
            EXPECT_NEAR(scale.day(anchor), before, 1e-6 * std::abs(before)) << anchor << " x" << factor;
            EXPECT_NEAR(scale.x(before), anchor, 1e-6);
        }
    }
}

TEST(TimeScale, ZoomStopsAtADayOf200PixelsAndAt200YearsAcross)
{
    TimeScale scale(kWidth, k1998, 1.0);
    scale.zoomAt(10.0, 1e9);
    EXPECT_DOUBLE_EQ(scale.pixelsPerDay(), TimeScale::kMaxPixelsPerDay);
    scale.zoomAt(10.0, 1e-12);
    EXPECT_NEAR(scale.endDay() - scale.startDay(), TimeScale::kMaxVisibleYears * TimeScale::kDaysPerYear, 1e-6);
}

TEST(TimeScale, PanMovesTheContentWithTheDrag)
{
    TimeScale scale(kWidth, k1998, 3.0);
    const double x = scale.x(k1998 + 300.0);
    scale.pan(50.0);
    EXPECT_NEAR(scale.x(k1998 + 300.0), x + 50.0, 1e-9);
    scale.pan(-80.0);
    EXPECT_NEAR(scale.x(k1998 + 300.0), x - 30.0, 1e-9);
}

TEST(TimeScale, PanStopsAtTheEdgesOfTheWorld)
{
    TimeScale scale(kWidth, k1998, 3.0);
    scale.pan(1e12);
    EXPECT_DOUBLE_EQ(scale.startDay(), TimeScale::kWorldFirstDay);
    scale.pan(-1e12);
    EXPECT_NEAR(scale.endDay(), TimeScale::kWorldLastDay, 1e-6);
}

TEST(TimeScale, FitShowsTheWholeRangeInsideTheMargins)
{
    TimeScale scale(kWidth, 0.0, 1.0);
    const double first = static_cast<double>(daysFromCivil(1998, 1, 1));
    const double last = static_cast<double>(daysFromCivil(2025, 12, 31));
    scale.fit(first, last, 24.0);
    EXPECT_NEAR(scale.x(first), 24.0, 1e-6);
    EXPECT_NEAR(scale.x(last + 1.0), kWidth - 24.0, 1e-6);
}

TEST(TimeScale, FitAroundASingleDayShowsWeeksAroundIt)
{
    TimeScale scale(kWidth, 0.0, 1.0);
    scale.fit(k1998, k1998);
    const double visible = scale.endDay() - scale.startDay();
    EXPECT_GE(visible, TimeScale::kMinFitDays);
    EXPECT_LT(visible, 2.0 * TimeScale::kMinFitDays);
    EXPECT_NEAR(scale.x(k1998 + 0.5), kWidth / 2.0, 1e-6); // the day in the middle
}

TEST(TimeScale, ResizingKeepsTheLeftEdgeAndTheScale)
{
    TimeScale scale(kWidth, k1998, 2.0);
    scale.setWidth(800.0);
    EXPECT_DOUBLE_EQ(scale.startDay(), k1998);
    EXPECT_DOUBLE_EQ(scale.daysPerPixel(), 2.0);
}

TEST(TimeScale, ZeroWidthAndNonsenseInputStayFinite)
{
    TimeScale scale(0.0, k1998, 0.0);
    EXPECT_TRUE(std::isfinite(scale.x(k1998 + 10)));
    scale.zoomAt(0.0, 0.0);
    scale.zoomAt(0.0, std::nan(""));
    scale.fit(k1998, k1998 - 100);
    EXPECT_TRUE(std::isfinite(scale.daysPerPixel()));
    EXPECT_GT(scale.daysPerPixel(), 0.0);
}

} // namespace
} // namespace ict::core::timeline
