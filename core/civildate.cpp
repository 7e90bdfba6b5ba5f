#include "core/civildate.h"

// The algorithms are constexpr and live in the header so the axis can inline
// them in its tick loops. This translation unit pins them to known day
// numbers at compile time, so a broken edit fails every build, not just the
// test run.

namespace ict::core {
namespace {

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(1969, 12, 31) == -1);
static_assert(daysFromCivil(1998, 12, 4) == 10564);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(daysFromCivil(1, 1, 1) == -719162);
static_assert(daysFromCivil(9999, 12, 31) == 2932896);
static_assert(civilFromDays(10564) == CivilDate{1998, 12, 4});
static_assert(civilFromDays(-719162) == CivilDate{1, 1, 1});
static_assert(weekdayFromDays(0) == 4);  // Thursday
static_assert(weekdayFromDays(-1) == 3); // Wednesday
static_assert(daysInMonth(2024, 2) == 29 && daysInMonth(2023, 2) == 28);
static_assert(!isLeapYear(1900) && isLeapYear(2000));

} // namespace
} // namespace ict::core
