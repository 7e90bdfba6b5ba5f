#include "core/civildate.h"

#include <gtest/gtest.h>

namespace ict::core {
namespace {

// The reference used below is deliberately naive (a leap rule and a month
// table written out again, and a day counter stepped one day at a time), so
// it shares no arithmetic with Hinnant's closed-form algorithms.
bool referenceIsLeap(int year)
{
    if (year % 400 == 0)
        return true;
    if (year % 100 == 0)
        return false;
    return year % 4 == 0;
}

int referenceDaysInMonth(int year, int month)
{
    switch (month) {
    case 2: return referenceIsLeap(year) ? 29 : 28;
    case 4: case 6: case 9: case 11: return 30;
    default: return 31;
    }
}

// Usable in constant expressions, so the axis can precompute tables.
static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(civilFromDays(0) == CivilDate{1970, 1, 1});
static_assert(weekdayFromDays(0) == 4);
static_assert(isLeapYear(2000));
static_assert(daysInMonth(2024, 2) == 29);

TEST(CivilDate, EpochIsDayZero)
{
    EXPECT_EQ(daysFromCivil(1970, 1, 1), 0);
    EXPECT_EQ(civilFromDays(0), (CivilDate{1970, 1, 1}));
}

TEST(CivilDate, DayBeforeEpochIsMinusOne)
{
    EXPECT_EQ(daysFromCivil(1969, 12, 31), -1);
    EXPECT_EQ(civilFromDays(-1), (CivilDate{1969, 12, 31}));
}

// Values computed independently (Python's datetime.date differences).
TEST(CivilDate, MatchesKnownDayNumbers)
{
    EXPECT_EQ(daysFromCivil(1998, 12, 4), 10564);
    EXPECT_EQ(daysFromCivil(2000, 3, 1), 11017);
    EXPECT_EQ(daysFromCivil(2000, 1, 1), 10957);
    EXPECT_EQ(daysFromCivil(2024, 2, 29), 19782);
    EXPECT_EQ(daysFromCivil(2019, 6, 30), 18077);
    EXPECT_EQ(daysFromCivil(1985, 4, 12), 5580);
    EXPECT_EQ(daysFromCivil(1964, 1, 1), -2192);
    EXPECT_EQ(daysFromCivil(1900, 3, 1), -25508);
    EXPECT_EQ(daysFromCivil(1600, 1, 1), -135140);
    EXPECT_EQ(daysFromCivil(1, 1, 1), -719162);
    EXPECT_EQ(daysFromCivil(0, 1, 1), -719528); // year 0 is a leap year
    EXPECT_EQ(daysFromCivil(9999, 12, 31), 2932896);
}

TEST(CivilDate, ConvertsKnownDayNumbersBack)
{
    EXPECT_EQ(civilFromDays(10564), (CivilDate{1998, 12, 4}));
    EXPECT_EQ(civilFromDays(11017), (CivilDate{2000, 3, 1}));
    EXPECT_EQ(civilFromDays(11016), (CivilDate{2000, 2, 29}));
    EXPECT_EQ(civilFromDays(-719162), (CivilDate{1, 1, 1}));
    EXPECT_EQ(civilFromDays(-719528), (CivilDate{0, 1, 1}));
    EXPECT_EQ(civilFromDays(2932896), (CivilDate{9999, 12, 31}));
}

TEST(CivilDate, RoundTripsEveryDayFrom1900To2100)
{
    const DayNumber first = daysFromCivil(1900, 1, 1);
    const DayNumber last = daysFromCivil(2100, 12, 31);
    ASSERT_EQ(last - first + 1, 201 * 365 + 49); // 49 leap years 1904..2096; 1900, 2100 not
    for (DayNumber day = first; day <= last; ++day) {
        const CivilDate civil = civilFromDays(day);
        ASSERT_EQ(daysFromCivil(civil.year, civil.month, civil.day), day) << "day " << day;
    }
}

// Walks every calendar day from 0000-01-01 to 9999-12-31 with the naive
// reference calendar and checks both directions against a running counter.
TEST(CivilDate, AgreesWithANaiveDayCounterForEveryDayOfYears0To9999)
{
    DayNumber expected = -719528; // 0000-01-01
    bool sawEpoch = false;
    for (int year = 0; year <= 9999; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const int length = referenceDaysInMonth(year, month);
            ASSERT_EQ(daysInMonth(year, month), length) << year << '-' << month;
            for (int day = 1; day <= length; ++day) {
                ASSERT_EQ(daysFromCivil(year, month, day), expected)
                    << year << '-' << month << '-' << day;
                ASSERT_EQ(civilFromDays(expected), (CivilDate{year, month, day})) << expected;
                if (expected == 0) {
                    EXPECT_EQ((CivilDate{year, month, day}), (CivilDate{1970, 1, 1}));
                    sawEpoch = true;
                }
                ++expected;
            }
        }
    }
    EXPECT_TRUE(sawEpoch);
    EXPECT_EQ(expected, daysFromCivil(10000, 1, 1));
}

TEST(CivilDate, HandlesDaysBeforeYearZero)
{
    EXPECT_EQ(daysFromCivil(-1, 12, 31), -719529);
    EXPECT_EQ(civilFromDays(-719529), (CivilDate{-1, 12, 31}));
    EXPECT_EQ(civilFromDays(daysFromCivil(-400, 2, 29)), (CivilDate{-400, 2, 29}));
}

TEST(CivilDate, Year1900IsNotALeapYear)
{
    EXPECT_FALSE(isLeapYear(1900));
    EXPECT_EQ(daysInMonth(1900, 2), 28);
}

TEST(CivilDate, Year2000IsALeapYear)
{
    EXPECT_TRUE(isLeapYear(2000));
    EXPECT_EQ(daysInMonth(2000, 2), 29);
}

TEST(CivilDate, Year2024IsALeapYear)
{
    EXPECT_TRUE(isLeapYear(2024));
    EXPECT_EQ(daysInMonth(2024, 2), 29);
}

TEST(CivilDate, LeapYearRuleMatchesTheReferenceForYears0To9999)
{
    EXPECT_FALSE(isLeapYear(2023));
    EXPECT_FALSE(isLeapYear(2100));
    EXPECT_TRUE(isLeapYear(1600));
    EXPECT_TRUE(isLeapYear(0));
    for (int year = 0; year <= 9999; ++year)
        ASSERT_EQ(isLeapYear(year), referenceIsLeap(year)) << year;
}

TEST(CivilDate, DaysInMonthFollowsTheCalendar)
{
    const int common[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; ++month) {
        EXPECT_EQ(daysInMonth(2023, month), common[month - 1]) << month;
        EXPECT_EQ(daysInMonth(2024, month), month == 2 ? 29 : common[month - 1]) << month;
    }
}

TEST(CivilDate, DaysInMonthIsZeroForAnInvalidMonth)
{
    EXPECT_EQ(daysInMonth(2024, 0), 0);
    EXPECT_EQ(daysInMonth(2024, 13), 0);
    EXPECT_EQ(daysInMonth(2024, -1), 0);
}

TEST(CivilDate, WeekdayOf1970_01_01IsThursday)
{
    EXPECT_EQ(weekdayFromDays(0), 4);
}

TEST(CivilDate, WeekdayIsCorrectBeforeTheEpoch)
{
    EXPECT_EQ(weekdayFromDays(-1), 3);                          // 1969-12-31 Wednesday
    EXPECT_EQ(weekdayFromDays(-3), 1);                          // 1969-12-29 Monday
    EXPECT_EQ(weekdayFromDays(-4), 7);                          // 1969-12-28 Sunday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(1, 1, 1)), 1);      // Monday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(1964, 1, 1)), 3);   // Wednesday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(1600, 1, 1)), 6);   // Saturday
}

TEST(CivilDate, WeekdayMatchesKnownDates)
{
    EXPECT_EQ(weekdayFromDays(daysFromCivil(2000, 1, 1)), 6);   // Saturday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(2024, 2, 29)), 4);  // Thursday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(2019, 6, 30)), 7);  // Sunday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(1998, 12, 4)), 5);  // Friday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(9999, 12, 31)), 5); // Friday
}

TEST(CivilDate, WeekdayCyclesMondayToSundayOverYears0To9999)
{
    // 0000-01-03 was a Monday: 0001-01-01, a Monday, is 52 weeks later.
    const DayNumber firstMonday = daysFromCivil(0, 1, 3);
    ASSERT_EQ(weekdayFromDays(firstMonday), 1);
    const DayNumber last = daysFromCivil(9999, 12, 31);
    for (DayNumber day = firstMonday; day <= last; ++day)
        ASSERT_EQ(weekdayFromDays(day), static_cast<int>((day - firstMonday) % 7) + 1) << day;
}

} // namespace
} // namespace ict::core
