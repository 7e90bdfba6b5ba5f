#include "core/synth/dates.h"

#include "core/edtf.h"
#include "core/synth/random.h"
#include "core/synth/vocabulary.h"

#include <algorithm>
#include <cassert>
#include <span>

namespace ict::core::synth {

namespace {

constexpr std::uint64_t kDateStream = 1;

struct Session {
    DayNumber start = 0;
    std::int32_t length = 1;
    std::uint16_t forum = 0;
};

// Every session of every forum in every year it is active, with cumulative
// weights for drawing one in proportion to its weight.
struct Calendar {
    std::vector<Session> sessions;
    std::vector<std::uint32_t> cumulative; // cumulative[i]: total weight of sessions 0..i
};

// Activity grows roughly quadratically from 1990 to today; the curve matters
// only in that the 1990s are sparse and the 2020s dense.
constexpr std::uint32_t yearWeight(int year)
{
    const auto y = static_cast<std::uint32_t>(year - kFirstYear);
    return 20 + y * y;
}

Calendar buildCalendar()
{
    Calendar c;
    std::uint64_t total = 0;
    const auto all = forums();
    for (std::size_t f = 0; f < all.size(); ++f) {
        const ForumSpec &forum = all[f];
        for (int year = forum.firstYear; year <= forum.lastYear; ++year) {
            for (const SessionPattern &p : forum.sessions) {
                total += static_cast<std::uint64_t>(forum.weight) * yearWeight(year)
                    * static_cast<std::uint64_t>(p.weight);
                c.sessions.push_back(
                    {daysFromCivil(year, p.month, p.day), p.lengthDays, static_cast<std::uint16_t>(f)});
                c.cumulative.push_back(static_cast<std::uint32_t>(total));
            }
        }
    }
    // The weights are constants: this holds for every seed or never.
    assert(total < (std::uint64_t {1} << 32));
    return c;
}

template <typename T> std::size_t drawCumulative(Rng &rng, const std::vector<T> &cumulative)
{
    const auto x = rng.below(static_cast<std::uint32_t>(cumulative.back()));
    return static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
}

EventKind drawKind(Rng &rng, std::span<const KindWeight> kinds)
{
    int total = 0;
    for (const KindWeight &k : kinds) {
        total += k.weight;
    }
    int x = static_cast<int>(rng.below(static_cast<std::uint32_t>(total)));
    for (const KindWeight &k : kinds) {
        if (x < k.weight) {
            return k.kind;
        }
        x -= k.weight;
    }
    return kinds.back().kind;
}

// Meetings last days or weeks; what lasts months or years is a process: a
// session of a standing body, a negotiation, something else.
constexpr KindWeight kShortIntervalKinds[]
    = {{EventKind::Meeting, 50}, {EventKind::Session, 40}, {EventKind::Other, 10}};
constexpr KindWeight kLongIntervalKinds[]
    = {{EventKind::Session, 60}, {EventKind::Other, 25}, {EventKind::DraftTabled, 15}};
constexpr DayNumber kLongInterval = 30;

DayNumber earliestOf(DayNumber day, Precision p)
{
    if (p == Precision::Day) {
        return day;
    }
    const CivilDate c = civilFromDays(day);
    return daysFromCivil(c.year, p == Precision::Month ? c.month : 1, 1);
}

DayNumber latestOf(DayNumber day, Precision p)
{
    if (p == Precision::Day) {
        return day;
    }
    const CivilDate c = civilFromDays(day);
    const int month = p == Precision::Month ? c.month : 12;
    return daysFromCivil(c.year, month, daysInMonth(c.year, month));
}

// A single date is known to the day nine times in ten; the rest are months
// and years, often qualified: "2019-06", "2017-06?", "2023~".
void drawSinglePrecision(Rng &rng, EventDraft &d)
{
    const auto r = rng.below(100);
    if (r < 89) {
        d.startPrecision = Precision::Day;
        if (rng.permille(30)) {
            d.startQualifier = rng.below(3) < 2 ? Qualifier::Uncertain : Qualifier::Approximate;
        }
    } else if (r < 96) {
        d.startPrecision = Precision::Month;
        if (rng.percent(20)) {
            d.startQualifier = rng.percent(60) ? Qualifier::Uncertain : Qualifier::Approximate;
        }
    } else {
        d.startPrecision = Precision::Year;
        if (rng.percent(35)) {
            const auto q = rng.below(10);
            d.startQualifier = q < 7 ? Qualifier::Approximate : q < 9 ? Qualifier::Uncertain : Qualifier::Both;
        }
    }
    d.endPrecision = d.startPrecision;
    d.endQualifier = d.startQualifier;
}

void drawInterval(Rng &rng, const Session &session, DayNumber day, EventDraft &d)
{
    const ForumSpec &forum = forums()[session.forum];
    DayNumber start = day;
    DayNumber end = day;
    if (session.length >= 3 && rng.percent(45)) {
        // The session itself.
        start = session.start;
        end = session.start + session.length - 1;
        d.kind = rng.percent(75) ? EventKind::Session : EventKind::Meeting;
    } else {
        // Days to years, log-uniform in powers of two (1 .. 2047 days), so
        // short meetings are common and multi-year processes rare.
        const std::uint32_t octave = rng.below(11);
        end = start + static_cast<DayNumber>((1U << octave) + rng.below(1U << octave));
        d.kind = drawKind(rng,
            end - start > kLongInterval ? std::span<const KindWeight>(kLongIntervalKinds)
                                        : std::span<const KindWeight>(kShortIntervalKinds));
    }
    // Nothing outlives its forum: a 2004-2005 expert group's work ends in 2005.
    start = std::clamp(start, kFirstDay, kLastDay);
    end = std::min(end, std::min(kLastDay, daysFromCivil(forum.lastYear, 12, 31)));
    if (end <= start) {
        drawSinglePrecision(rng, d); // no room for an interval at the very end of the range
        d.startDay = static_cast<std::int32_t>(start);
        d.endDay = d.startDay;
        return;
    }
    // A few long processes of forums still at work have no end yet ('..').
    const bool ongoing = end - start > kLongInterval && forum.lastYear == kLastYear && rng.percent(3);
    d.shape = ongoing ? Shape::OpenInterval : Shape::Interval;
    if (ongoing || (end - start > kLongInterval && d.kind == EventKind::Meeting)) {
        d.kind = rng.percent(70) ? EventKind::Session : EventKind::Other;
    }
    d.startDay = static_cast<std::int32_t>(start);
    d.endDay = static_cast<std::int32_t>(end);
    if (end - start > 365) {
        // Long processes are often known only to the month or the year.
        const auto r = rng.below(100);
        const bool sameYear = civilFromDays(start).year == civilFromDays(end).year;
        if (r < 30) {
            d.startPrecision = d.endPrecision = Precision::Month;
        } else if (r < 40 && !sameYear) {
            d.startPrecision = d.endPrecision = Precision::Year;
        }
    }
    if (rng.percent(3)) {
        d.startQualifier = rng.percent(50) ? Qualifier::Approximate : Qualifier::Uncertain;
    }
    if (d.shape == Shape::Interval && rng.percent(3)) {
        d.endQualifier = rng.percent(50) ? Qualifier::Approximate : Qualifier::Uncertain;
    }
}

EventDraft drawEvent(Rng &rng, const Calendar &calendar)
{
    const Session &session = calendar.sessions[drawCumulative(rng, calendar.cumulative)];
    EventDraft d;
    d.forum = session.forum;
    DayNumber day = 0;
    const auto length = static_cast<std::uint32_t>(session.length);
    const auto r = rng.below(100);
    if (r < 8) {
        // Anywhere in the session's year: the background between sessions.
        day = daysFromCivil(civilFromDays(session.start).year, 1, 1) + rng.below(365);
    } else if (r < 55) {
        day = session.start + rng.below(length);
    } else if (r < 85) {
        // The last days of a session: votes, adoptions, closing statements.
        const std::uint32_t tail = std::max<std::uint32_t>(1, length / 5);
        day = session.start + (length - tail) + rng.below(tail);
    } else {
        // Preparations and follow-up.
        day = session.start - 10 + rng.below(length + 20);
    }
    day = std::clamp(day, kFirstDay, kLastDay);
    d.kind = drawKind(rng, kindsOf(forums()[session.forum].kinds));
    if (rng.percent(20)) {
        drawInterval(rng, session, day, d);
    } else {
        d.startDay = d.endDay = static_cast<std::int32_t>(day);
        drawSinglePrecision(rng, d);
    }
    d.startEarliest = earliestOf(d.startDay, d.startPrecision);
    d.endLatest = d.shape == Shape::OpenInterval ? kMaxDay : latestOf(d.endDay, d.endPrecision);
    return d;
}

char qualifierChar(Qualifier q)
{
    switch (q) {
    case Qualifier::Approximate:
        return '~';
    case Qualifier::Uncertain:
        return '?';
    case Qualifier::Both:
        return '%';
    case Qualifier::None:
        break;
    }
    return '\0';
}

void appendDigits(std::string &out, int value, int width)
{
    char buf[4];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buf, static_cast<std::size_t>(width));
}

} // namespace

std::vector<EventDraft> drawEvents(std::size_t count, std::uint64_t seed)
{
    const Calendar calendar = buildCalendar();
    Rng rng(streamSeed(seed, kDateStream));
    std::vector<EventDraft> drafts;
    drafts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        EventDraft d = drawEvent(rng, calendar);
        d.sequence = static_cast<std::uint32_t>(i);
        drafts.push_back(d);
    }
    // The key is a total order, so any correct sort gives the same sequence.
    std::sort(drafts.begin(), drafts.end(), [](const EventDraft &a, const EventDraft &b) {
        if (a.startEarliest != b.startEarliest) {
            return a.startEarliest < b.startEarliest;
        }
        if (a.endLatest != b.endLatest) {
            return a.endLatest < b.endLatest;
        }
        return a.sequence < b.sequence;
    });
    return drafts;
}

void appendEdtf(std::string &out, DayNumber day, Precision precision, Qualifier qualifier)
{
    const CivilDate c = civilFromDays(day);
    appendDigits(out, c.year, 4);
    if (precision != Precision::Year) {
        out += '-';
        appendDigits(out, c.month, 2);
    }
    if (precision == Precision::Day) {
        out += '-';
        appendDigits(out, c.day, 2);
    }
    if (qualifier != Qualifier::None) {
        out += qualifierChar(qualifier);
    }
}

void startEdtf(std::string &out, const EventDraft &draft)
{
    appendEdtf(out, draft.startDay, draft.startPrecision, draft.startQualifier);
}

void endEdtf(std::string &out, const EventDraft &draft)
{
    if (draft.shape == Shape::OpenInterval) {
        out += "..";
    } else if (draft.shape == Shape::Interval) {
        appendEdtf(out, draft.endDay, draft.endPrecision, draft.endQualifier);
    }
}

int startYear(const EventDraft &draft)
{
    return civilFromDays(draft.startDay).year;
}

} // namespace ict::core::synth
