#pragma once

// The events of a Dataset split into the timeline's lanes, once per change of
// grouping or filter (O(N)), so that every frame can work per lane on
// contiguous, start-sorted arrays with binary search and never touches the
// events it does not draw.
//
// Lanes come in taxonomy order (forum, topic or kind index order). A lane
// exists only when it has at least one event to show: in FilterMode::Hide a
// lane whose events all fail the filter is omitted; in FilterMode::Dim the
// lane keeps all its events and marks which pass, so the layout can draw the
// rest dimmed.
//
// Open and unknown ends are stored "up to today" (the day given at build
// time), so the layout's search for long intervals sees the span that is
// actually drawn. Rebuild when the day changes.

#include "core/dataset.h"
#include "core/timeline/maxendindex.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ict::core::timeline {

enum class Grouping : std::uint8_t {
    Forum, // Dataset::forums(), each forum its own lane (children too)
    Topic, // Dataset::primaryTopics()
    Kind,  // Dataset::kinds()
};

enum class FilterMode : std::uint8_t {
    Hide, // events that fail the filter are not in any lane
    Dim,  // every event is in its lane; Lane::passes() tells which to dim
};

struct LaneBuildOptions {
    Grouping grouping = Grouping::Forum;
    FilterMode filterMode = FilterMode::Hide;
    DayNumber today = 0; // open ends are drawn up to this day
};

// Days [first, last], both inclusive.
struct DayRange {
    DayNumber first = 0;
    DayNumber last = 0;
};

class Lane {
public:
    int key() const { return m_key; } // forum, topic or kind index, by grouping
    bool collapsed() const { return m_collapsed; }
    std::size_t size() const { return m_events.size(); }
    std::size_t passingCount() const { return m_passingPrefix.empty() ? size() : m_passingPrefix.back(); }

    // Columns in lane order (= Dataset order: by start, then end).
    std::span<const EventIndex> events() const { return m_events; }
    std::span<const DayNumber> starts() const { return m_starts; }
    std::span<const DayNumber> ends() const { return m_ends; } // as drawn: open ends at today

    // Always true in FilterMode::Hide.
    bool passes(std::size_t pos) const { return m_passes.empty() || m_passes[pos] != 0; }
    // How many of the positions [from, to) pass, in O(1).
    std::size_t passingIn(std::size_t from, std::size_t to) const;

    // First position whose start is >= day (size() if none).
    std::size_t firstStartingAtOrAfter(DayNumber day) const;
    // First position in [from, to) whose end is >= day (`to` if none).
    std::size_t firstEndingAtOrAfter(std::size_t from, std::size_t to, DayNumber day) const;
    // How many events end on or after day / of those, how many pass: O(log n).
    std::size_t countEndingAtOrAfter(DayNumber day) const;
    std::size_t countPassingEndingAtOrAfter(DayNumber day) const;
    // Events whose [start, end] meets [from, to]: O(log n). An event that
    // ends on or after `from` either starts after `to` or overlaps.
    std::size_t countOverlapping(DayNumber from, DayNumber to) const;

private:
    friend class LaneSet;

    int m_key = 0;
    bool m_collapsed = false;
    std::vector<EventIndex> m_events;
    std::vector<DayNumber> m_starts;
    std::vector<DayNumber> m_ends;
    std::vector<DayNumber> m_sortedEnds;        // for O(log n) counts of running events
    MaxEndIndex m_maxEnds;
    // FilterMode::Dim only (empty otherwise):
    std::vector<std::uint8_t> m_passes;
    std::vector<std::uint32_t> m_passingPrefix; // size() + 1 entries
    std::vector<DayNumber> m_sortedPassingEnds;
};

class LaneSet {
public:
    LaneSet() = default;

    // `pass` has one entry per event (1 = passes the filter) or is empty for
    // "all pass". `collapsedKeys` are lane keys (stable across filters,
    // unlike lane positions). The Dataset must outlive the LaneSet.
    static LaneSet build(const Dataset &dataset, std::span<const std::uint8_t> pass, const LaneBuildOptions &options,
                         std::span<const int> collapsedKeys = {});

    const Dataset *dataset() const { return m_dataset; }
    Grouping grouping() const { return m_grouping; }
    FilterMode filterMode() const { return m_filterMode; }
    DayNumber today() const { return m_today; }

    std::span<const Lane> lanes() const { return m_lanes; }
    std::size_t size() const { return m_lanes.size(); }
    bool empty() const { return m_lanes.empty(); }
    const Lane &operator[](std::size_t lane) const { return m_lanes[lane]; }

    // Collapsing is a view change, not a filter change: no rebuild.
    void setCollapsed(std::size_t lane, bool collapsed) { m_lanes[lane].m_collapsed = collapsed; }
    std::optional<std::size_t> laneOfKey(int key) const;

    std::size_t eventCount() const { return m_eventCount; }
    // First start and last end as drawn over all lanes, ignoring the
    // open-interval sentinels (kMinDay, kMaxDay); nullopt when there is no
    // dated event. What "fit to data" should show.
    std::optional<DayRange> dataRange() const { return m_range; }

private:
    const Dataset *m_dataset = nullptr;
    Grouping m_grouping = Grouping::Forum;
    FilterMode m_filterMode = FilterMode::Hide;
    DayNumber m_today = 0;
    std::vector<Lane> m_lanes;
    std::size_t m_eventCount = 0;
    std::optional<DayRange> m_range;
};

// The lane key of event i under a grouping.
int laneKeyOf(const Dataset &dataset, Grouping grouping, EventIndex i);

} // namespace ict::core::timeline
