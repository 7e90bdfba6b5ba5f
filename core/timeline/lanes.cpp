#include "core/timeline/lanes.h"

#include "core/edtf.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace ict::core::timeline {

namespace {

// Ends in ascending order without sorting all of them: events are in start
// order, so the ends of single-day events (end == start, most of them) are
// already sorted; only the intervals' ends need a sort, then one merge.
template <typename Keep>
std::vector<DayNumber> sortedEnds(std::span<const DayNumber> starts, std::span<const DayNumber> ends, Keep keep)
{
    std::vector<DayNumber> points;
    std::vector<DayNumber> intervals;
    points.reserve(ends.size());
    for (std::size_t p = 0; p < ends.size(); ++p) {
        if (!keep(p)) {
            continue;
        }
        (ends[p] == starts[p] ? points : intervals).push_back(ends[p]);
    }
    std::sort(intervals.begin(), intervals.end());
    std::vector<DayNumber> out;
    out.reserve(points.size() + intervals.size());
    std::merge(points.begin(), points.end(), intervals.begin(), intervals.end(), std::back_inserter(out));
    return out;
}

std::size_t countAtLeast(const std::vector<DayNumber> &sorted, DayNumber day)
{
    return static_cast<std::size_t>(sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), day));
}

// Key columns differ in type; one loop per type keeps the O(N) passes free of
// a per-event switch.
template <typename F>
void forEachKey(const Dataset &dataset, Grouping grouping, F &&f)
{
    switch (grouping) {
    case Grouping::Forum: {
        const auto col = dataset.forums();
        for (std::size_t i = 0; i < col.size(); ++i) {
            f(i, static_cast<std::size_t>(col[i]));
        }
        return;
    }
    case Grouping::Topic: {
        const auto col = dataset.primaryTopics();
        for (std::size_t i = 0; i < col.size(); ++i) {
            f(i, static_cast<std::size_t>(col[i]));
        }
        return;
    }
    case Grouping::Kind: {
        const auto col = dataset.kinds();
        for (std::size_t i = 0; i < col.size(); ++i) {
            f(i, static_cast<std::size_t>(col[i]));
        }
        return;
    }
    }
}

// Counts per key start at the taxonomy's size and grow for a stray key, so a
// small dataset does not pay for zeroing all 65536 possible forum keys.
std::size_t initialKeySpace(const Dataset &dataset, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Forum:
        return dataset.forumList().size();
    case Grouping::Topic:
        return dataset.topicList().size();
    case Grouping::Kind:
        return kEventKindSlugs.size();
    }
    return 0;
}

} // namespace

int laneKeyOf(const Dataset &dataset, Grouping grouping, EventIndex i)
{
    switch (grouping) {
    case Grouping::Forum:
        return dataset.forums()[i];
    case Grouping::Topic:
        return dataset.primaryTopics()[i];
    case Grouping::Kind:
        return static_cast<int>(dataset.kinds()[i]);
    }
    return 0;
}

std::size_t Lane::passingIn(std::size_t from, std::size_t to) const
{
    if (m_passingPrefix.empty()) {
        return to - from;
    }
    return m_passingPrefix[to] - m_passingPrefix[from];
}

std::size_t Lane::firstStartingAtOrAfter(DayNumber day) const
{
    return static_cast<std::size_t>(std::lower_bound(m_starts.begin(), m_starts.end(), day) - m_starts.begin());
}

std::size_t Lane::firstEndingAtOrAfter(std::size_t from, std::size_t to, DayNumber day) const
{
    return m_maxEnds.findFirstAtLeast(m_ends, from, to, day);
}

std::size_t Lane::countEndingAtOrAfter(DayNumber day) const
{
    return countAtLeast(m_sortedEnds, day);
}

std::size_t Lane::countPassingEndingAtOrAfter(DayNumber day) const
{
    return m_passes.empty() ? countEndingAtOrAfter(day) : countAtLeast(m_sortedPassingEnds, day);
}

std::size_t Lane::countOverlapping(DayNumber from, DayNumber to) const
{
    if (to < from) {
        return 0;
    }
    const std::size_t startingAfter = size() - firstStartingAtOrAfter(to + 1);
    return countEndingAtOrAfter(from) - startingAfter;
}

LaneSet LaneSet::build(const Dataset &dataset, std::span<const std::uint8_t> pass, const LaneBuildOptions &options,
                       std::span<const int> collapsedKeys)
{
    LaneSet set;
    set.m_dataset = &dataset;
    set.m_grouping = options.grouping;
    set.m_filterMode = options.filterMode;
    set.m_today = options.today;

    const bool dim = options.filterMode == FilterMode::Dim;
    // Entries missing from a short filter count as passing.
    auto passes = [&](std::size_t i) { return i >= pass.size() || pass[i] != 0; };
    auto included = [&](std::size_t i) { return dim || passes(i); };

    std::vector<std::uint32_t> counts(initialKeySpace(dataset, options.grouping), 0);
    forEachKey(dataset, options.grouping, [&](std::size_t i, std::size_t key) {
        if (!included(i)) {
            return;
        }
        if (key >= counts.size()) {
            counts.resize(key + 1, 0);
        }
        ++counts[key];
    });

    std::vector<std::int32_t> laneOf(counts.size(), -1);
    for (std::size_t key = 0; key < counts.size(); ++key) {
        if (counts[key] == 0) {
            continue;
        }
        laneOf[key] = static_cast<std::int32_t>(set.m_lanes.size());
        Lane &lane = set.m_lanes.emplace_back();
        lane.m_key = static_cast<int>(key);
        lane.m_collapsed = std::find(collapsedKeys.begin(), collapsedKeys.end(), lane.m_key) != collapsedKeys.end();
        lane.m_events.resize(counts[key]);
        lane.m_starts.resize(counts[key]);
        lane.m_ends.resize(counts[key]);
        if (dim) {
            lane.m_passes.resize(counts[key]);
        }
    }

    const auto starts = dataset.starts();
    const auto ends = dataset.ends();
    const auto flags = dataset.dateFlags();
    std::vector<std::uint32_t> cursor(set.m_lanes.size(), 0);
    forEachKey(dataset, options.grouping, [&](std::size_t i, std::size_t key) {
        if (!included(i)) {
            return;
        }
        const auto l = static_cast<std::size_t>(laneOf[key]);
        Lane &lane = set.m_lanes[l];
        const std::size_t c = cursor[l]++;
        const DayNumber start = starts[i];
        DayNumber end = ends[i];
        if ((flags[i] & DateFlag::OpenEnd) != 0 || end >= kMaxDay) {
            end = std::max(start, options.today);
        }
        lane.m_events[c] = static_cast<EventIndex>(i);
        lane.m_starts[c] = start;
        lane.m_ends[c] = end;
        if (dim) {
            lane.m_passes[c] = passes(i) ? 1 : 0;
        }
    });

    DayNumber first = std::numeric_limits<DayNumber>::max();
    DayNumber last = std::numeric_limits<DayNumber>::min();
    for (Lane &lane : set.m_lanes) {
        lane.m_sortedEnds = sortedEnds(lane.m_starts, lane.m_ends, [](std::size_t) { return true; });
        lane.m_maxEnds.build(lane.m_ends);
        if (dim) {
            lane.m_passingPrefix.resize(lane.size() + 1);
            lane.m_passingPrefix[0] = 0;
            for (std::size_t p = 0; p < lane.size(); ++p) {
                lane.m_passingPrefix[p + 1] = lane.m_passingPrefix[p] + lane.m_passes[p];
            }
            lane.m_sortedPassingEnds =
                sortedEnds(lane.m_starts, lane.m_ends, [&lane](std::size_t p) { return lane.m_passes[p] != 0; });
        }
        set.m_eventCount += lane.size();

        // An open start (kMinDay) is no date to fit to; its end is.
        const auto dated = std::upper_bound(lane.m_starts.begin(), lane.m_starts.end(), kMinDay);
        if (dated != lane.m_starts.end()) {
            first = std::min(first, *dated);
        }
        first = std::min(first, lane.m_sortedEnds.front());
        last = std::max(last, lane.m_sortedEnds.back());
    }
    if (!set.m_lanes.empty()) {
        set.m_range = DayRange{first, std::max(first, last)};
    }
    return set;
}

std::optional<std::size_t> LaneSet::laneOfKey(int key) const
{
    for (std::size_t l = 0; l < m_lanes.size(); ++l) {
        if (m_lanes[l].key() == key) {
            return l;
        }
    }
    return std::nullopt;
}

} // namespace ict::core::timeline
