#pragma once

// The events of a database, in memory, laid out for the timeline: one column
// per attribute, every column in the same order (by earliest start day, then
// latest end day), so the layout binary-searches `starts()` and touches only
// the columns it draws. Text that the timeline never draws per frame
// (summaries, citations, votes, passages) stays in SQLite and is fetched on
// demand through TimelineDatabase; this keeps a million events in well under
// 400 MB.

#include "core/civildate.h"
#include "core/taxonomy.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ict::core {

using EventIndex = std::uint32_t;
using TopicMask = std::uint64_t; // bit i: the event has topic i; at most 64 topics

// Per-event date qualifiers, as bits, for drawing (faded ends, hatching).
namespace DateFlag {
inline constexpr std::uint8_t Interval = 1U << 0;          // has an end date of its own
inline constexpr std::uint8_t StartApproximate = 1U << 1;  // ~ or %
inline constexpr std::uint8_t StartUncertain = 1U << 2;    // ? or %
inline constexpr std::uint8_t EndApproximate = 1U << 3;
inline constexpr std::uint8_t EndUncertain = 1U << 4;
inline constexpr std::uint8_t OpenEnd = 1U << 5;           // '..' or unknown end: drawn up to today
inline constexpr std::uint8_t ImpreciseStart = 1U << 6;    // month or year precision
inline constexpr std::uint8_t ImpreciseEnd = 1U << 7;
} // namespace DateFlag

struct Forum {
    std::string slug;
    std::string name;
    int parent = -1; // index into Dataset::forums(), or -1
    std::string symbolPrefix;
};

struct Topic {
    std::string slug;
    std::string name;
};

class Dataset {
public:
    std::size_t size() const { return m_starts.size(); }
    bool empty() const { return m_starts.empty(); }

    // Columns, all of size(); starts() is sorted ascending.
    std::span<const DayNumber> starts() const { return m_starts; } // earliest day of the start
    std::span<const DayNumber> ends() const { return m_ends; }     // latest day of the end; >= start
    std::span<const std::uint16_t> forums() const { return m_forum; }
    std::span<const EventKind> kinds() const { return m_kind; }
    std::span<const Verification> statuses() const { return m_status; }
    std::span<const TopicMask> topicMasks() const { return m_topics; }
    std::span<const std::uint8_t> primaryTopics() const { return m_primaryTopic; }
    std::span<const std::uint8_t> dateFlags() const { return m_flags; }
    // Database row id of each event, to fetch its details.
    std::span<const std::int64_t> rowIds() const { return m_rowId; }

    std::string_view slug(EventIndex i) const { return text(m_slugSpans[i]); }
    std::string_view title(EventIndex i) const { return text(m_titleSpans[i]); }
    std::string_view startText(EventIndex i) const { return text(m_startTextSpans[i]); }
    std::string_view endText(EventIndex i) const { return text(m_endTextSpans[i]); } // empty: single date

    std::optional<EventIndex> findBySlug(std::string_view slug) const;
    std::optional<EventIndex> findByRowId(std::int64_t rowId) const;

    // Events whose [start, end] overlaps [from, to], in start order.
    std::vector<EventIndex> eventsBetween(DayNumber from, DayNumber to) const;
    std::vector<EventIndex> eventsOfForum(int forum, bool includeChildren = true) const;
    std::vector<EventIndex> eventsOfTopic(int topic) const;

    const std::vector<Forum> &forumList() const { return m_forums; }
    const std::vector<Topic> &topicList() const { return m_topics_; }
    std::optional<int> forumIndex(std::string_view slug) const;
    std::optional<int> topicIndex(std::string_view slug) const;
    // True when `forum` is `ancestor` or lies below it in the forum tree.
    bool forumWithin(int forum, int ancestor) const;

    // Earliest start and latest (finite) end over all events; {0,0} when empty.
    DayNumber firstDay() const;
    DayNumber lastDay() const;

    // ---- Building (the loader and the synthetic generator) ----------------
    struct EventRecord {
        std::int64_t rowId = 0;
        std::string_view slug, title, startText, endText;
        DayNumber start = 0, end = 0;
        std::uint16_t forum = 0;
        EventKind kind = EventKind::Other;
        Verification status = Verification::Verified;
        TopicMask topics = 0;
        std::uint8_t primaryTopic = 0;
        std::uint8_t flags = 0;
    };
    void setTaxonomy(std::vector<Forum> forums, std::vector<Topic> topics);
    void reserve(std::size_t events, std::size_t textBytes);
    // Records must arrive sorted by (start, end); the loader reads them so.
    void append(const EventRecord &record);
    // Sets an event's topic mask after the fact (topics come from their own table).
    void addTopic(EventIndex i, int topic);
    void setPrimaryTopic(EventIndex i, int topic) { m_primaryTopic[i] = static_cast<std::uint8_t>(topic); }
    // Builds the lookup indexes; call once after the last append.
    void finish();

private:
    struct TextSpan {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    std::string_view text(TextSpan s) const { return std::string_view(m_text).substr(s.offset, s.length); }
    TextSpan store(std::string_view s);

    std::vector<DayNumber> m_starts, m_ends;
    std::vector<std::uint16_t> m_forum;
    std::vector<EventKind> m_kind;
    std::vector<Verification> m_status;
    std::vector<TopicMask> m_topics;
    std::vector<std::uint8_t> m_primaryTopic;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::int64_t> m_rowId;
    std::vector<TextSpan> m_slugSpans, m_titleSpans, m_startTextSpans, m_endTextSpans;
    std::string m_text; // one arena for all short strings: no per-event allocation

    std::vector<EventIndex> m_bySlug;  // indexes sorted by slug, for findBySlug
    std::vector<EventIndex> m_byRowId; // indexes sorted by row id
    DayNumber m_maxDuration = 0;       // longest [start, end]: bounds the overlap search

    std::vector<Forum> m_forums;
    std::vector<Topic> m_topics_;
};

} // namespace ict::core
