#pragma once

// Calendar arithmetic on plain integers. The timeline axis and the EDTF parser
// work in day numbers so that comparing, subtracting and bucketing dates is
// integer arithmetic; these functions are the only place that knows about
// months and leap years. The calendar is proleptic Gregorian throughout
// (historical Julian dates are not converted), which is what EDTF specifies.
//
// Algorithms after Howard Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (http://howardhinnant.github.io/date_algorithms.html). They are
// exact for every date whose year fits in an int, negative years included
// (year 0 is 1 BCE), so any year the app can show is well inside their range.

#include <cstdint>

namespace ict::core {

// Days since 1970-01-01: 1970-01-01 is 0, 1969-12-31 is -1.
using DayNumber = std::int64_t;

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    friend constexpr bool operator==(const CivilDate &, const CivilDate &) = default;
};

constexpr bool isLeapYear(int year) noexcept
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// month must be 1..12; anything else yields 0 so that a caller validating
// "day <= daysInMonth" rejects the date instead of reading out of bounds.
constexpr int daysInMonth(int year, int month) noexcept
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && isLeapYear(year))
        return 29;
    return kDays[month - 1];
}

// The arguments are not validated: an out-of-range month or day is folded
// arithmetically (e.g. day 0 is the last day of the previous month for
// months after February). Validate with daysInMonth first when it matters.
constexpr DayNumber daysFromCivil(int year, int month, int day) noexcept
{
    // Counting years from March puts the leap day at the end of the year, so
    // the day-of-year formula needs no leap correction.
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;                              // [0, 399]
    const std::int64_t shiftedMonth = month > 2 ? month - 3 : month + 9;       // March = 0
    const std::int64_t dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;     // [0, 365]
    const std::int64_t dayOfEra =
        yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;          // [0, 146096]
    return era * 146097 + dayOfEra - 719468;
}

constexpr CivilDate civilFromDays(DayNumber days) noexcept
{
    const std::int64_t z = days + 719468; // shift the epoch to 0000-03-01
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;                            // [0, 146096]
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
    const std::int64_t dayOfYear =
        dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);        // [0, 365]
    const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;               // [0, 11]
    const std::int64_t day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;     // [1, 31]
    const std::int64_t month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return CivilDate{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

// ISO 8601 weekday: Monday = 1 ... Sunday = 7. Week ticks on the axis start
// on Mondays, as ISO weeks do.
constexpr int weekdayFromDays(DayNumber days) noexcept
{
    // 1970-01-01 was a Thursday (4); a floored modulo keeps days before the
    // epoch in range.
    std::int64_t r = (days + 3) % 7;
    if (r < 0)
        r += 7;
    return static_cast<int>(r) + 1;
}

} // namespace ict::core
