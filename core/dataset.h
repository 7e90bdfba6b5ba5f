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

    std::string_view slug(EventIndex i) const { return text(i, 0); }
    std::string_view title(EventIndex i) const { return text(i, 1); }
    std::string_view startText(EventIndex i) const { return text(i, 2); }
    std::string_view endText(EventIndex i) const { return text(i, 3); } // empty: single date

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
    // Sizes every column for `events` and the text arena for `textBytes`
    // (0: unknown; an estimate per event is used and the arena grows past it
    // if needed). Reserved memory is faulted in ahead of use, in large steps.
    void reserve(std::size_t events, std::size_t textBytes);
    // Records must arrive sorted by (start, end); the loader reads them so.
    void append(const EventRecord &record);
    // Sets an event's topic mask after the fact (topics come from their own table).
    void addTopic(EventIndex i, int topic);
    void setPrimaryTopic(EventIndex i, int topic) { m_primaryTopic[i] = static_cast<std::uint8_t>(topic); }
    // Both at once, for loaders that gathered an event's topics elsewhere.
    void setTopics(EventIndex i, TopicMask topics, std::uint8_t primaryTopic)
    {
        m_topics[i] = topics;
        m_primaryTopic[i] = primaryTopic;
    }
    // Builds the lookup indexes (findBySlug, findByRowId); call once after
    // the last append. Topics may still be set afterwards.
    void finish();

private:
    // Event i's texts start at m_text[m_textStart[i]]: their four lengths
    // (slug, title, start, end) as LEB128 varints, one byte each below 128,
    // then the four strings back to back. Four bytes per event plus a short
    // header instead of four (offset, length) pairs: 24 MB less to write
    // when a million events load.
    std::string_view text(EventIndex i, unsigned which) const
    {
        const char *p = m_text.data() + m_textStart[i];
        std::size_t skip = 0;
        std::uint32_t length = 0;
        for (unsigned k = 0; k <= which; ++k) {
            skip += length;
            length = 0;
            for (unsigned shift = 0;; shift += 7) {
                const auto byte = static_cast<unsigned char>(*p++);
                length |= static_cast<std::uint32_t>(byte & 0x7FU) << shift;
                if ((byte & 0x80U) == 0) {
                    break;
                }
            }
        }
        // p is past the lengths read so far; skip the ones not read.
        for (unsigned k = which + 1; k < 4; ++k) {
            while ((static_cast<unsigned char>(*p++) & 0x80U) != 0) {
            }
        }
        return {p + skip, length};
    }
    std::uint32_t store(const EventRecord &record);

    std::vector<DayNumber> m_starts, m_ends;
    std::vector<std::uint16_t> m_forum;
    std::vector<EventKind> m_kind;
    std::vector<Verification> m_status;
    std::vector<TopicMask> m_topics;
    std::vector<std::uint8_t> m_primaryTopic;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::int64_t> m_rowId;
    std::vector<std::uint32_t> m_textStart;
    std::string m_text; // one arena for all short strings: no per-event allocation
    std::size_t m_textPrefaulted = 0; // bytes of m_text's capacity already faulted in
    const char *m_textBuffer = nullptr; // m_text.data() when m_textPrefaulted was set

    // findBySlug: (32-bit hash of the slug) << 32 | event index, ascending.
    // Sorting a million integers costs a fraction of sorting a million
    // strings; a lookup compares the few slugs that share its hash.
    std::vector<std::uint64_t> m_slugKeys;
    // The slugs' hashes in event order, taken in append() while the slug is
    // at hand (the loader appends on its own thread); finish() sorts them
    // into m_slugKeys and frees this.
    std::vector<std::uint32_t> m_slugHashes;
    // findByRowId: indexes sorted by row id; empty when the row ids already
    // ascend in event order (databases written in time order, such as
    // synthetic ones), where m_rowId itself is searched.
    std::vector<EventIndex> m_byRowId;
    bool m_rowIdsAscending = true;
    DayNumber m_maxDuration = 0; // longest [start, end]: bounds the overlap search

    std::vector<Forum> m_forums;
    std::vector<Topic> m_topics_;
};

} // namespace ict::core
