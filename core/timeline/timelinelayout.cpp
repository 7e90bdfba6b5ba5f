#include "core/timeline/timelinelayout.h"

#include "core/timeline/lanesweep.h"

#include <algorithm>
#include <cmath>

namespace ict::core::timeline {

void Layout::clear()
{
    lanes.clear();
    bars.clear();
    markers.clear();
    clusters.clear();
    labels.clear();
    ranges.clear();
    contentHeight = 0.0;
    todayX = 0.0;
}

namespace {

std::uint32_t count32(std::size_t n)
{
    return static_cast<std::uint32_t>(n);
}


// An expanded lane keeps one row even when nothing is in view, so lanes do
// not jump as the view pans over a gap.
double laneHeight(const Lane &lane, const LaneSweepResult &result, const LayoutParams &params)
{
    // A lane with nothing in view shrinks to its header: zoomed in on one
    // week, a reader should not scroll past a dozen empty rows to reach the
    // lane that has something to show.
    const int drawnRows = result.visibleCount == 0 ? 0 : std::max(1, result.rows);
    const int rows = lane.collapsed() ? 0 : drawnRows + (result.overflow ? 1 : 0);
    return params.laneHeaderHeight + static_cast<double>(rows) * params.rowHeight;
}

} // namespace

void layoutTimeline(const LaneSet &lanes, const TimeScale &scale, const LayoutParams &params,
                    const TextMeasure &measure, Layout &out)
{
    out.clear();
    out.lanes.reserve(lanes.size());
    out.ranges.reserve(lanes.size());
    out.todayX = scale.x(static_cast<double>(lanes.today()) + 0.5);

    const double contentTop = params.top - params.scrollY;
    double y = contentTop;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const Lane &lane = lanes[l];
        const std::uint32_t bars = count32(out.bars.size());
        const std::uint32_t markers = count32(out.markers.size());
        const std::uint32_t clusters = count32(out.clusters.size());
        const std::uint32_t labels = count32(out.labels.size());

        // Lanes outside the viewport are measured, not emitted: their height
        // still places the lanes below them. A lane that starts above the
        // top is measured first and emitted only if it reaches into view.
        bool emit = y >= params.top && y < params.height;
        LaneSweepResult result;
        if (!emit) {
            result = LaneSweep(lanes, l, scale, params, measure, y, nullptr).run();
            emit = y < params.top && y + laneHeight(lane, result, params) > params.top;
        }
        if (emit) {
            result = LaneSweep(lanes, l, scale, params, measure, y, &out).run();
        }
        const double height = laneHeight(lane, result, params);

        LaneRecord record;
        record.laneIndex = l;
        record.key = lane.key();
        record.y = y;
        record.height = height;
        record.eventCount = count32(lane.size());
        record.visibleCount = result.visibleCount;
        record.rows = lane.collapsed() ? 0 : result.rows;
        record.overflow = result.overflow;
        record.collapsed = lane.collapsed();
        out.lanes.push_back(record);

        out.ranges.push_back(Layout::Range{{bars, count32(out.bars.size())},
                                           {markers, count32(out.markers.size())},
                                           {clusters, count32(out.clusters.size())},
                                           {labels, count32(out.labels.size())}});

        y += height + params.laneGap;
    }
    out.contentHeight = lanes.empty() ? 0.0 : y - contentTop - params.laneGap;
}

Layout layoutTimeline(const LaneSet &lanes, const TimeScale &scale, const LayoutParams &params,
                      const TextMeasure &measure)
{
    Layout out;
    layoutTimeline(lanes, scale, params, measure, out);
    return out;
}

std::size_t recordBound(std::size_t laneCount, double width, const LayoutParams &params)
{
    // Per row, consecutive records start at least kFoldBelowPx apart (a
    // marker and its gap, a bar at least kMinBarWidthPx wide and its gap, or
    // a new fold window); a row also holds at most one record that starts
    // left of the view and one that ends right of it.
    const auto perRow = static_cast<std::size_t>(std::ceil(std::max(width, 0.0) / kFoldBelowPx)) + 3;
    const auto rows = static_cast<std::size_t>(std::max(0, params.maxRowsPerLane)) + 1;
    return laneCount * rows * perRow;
}

std::optional<Hit> hitTest(const Layout &layout, double x, double y)
{
    // Lanes are laid out top to bottom: binary search the one under y.
    const auto lane = std::upper_bound(layout.lanes.begin(), layout.lanes.end(), y,
                                       [](double value, const LaneRecord &r) { return value < r.y; });
    if (lane == layout.lanes.begin()) {
        return std::nullopt;
    }
    const auto l = static_cast<std::size_t>(lane - layout.lanes.begin()) - 1;
    const LaneRecord &record = layout.lanes[l];
    if (y >= record.y + record.height) {
        return std::nullopt;
    }
    const Layout::Range &range = layout.ranges[l];
    auto inRow = [y](double top, double height) { return y >= top && y < top + height; };

    // Markers are drawn on top: the nearest one within reach wins.
    std::optional<Hit> best;
    double bestDistance = kMarkerRadiusPx + kHitSlopPx;
    for (auto i = range.markers.begin; i < range.markers.end; ++i) {
        const MarkerRecord &m = layout.markers[i];
        const double distance = std::abs(m.x - x);
        if (inRow(m.y, m.height) && distance <= bestDistance) {
            bestDistance = distance;
            best = Hit{Hit::Kind::Marker, m.event, 1, record.laneIndex, i};
        }
    }
    if (best) {
        return best;
    }
    for (auto i = range.bars.begin; i < range.bars.end; ++i) {
        const BarRecord &b = layout.bars[i];
        if (inRow(b.y, b.height) && x >= b.x0 - kHitSlopPx && x <= b.x1 + kHitSlopPx) {
            return Hit{Hit::Kind::Bar, b.event, 1, record.laneIndex, i};
        }
    }
    for (auto i = range.labels.begin; i < range.labels.end; ++i) {
        const LabelRecord &t = layout.labels[i];
        if (inRow(t.y, t.height) && x >= t.x && x <= t.x + t.width) {
            return Hit{Hit::Kind::Label, t.event, 1, record.laneIndex, i};
        }
    }
    for (auto i = range.clusters.begin; i < range.clusters.end; ++i) {
        const ClusterRecord &c = layout.clusters[i];
        if (inRow(c.y, c.height) && x >= c.x0 - kHitSlopPx && x <= c.x1 + kHitSlopPx) {
            return Hit{Hit::Kind::Cluster, c.first, c.count, record.laneIndex, i};
        }
    }
    return std::nullopt;
}

} // namespace ict::core::timeline
