#include "core/timeline/lanesweep.h"

#include <algorithm>
#include <cmath>

namespace ict::core::timeline {

namespace {

double toDouble(DayNumber day) { return static_cast<double>(day); }

} // namespace

LaneSweep::LaneSweep(const LaneSet &lanes, std::size_t laneIndex, const TimeScale &scale, const LayoutParams &params,
                     const TextMeasure &measure, double laneY, Layout *out)
    : m_set(lanes), m_lane(lanes[laneIndex]), m_laneIndex(laneIndex), m_scale(scale), m_params(params),
      m_measure(measure), m_out(out), m_laneY(laneY), m_width(scale.width()),
      m_maxRows(m_lane.collapsed() ? 0 : std::max(0, params.maxRowsPerLane)),
      m_barRows(m_maxRows > 1 ? m_maxRows - 1 : m_maxRows), m_starts(m_lane.starts()),
      m_ends(m_lane.ends()), m_events(m_lane.events())
{
    m_rowEnd.assign(static_cast<std::size_t>(m_maxRows), -kInf);
    m_pending.assign(static_cast<std::size_t>(m_maxRows), PendingLabel{});
    // A collapsed lane folds everything into its header row: the density strip.
    if (m_maxRows == 0) {
        m_overflow.y = laneY;
        m_overflow.height = params.laneHeaderHeight;
    } else {
        m_overflow.y = rowY(m_maxRows);
        m_overflow.height = params.rowHeight;
    }
}

// ---- Geometry ---------------------------------------------------------------
// Folding compares anchors, the middle of each event's first day, so that a
// single-day marker and the cluster it would fold into sit at the same x.

double LaneSweep::startX(std::size_t p) const
{
    return m_scale.x(toDouble(m_starts[p]));
}

double LaneSweep::endX(std::size_t p) const
{
    return m_scale.x(toDouble(m_ends[p]) + 1.0); // the end day is drawn whole
}

double LaneSweep::anchorX(std::size_t p) const
{
    return m_scale.x(toDouble(m_starts[p]) + 0.5);
}

double LaneSweep::markerX(std::size_t p) const
{
    if (isPoint(p)) {
        return anchorX(p);
    }
    return (startX(p) + endX(p)) / 2.0;
}

bool LaneSweep::drawsAsBar(std::size_t p) const
{
    return !isPoint(p) && endX(p) - startX(p) >= kMinBarWidthPx;
}

double LaneSweep::leftOf(std::size_t p) const
{
    return drawsAsBar(p) ? startX(p) : markerX(p) - kMarkerRadiusPx;
}

std::size_t LaneSweep::seekStart(std::size_t from, std::size_t to, double x) const
{
    const DayNumber day = ceilDay(m_scale.day(x));
    const auto it = std::lower_bound(m_starts.begin() + static_cast<std::ptrdiff_t>(from),
                                     m_starts.begin() + static_cast<std::ptrdiff_t>(to), day);
    return static_cast<std::size_t>(it - m_starts.begin());
}

std::size_t LaneSweep::seekAnchor(std::size_t from, std::size_t to, double x) const
{
    // anchor >= x  <=>  start + 0.5 >= day(x)  <=>  start >= ceil(day(x) - 0.5)
    const DayNumber day = ceilDay(m_scale.day(x) - 0.5);
    const auto it = std::lower_bound(m_starts.begin() + static_cast<std::ptrdiff_t>(from),
                                     m_starts.begin() + static_cast<std::ptrdiff_t>(to), day);
    return static_cast<std::size_t>(it - m_starts.begin());
}

// ---- Rows -------------------------------------------------------------------

int LaneSweep::freeRow(double left, bool bar) const
{
    const int rows = bar ? m_barRows : m_maxRows;
    for (int r = 0; r < rows; ++r) {
        if (m_rowEnd[static_cast<std::size_t>(r)] + kRowGapPx <= left) {
            return r;
        }
    }
    return -1;
}

double LaneSweep::rowY(int row) const
{
    return m_laneY + m_params.laneHeaderHeight + static_cast<double>(row) * m_params.rowHeight;
}

void LaneSweep::useRow(int row)
{
    m_rowsUsed = std::max(m_rowsUsed, row + 1);
}

// ---- The sweep --------------------------------------------------------------

LaneSweepResult LaneSweep::run()
{
    const std::size_t n = m_lane.size();
    // Visible: start < endDay and end + 1 > startDay (an event covers its
    // whole last day).
    const std::size_t lo = m_lane.firstStartingAtOrAfter(ceilDay(m_scale.startDay()));
    const std::size_t hi = m_lane.firstStartingAtOrAfter(ceilDay(m_scale.endDay()));
    const DayNumber runningAt = floorDay(m_scale.startDay());
    // Events that start before the view and still run in it, counted without
    // visiting them: those ending on or after the left edge, minus those that
    // start inside or after the view (which all end after the left edge).
    const std::size_t preVisible = m_lane.countEndingAtOrAfter(runningAt) - (n - lo);

    if (preVisible > 0) {
        placePreVisible(lo, preVisible);
    }
    if (m_maxRows == 0) {
        foldRange(m_overflow, lo, hi);
    } else {
        sweepRows(lo, hi);
    }

    for (int r = 0; r < m_maxRows; ++r) {
        finishLabel(r, kInf);
    }
    closeFold(m_overflow, false);
    if (m_out != nullptr && m_maxRows > 0) {
        const double y = rowY(std::max(1, m_rowsUsed));
        for (const std::size_t c : m_overflowClusters) {
            m_out->clusters[c].y = y;
        }
    }

    LaneSweepResult result;
    result.rows = m_rowsUsed;
    result.overflow = m_overflow.right > -kInf; // set when the fold row emitted anything
    result.visibleCount = static_cast<std::uint32_t>(preVisible + (hi - lo));
    return result;
}

void LaneSweep::placePreVisible(std::size_t lo, std::size_t total)
{
    const DayNumber runningAt = floorDay(m_scale.startDay());
    const std::size_t totalPassing =
        m_lane.countPassingEndingAtOrAfter(runningAt) - m_lane.passingIn(lo, m_lane.size());

    // The long intervals that reach into the view get rows first (they come
    // first in start order); the max-end index jumps straight to each one.
    std::size_t placed = 0;
    std::size_t placedPassing = 0;
    std::size_t p = m_lane.firstEndingAtOrAfter(0, lo, runningAt);
    while (p < lo) {
        const int row = freeRow(leftOf(p), drawsAsBar(p));
        if (row < 0) {
            break;
        }
        placeSingle(p, row);
        ++placed;
        placedPassing += m_lane.passes(p) ? 1U : 0U;
        p = m_lane.firstEndingAtOrAfter(p + 1, lo, runningAt);
    }
    if (placed == total) {
        return;
    }
    // The rest are counted in bulk into a cluster at the left edge.
    openFold(m_overflow, p, 0.0);
    m_overflow.count += static_cast<std::uint32_t>(total - placed);
    m_overflow.passing += static_cast<std::uint32_t>(totalPassing - placedPassing);
}

void LaneSweep::sweepRows(std::size_t lo, std::size_t hi)
{
    std::size_t p = lo;
    while (p < hi) {
        const bool bar = drawsAsBar(p);
        if (bar && endX(p) - startX(p) >= kFoldBelowPx) {
            // A bar wide enough to stand on its own. Without a bar row left it
            // folds with its neighbours below, like a point event.
            const int row = freeRow(startX(p), true);
            if (row >= 0) {
                placeBar(p, row);
                ++p;
                continue;
            }
        }
        const double anchor = anchorX(p);
        const bool alone = p + 1 >= hi || anchorX(p + 1) - anchor >= kFoldBelowPx;
        if (alone) {
            const int row = freeRow(leftOf(p), bar);
            if (row >= 0) {
                placeSingle(p, row);
                ++p;
            } else if (bar) {
                foldRange(m_overflow, p, p + 1); // one step: the next event is a fold width away
                ++p;
            } else {
                p = overflowFrom(p, hi);
            }
            continue;
        }
        if (const std::size_t stacked = stackSmallRun(p, hi); stacked != p) {
            p = stacked;
            continue;
        }
        const int row = freeRow(anchor - kMarkerRadiusPx, false);
        if (row < 0) {
            p = overflowFrom(p, hi);
            continue;
        }
        p = foldRun(p, hi, row);
    }
}

// A few point events at (nearly) the same x with nothing else near them, and
// as many free rows: stacked as markers, one per row, rather than folded, so
// that events of the same day open up when zoomed in. Returns the position
// after the stack, or p when the run is to be folded.
std::size_t LaneSweep::stackSmallRun(std::size_t p, std::size_t hi)
{
    const std::size_t end = std::max(p + 1, seekAnchor(p + 1, hi, anchorX(p) + kFoldBelowPx));
    if (end - p > static_cast<std::size_t>(m_maxRows)) {
        return p;
    }
    if (end < hi && anchorX(end) - anchorX(end - 1) < kFoldBelowPx) {
        return p; // the run goes on: fold it
    }
    double left = kInf;
    for (std::size_t q = p; q < end; ++q) {
        if (drawsAsBar(q)) {
            return p;
        }
        left = std::min(left, leftOf(q));
    }
    const auto free = std::count_if(m_rowEnd.begin(), m_rowEnd.end(),
                                    [left](double rowEnd) { return rowEnd + kRowGapPx <= left; });
    if (static_cast<std::size_t>(free) < end - p) {
        return p;
    }
    for (std::size_t q = p; q < end; ++q) {
        placeMarker(q, freeRow(leftOf(q), false));
    }
    return end;
}

// Folds the run of events starting at p (each start closer than kFoldBelowPx
// to the previous) into `row`, cut into clusters at most kMaxClusterWidthPx
// wide. Intervals in the run that are clearly wider than the fold get their
// own rows while rows are free: the max-end index finds them without visiting
// the point events around them. Returns the position after the run.
std::size_t LaneSweep::foldRun(std::size_t p, std::size_t hi, int row)
{
    finishLabel(row, anchorX(p) - kMarkerRadiusPx);
    useRow(row);
    m_rowEnd[static_cast<std::size_t>(row)] = kInf; // held until the run ends

    Fold fold;
    fold.row = row;
    fold.y = rowY(row);
    fold.height = m_params.rowHeight;
    openFold(fold, p, anchorX(p));

    const double foldDays = kFoldBelowPx * m_scale.daysPerPixel();
    std::size_t q = p;
    while (q < hi) {
        const double anchor = anchorX(q);
        if (q != p) {
            if (anchor - fold.lastAnchor >= kFoldBelowPx) {
                break; // a gap: the run ends
            }
            if (anchor - fold.x0 >= kMaxClusterWidthPx) {
                openFold(fold, q, anchor); // cut: the next cluster continues in this row
            }
        }
        // One window: events anchored in [anchor, limit).
        const double limit = std::min(anchor + kFoldBelowPx, fold.x0 + kMaxClusterWidthPx);
        const std::size_t end = std::max(q + 1, seekAnchor(q + 1, hi, limit));

        // An event starting in the window (start < day(limit) - 0.5) that ends
        // on or after `wide` is more than kFoldBelowPx wide: it can be a bar.
        const DayNumber wide = ceilDay(m_scale.day(limit) - 1.5 + foldDays);
        std::uint32_t placed = 0;
        std::uint32_t placedPassing = 0;
        for (std::size_t w = m_lane.firstEndingAtOrAfter(q, end, wide); w < end;
             w = m_lane.firstEndingAtOrAfter(w + 1, end, wide)) {
            const int barRow = freeRow(startX(w), true);
            if (barRow < 0) {
                break; // no room: the rest of the window stays folded
            }
            placeBar(w, barRow);
            ++placed;
            placedPassing += m_lane.passes(w) ? 1U : 0U;
            if (w == fold.first) {
                ++fold.first; // placements come in ascending order
            }
        }
        fold.count += static_cast<std::uint32_t>(end - q) - placed;
        fold.passing += static_cast<std::uint32_t>(m_lane.passingIn(q, end)) - placedPassing;
        fold.lastAnchor = anchorX(end - 1);
        q = end;
    }
    closeFold(fold, true);
    m_rowEnd[static_cast<std::size_t>(row)] = fold.right;
    return q;
}

// No row is free for p: p and everything that starts before a row frees up
// (and at least p's fold window) go to the "+N" row. Jumps, never walks.
std::size_t LaneSweep::overflowFrom(std::size_t p, std::size_t hi)
{
    const double freesAt = *std::min_element(m_rowEnd.begin(), m_rowEnd.end()) - kRowGapPx;
    const std::size_t end =
        std::max({p + 1, seekStart(p + 1, hi, freesAt), seekAnchor(p + 1, hi, anchorX(p) + kFoldBelowPx)});
    foldRange(m_overflow, p, end);
    return end;
}

// Every event in [from, to) goes into the fold row, in windows of
// kFoldBelowPx: each step jumps at least a window to the right.
void LaneSweep::foldRange(Fold &fold, std::size_t from, std::size_t to)
{
    std::size_t a = from;
    while (a < to) {
        const double anchor = anchorX(a);
        if (!fold.open || anchor - fold.lastAnchor >= kFoldBelowPx || anchor - fold.x0 >= kMaxClusterWidthPx) {
            closeFold(fold, false);
            openFold(fold, a, anchor);
        }
        const double limit = std::min(anchor + kFoldBelowPx, fold.x0 + kMaxClusterWidthPx);
        const std::size_t end = std::max(a + 1, seekAnchor(a + 1, to, limit));
        fold.count += static_cast<std::uint32_t>(end - a);
        fold.passing += static_cast<std::uint32_t>(m_lane.passingIn(a, end));
        fold.lastAnchor = anchorX(end - 1);
        a = end;
    }
}

void LaneSweep::openFold(Fold &fold, std::size_t pos, double anchor)
{
    if (fold.open) {
        closeFold(fold, false);
    }
    fold.open = true;
    fold.first = pos;
    fold.x0 = anchor;
    fold.lastAnchor = anchor;
    fold.count = 0;
    fold.passing = 0;
}

void LaneSweep::closeFold(Fold &fold, bool markerIfSingle)
{
    if (!fold.open) {
        return;
    }
    fold.open = false;
    if (fold.count == 0) {
        return;
    }
    if (markerIfSingle && fold.count == 1 && !drawsAsBar(fold.first)) {
        // A run whose other members all became bars: one marker, not a "1".
        const double x = markerX(fold.first);
        trimPrevious(fold, x - kMarkerRadiusPx);
        fold.right = x + kMarkerRadiusPx;
        fold.lastCluster = kNoRecord;
        if (m_out != nullptr) {
            const EventIndex event = m_events[fold.first];
            m_out->markers.push_back(MarkerRecord{snap(x), fold.y, fold.height, event, flagsOf(fold.first),
                                                  colourOf(event)});
        }
        if (fold.row >= 0) { // its label waits for the next item in the row
            m_pending[static_cast<std::size_t>(fold.row)] =
                PendingLabel{true, fold.first, fold.y, 0.0, 0.0, fold.right + kLabelPadPx};
        }
        return;
    }
    const double x0 = fold.x0 - kMarkerRadiusPx;
    const double x1 = std::max(fold.lastAnchor, fold.x0) + kMarkerRadiusPx;
    trimPrevious(fold, x0);
    fold.right = x1;
    if (m_out != nullptr) {
        fold.lastCluster = m_out->clusters.size();
        if (fold.row < 0) {
            m_overflowClusters.push_back(fold.lastCluster);
        }
        m_out->clusters.push_back(ClusterRecord{snap(x0), snap(x1), fold.y, fold.height, fold.count, fold.passing,
                                                m_events[fold.first], m_laneIndex, m_lane.key(), fold.row < 0});
    }
}

// A cluster cut at kMaxClusterWidthPx touches whatever follows it in its row
// closer than a marker's width: trim it so that the two never overlap.
void LaneSweep::trimPrevious(Fold &fold, double left)
{
    if (m_out == nullptr || fold.lastCluster == kNoRecord) {
        return;
    }
    auto &previous = m_out->clusters[fold.lastCluster];
    previous.x1 = std::max(previous.x0, std::min(previous.x1, snap(left - kRowGapPx)));
}

// ---- Items ------------------------------------------------------------------

void LaneSweep::placeSingle(std::size_t p, int row)
{
    if (drawsAsBar(p)) {
        placeBar(p, row);
    } else {
        placeMarker(p, row);
    }
}

void LaneSweep::placeBar(std::size_t p, int row)
{
    const double xs = startX(p);
    const double xe = endX(p);
    finishLabel(row, xs);
    useRow(row);
    m_rowEnd[static_cast<std::size_t>(row)] = xe;

    const double y = rowY(row);
    const double visible0 = std::max(xs, 0.0);
    const double visible1 = std::min(xe, m_width);
    m_pending[static_cast<std::size_t>(row)] =
        PendingLabel{true, p, y, visible0 + kLabelPadPx, visible1 - kLabelPadPx, xe + kLabelPadPx};
    if (m_out == nullptr) {
        return;
    }
    std::uint16_t flags = flagsOf(p);
    if (xs < 0.0) {
        flags |= RecordFlag::ClippedLeft;
    }
    if (xe > m_width) {
        flags |= RecordFlag::ClippedRight;
    }
    const double x0 = snap(std::max(xs, -kClipMarginPx));
    const double x1 = std::max(snap(std::min(xe, m_width + kClipMarginPx)), x0 + 1.0 / m_params.devicePixelRatio);
    const EventIndex event = m_events[p];
    m_out->bars.push_back(BarRecord{x0, x1, y, m_params.rowHeight, event, flags, colourOf(event)});
}

void LaneSweep::placeMarker(std::size_t p, int row)
{
    const double x = markerX(p);
    finishLabel(row, x - kMarkerRadiusPx);
    useRow(row);
    m_rowEnd[static_cast<std::size_t>(row)] = x + kMarkerRadiusPx;
    const double y = rowY(row);
    m_pending[static_cast<std::size_t>(row)] = PendingLabel{true, p, y, 0.0, 0.0, x + kMarkerRadiusPx + kLabelPadPx};
    if (m_out == nullptr) {
        return;
    }
    const EventIndex event = m_events[p];
    m_out->markers.push_back(MarkerRecord{snap(x), y, m_params.rowHeight, event, flagsOf(p), colourOf(event)});
}

// ---- Labels -----------------------------------------------------------------

// Greedy: the label of the previous item in a row gets the room up to the
// next item in that row. On the bar when it fits there, else right of the
// item, else elided into the larger of the two when that is at least
// kMinLabelWidthPx. Labels in one row never overlap: each ends before the
// next item, whose own label starts after it.
void LaneSweep::finishLabel(int row, double nextLeft)
{
    auto &pending = m_pending[static_cast<std::size_t>(row)];
    if (!pending.active) {
        return;
    }
    pending.active = false;
    if (m_out == nullptr || !m_measure) {
        return;
    }
    const double right = std::min(nextLeft - kRowGapPx, m_width) - pending.rightX;
    const double inside = pending.insideX1 - pending.insideX0;
    if (std::max(right, inside) < kMinLabelWidthPx) {
        return;
    }
    const EventIndex event = m_events[pending.pos];
    const double text = static_cast<double>(m_measure(event));
    LabelRecord label{0.0, pending.y, 0.0, m_params.rowHeight, event, false, false};
    if (inside >= text) {
        label.x = pending.insideX0;
        label.width = text;
        label.insideBar = true;
    } else if (right >= text) {
        label.x = pending.rightX;
        label.width = text;
    } else if (right >= inside) {
        label.x = pending.rightX;
        label.width = right;
        label.elided = true;
    } else {
        label.x = pending.insideX0;
        label.width = inside;
        label.insideBar = true;
        label.elided = true;
    }
    m_out->labels.push_back(label);
}

// ---- Record attributes --------------------------------------------------------

std::uint16_t LaneSweep::flagsOf(std::size_t p) const
{
    std::uint16_t flags = m_set.dataset()->dateFlags()[m_events[p]];
    if (!m_lane.passes(p)) {
        flags |= RecordFlag::FilteredOut;
    }
    return flags;
}

int LaneSweep::colourOf(EventIndex event) const
{
    const Dataset &data = *m_set.dataset();
    switch (m_params.colourBy) {
    case ColourBy::Lane:
        return m_lane.key();
    case ColourBy::Forum:
        return data.forums()[event];
    case ColourBy::Topic:
        return data.primaryTopics()[event];
    case ColourBy::Kind:
        return static_cast<int>(data.kinds()[event]);
    }
    return m_lane.key();
}

double LaneSweep::snap(double x) const
{
    const double ratio = m_params.devicePixelRatio > 0.0 ? m_params.devicePixelRatio : 1.0;
    return std::round(x * ratio) / ratio;
}

} // namespace ict::core::timeline
