#pragma once

// EDTF (ISO 8601-2 Extended Date/Time Format) parsing for the dates curators
// write in db/: level 0 and the level-1 features the data uses.
//
// Accepted:
//   2004, 2019-06, 1998-12-04           4-digit years 0000..9999 only
//   2023~  2026-03?  2004-06%           qualifier at the end: approximate,
//                                       uncertain, both
//   201X  20XX  2004-XX  1985-04-XX  1985-XX-XX
//                                       unspecified digits, right to left
//   A/B  ../B  A/..  /B  A/             intervals; '..' is open (unbounded),
//                                       an empty side is unknown
// Rejected with a message naming the unsupported form: negative and
// 'Y'-prefixed years, seasons (21..24), times, qualifiers or X inside a
// date (level 2), an interval without any dated end ('/', '../..').
//
// Parsing never allocates unless it fails (the builder parses a million
// synthetic events), and never throws.

#include "core/civildate.h"
#include "core/result.h"

#include <cstdint>
#include <string_view>

namespace ict::core {

// Sentinels for open and unknown interval ends: one day outside the range of
// dates an EDTF value can denote (0000-01-01 .. 9999-12-31), so they compare
// correctly against every real date and differences cannot overflow.
inline constexpr DayNumber kMinDay = daysFromCivil(0, 1, 1) - 1;   // -719529
inline constexpr DayNumber kMaxDay = daysFromCivil(9999, 12, 31) + 1; // 2932897

enum class DatePrecision : std::uint8_t { Year, Month, Day };

// One side of an interval, or a single date.
struct EdtfDate {
    // For a year with X digits, year holds the lowest year matched (201X ->
    // 2010); earliest/latest carry the full range. month and day are 0 when
    // not given or written as XX.
    int year = 0;
    int month = 0;
    int day = 0;
    // How much was written, X digits included: 2004-XX is Month, 1985-XX-XX
    // is Day, 201X is Year.
    DatePrecision precision = DatePrecision::Day;
    bool approximate = false;       // ~ or %
    bool uncertain = false;         // ? or %
    bool unspecifiedDigits = false; // any X
    DayNumber earliest = 0;         // first day this date may denote
    DayNumber latest = 0;           // last day (2019-06 -> 2019-06-30; 201X -> 2019-12-31)

    friend bool operator==(const EdtfDate &, const EdtfDate &) = default;
};

enum class EndKind : std::uint8_t {
    Date,    // a date is given
    Open,    // '..': the interval extends without bound
    Unknown, // empty: the end exists but is not known
};

// A parsed EDTF value: a single date, or an interval.
struct Edtf {
    bool isInterval = false;
    // For a single date, end == start and both kinds are Date. An Open or
    // Unknown side holds a default EdtfDate whose earliest and latest are
    // both the sentinel of that side (kMinDay for start, kMaxDay for end).
    EdtfDate start;
    EndKind startKind = EndKind::Date;
    EdtfDate end;
    EndKind endKind = EndKind::Date;

    // The whole span the value may cover; an open or unknown side reaches the
    // sentinel, so "/1985" is drawn (and filtered) like "../1985".
    constexpr DayNumber earliest() const noexcept
    {
        return startKind == EndKind::Date ? start.earliest : kMinDay;
    }
    constexpr DayNumber latest() const noexcept
    {
        return endKind == EndKind::Date ? end.latest : kMaxDay;
    }

    friend bool operator==(const Edtf &, const Edtf &) = default;
};

// A single date or an interval. Errors (ErrorCode::InvalidArgument) read
// "invalid date '<input>': <problem>" or "invalid interval '<input>': ..." /
// "reversed interval '<input>': start is after end"; an error in one side of
// an interval quotes that side.
Result<Edtf> parseEdtf(std::string_view text);

// A single date: no '/', no '..'.
Result<EdtfDate> parseEdtfDate(std::string_view text);

// The interval "startText/endText" without building that string, for records
// that keep start and end in separate fields (an event's end of ".." is an
// open end). Same rules and messages as parseEdtf on the joined text; neither
// side may contain '/'.
Result<Edtf> parseEdtfInterval(std::string_view startText, std::string_view endText);

} // namespace ict::core
