#pragma once

// When synthetic events happen. Events are drawn around the sessions of
// their forum's calendar (vocabulary.h), weighted towards recent years as
// real activity is, with a share spread over whole years so that no period
// is empty. About 80 % are single dates (some of month or year precision,
// some approximate or uncertain), 20 % intervals from days to years.

#include "core/civildate.h"
#include "core/taxonomy.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ict::core::synth {

enum class Precision : std::uint8_t { Day, Month, Year };
enum class Qualifier : std::uint8_t { None, Approximate, Uncertain, Both }; // '', '~', '?', '%'
enum class Shape : std::uint8_t { Single, Interval, OpenInterval };

// One event as far as it is decided before sorting: its dates, forum and
// kind. Everything else is drawn later, in start order, from the event's own
// random stream.
struct EventDraft {
    DayNumber startEarliest = 0; // first day the start may denote: the first sort key
    DayNumber endLatest = 0; // last day the end may denote (kMaxDay when open)
    std::uint32_t sequence = 0; // draw order: the last sort key, so equal dates never depend on the sort algorithm
    std::int32_t startDay = 0; // the day drawn, before month or year precision coarsens it
    std::int32_t endDay = 0;
    std::uint16_t forum = 0; // index into forums()
    EventKind kind = EventKind::Other;
    Shape shape = Shape::Single;
    Precision startPrecision = Precision::Day;
    Precision endPrecision = Precision::Day;
    Qualifier startQualifier = Qualifier::None;
    Qualifier endQualifier = Qualifier::None;
};

inline constexpr DayNumber kFirstDay = daysFromCivil(1990, 1, 1);
inline constexpr DayNumber kLastDay = daysFromCivil(2026, 12, 31);

// `count` events drawn from `seed`, sorted by (startEarliest, endLatest,
// sequence): the order of their row ids.
std::vector<EventDraft> drawEvents(std::size_t count, std::uint64_t seed);

// EDTF text of one side: 2019-06-12, 2019-06, 2019, with ~ ? % appended.
void appendEdtf(std::string &out, DayNumber day, Precision precision, Qualifier qualifier);

// The start_edtf and end_edtf (empty for a single date; ".." when open) of a draft.
void startEdtf(std::string &out, const EventDraft &draft);
void endEdtf(std::string &out, const EventDraft &draft);

// The year of the day a draft's start was drawn on.
int startYear(const EventDraft &draft);

} // namespace ict::core::synth
