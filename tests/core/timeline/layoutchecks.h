#pragma once

// Invariants every frame of the timeline layout must keep, checked by brute
// force against the dataset, and a random mix of events to check them on.

#include "core/edtf.h"
#include "core/timeline/timelinelayout.h"
#include "tests/core/timeline/timelinetestdata.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace ict::core::timeline::testing {

// Tests measure text as 7 px per character, as a small UI font would.
inline TextMeasure measureTitles(const Dataset &data)
{
    return [&data](EventIndex i) { return static_cast<float>(data.title(i).size()) * 7.0F; };
}

struct Extent {
    double x0, x1;
    std::string what;
};

// Records sharing a row, keyed by (lane, y).
inline std::map<std::pair<std::size_t, double>, std::vector<Extent>> rowsOf(const Layout &layout)
{
    std::map<std::pair<std::size_t, double>, std::vector<Extent>> rows;
    for (std::size_t l = 0; l < layout.lanes.size(); ++l) {
        const auto &r = layout.ranges[l];
        const std::size_t lane = layout.lanes[l].laneIndex;
        for (auto i = r.bars.begin; i < r.bars.end; ++i) {
            const auto &b = layout.bars[i];
            rows[{lane, b.y}].push_back({b.x0, b.x1, "bar " + std::to_string(b.event)});
        }
        for (auto i = r.markers.begin; i < r.markers.end; ++i) {
            const auto &m = layout.markers[i];
            rows[{lane, m.y}].push_back(
                {m.x - kMarkerRadiusPx, m.x + kMarkerRadiusPx, "marker " + std::to_string(m.event)});
        }
        for (auto i = r.clusters.begin; i < r.clusters.end; ++i) {
            const auto &c = layout.clusters[i];
            rows[{lane, c.y}].push_back({c.x0, c.x1, "cluster of " + std::to_string(c.count)});
        }
    }
    for (auto &[key, extents] : rows) {
        std::sort(extents.begin(), extents.end(), [](const Extent &a, const Extent &b) { return a.x0 < b.x0; });
    }
    return rows;
}

// The invariants every frame must keep.
inline void expectConsistent(const Dataset &data, const LaneSet &lanes, const TimeScale &scale, const Layout &layout,
                             std::span<const std::uint8_t> pass)
{
    const double d0 = scale.startDay();
    const double d1 = scale.endDay();
    EXPECT_EQ(layout.lanes.size(), lanes.size());
    for (std::size_t l = 0; l < layout.lanes.size(); ++l) {
        const Lane &lane = lanes[layout.lanes[l].laneIndex];
        // Brute force over the dataset: in the lane, in the range, passing.
        std::set<EventIndex> visible;
        for (EventIndex i = 0; i < data.size(); ++i) {
            if (laneKeyOf(data, lanes.grouping(), i) != lane.key() || (i < pass.size() && pass[i] == 0)) {
                continue;
            }
            DayNumber end = data.ends()[i];
            if ((data.dateFlags()[i] & DateFlag::OpenEnd) != 0 || end >= kMaxDay) {
                end = std::max(data.starts()[i], lanes.today());
            }
            if (static_cast<double>(data.starts()[i]) < d1 && static_cast<double>(end) + 1.0 > d0) {
                visible.insert(i);
            }
        }
        const auto &r = layout.ranges[l];
        std::size_t accounted = 0;
        std::set<EventIndex> drawn;
        for (auto i = r.bars.begin; i < r.bars.end; ++i) {
            EXPECT_TRUE(visible.count(layout.bars[i].event)) << "bar of an invisible event";
            EXPECT_TRUE(drawn.insert(layout.bars[i].event).second) << "event drawn twice";
            ++accounted;
        }
        for (auto i = r.markers.begin; i < r.markers.end; ++i) {
            EXPECT_TRUE(visible.count(layout.markers[i].event)) << "marker of an invisible event";
            EXPECT_TRUE(drawn.insert(layout.markers[i].event).second) << "event drawn twice";
            ++accounted;
        }
        for (auto i = r.clusters.begin; i < r.clusters.end; ++i) {
            EXPECT_TRUE(visible.count(layout.clusters[i].first)) << "cluster starting at an invisible event";
            EXPECT_FALSE(drawn.count(layout.clusters[i].first)) << "cluster's first event also drawn";
            EXPECT_GE(layout.clusters[i].count, 1U);
            accounted += layout.clusters[i].count;
        }
        EXPECT_EQ(accounted, visible.size()) << "lane " << lane.key() << " view " << d0 << ".." << d1;
        EXPECT_EQ(layout.lanes[l].visibleCount, visible.size());
    }

    // Nothing overlaps within a row.
    for (const auto &[key, extents] : rowsOf(layout)) {
        for (std::size_t i = 1; i < extents.size(); ++i) {
            EXPECT_LE(extents[i - 1].x1, extents[i].x0 + 1e-9)
                << extents[i - 1].what << " overlaps " << extents[i].what << " in lane " << key.first << " row y "
                << key.second;
        }
    }
}

// Labels overlap neither each other nor any other record in their row.
inline void expectLabelsClear(const Layout &layout)
{
    const auto rows = rowsOf(layout);
    for (std::size_t l = 0; l < layout.lanes.size(); ++l) {
        const auto &r = layout.ranges[l];
        std::vector<LabelRecord> labels(layout.labels.begin() + r.labels.begin, layout.labels.begin() + r.labels.end);
        std::sort(labels.begin(), labels.end(),
                  [](const auto &a, const auto &b) { return a.y != b.y ? a.y < b.y : a.x < b.x; });
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const auto &label = labels[i];
            EXPECT_GT(label.width, 0.0);
            if (i > 0 && labels[i - 1].y == label.y) {
                EXPECT_LE(labels[i - 1].x + labels[i - 1].width, label.x) << "labels overlap";
            }
            const auto row = rows.find({layout.lanes[l].laneIndex, label.y});
            ASSERT_NE(row, rows.end());
            for (const auto &e : row->second) {
                if (label.insideBar && e.what == "bar " + std::to_string(label.event)) {
                    EXPECT_GE(label.x, e.x0);
                    EXPECT_LE(label.x + label.width, e.x1);
                    continue;
                }
                const bool overlaps = label.x < e.x1 - 1e-9 && label.x + label.width > e.x0 + 1e-9;
                EXPECT_FALSE(overlaps) << "label of " << label.event << " runs into " << e.what;
            }
        }
    }
}

// A lane with a bit of everything: bursts of single days, short and long
// intervals, month precision, open ends and starts, events long before the
// view.
inline std::vector<TestEvent> mixedEvents(std::uint32_t seed, std::size_t count, std::uint16_t lanes)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<DayNumber> anyDay(day(1995, 1, 1), day(2026, 1, 1));
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> burst(0, 30);
    std::uniform_int_distribution<int> lane(0, lanes - 1);
    std::lognormal_distribution<double> length(2.0, 2.0);
    std::vector<TestEvent> events;
    DayNumber burstDay = anyDay(rng);
    for (std::size_t i = 0; i < count; ++i) {
        if (percent(rng) < 5) {
            burstDay = anyDay(rng);
        }
        TestEvent e;
        e.start = percent(rng) < 60 ? burstDay + burst(rng) : anyDay(rng);
        e.end = e.start;
        e.forum = static_cast<std::uint16_t>(lane(rng));
        e.title = std::string(static_cast<std::size_t>(3 + percent(rng) % 40), 'x');
        const int kind = percent(rng);
        if (kind < 20) {
            e.end = e.start + static_cast<DayNumber>(length(rng));
        } else if (kind < 23) {
            e.end = kMaxDay;
            e.flags = DateFlag::OpenEnd;
        } else if (kind < 28) {
            const CivilDate c = civilFromDays(e.start);
            e.start = day(c.year, c.month, 1);
            e.end = day(c.year, c.month, daysInMonth(c.year, c.month));
            e.flags = DateFlag::ImpreciseStart | DateFlag::ImpreciseEnd;
        } else if (kind < 29) {
            e.start = kMinDay; // "../1999": an open start
        }
        events.push_back(e);
    }
    return events;
}

} // namespace ict::core::timeline::testing
