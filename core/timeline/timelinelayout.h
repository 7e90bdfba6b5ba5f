#pragma once

// One frame of the timeline as plain draw records: phase one of the two-phase
// rendering (the app's widget only paints these). Input: the lanes (built
// once per filter), the TimeScale, the viewport and a text-measure callback;
// output: lanes, bars, markers, folded clusters and labels in logical pixels.
//
// Level of detail comes from pixels (Tracy): events whose starts are closer
// than kFoldBelowPx fold into one counted cluster, which opens as you zoom
// in (a few events of the same day stack instead when rows are free).
// Intervals wide enough are drawn as bars and stack into rows by greedy first
// fit, so bars never overlap. A lane has at most LayoutParams::maxRowsPerLane
// rows; bars may use all but the last, which stays for point events and
// clusters so that long processes running through the view never hide what
// happens in it. What finds no free row folds into a "+N" cluster row below
// the rows in use. Every visible event is accounted for exactly once: drawn
// as a bar or marker, or counted in one cluster.
//
// Work per frame is bounded by pixels, not by events: every step of a lane's
// sweep either emits a record or jumps at least a fold window to the right by
// binary search (long intervals hidden among short events are found through
// the lane's max-end index, events running in from the left are counted by
// binary search over sorted ends). A lane costs O(rows * width / kFoldBelowPx
// * log n) even when a million events are visible, and a frame holds at most
// recordBound() records.

#include "core/dataset.h"
#include "core/timeline/lanes.h"
#include "core/timeline/timescale.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace ict::core::timeline {

// Events whose starts are closer than this fold into one cluster.
inline constexpr double kFoldBelowPx = 8.0;
// A lone interval narrower than this is drawn as a marker, not a bar.
inline constexpr double kMinBarWidthPx = 6.0;
// Markers (and the ends of clusters) reach this far either side of their x.
inline constexpr double kMarkerRadiusPx = 3.0;
// Free space kept between neighbours in a row.
inline constexpr double kRowGapPx = 2.0;
// Clusters are cut at this width so that a dense lane reads as a density
// strip of counts rather than one block.
inline constexpr double kMaxClusterWidthPx = 48.0;
// A label gets placed only where at least this much room is free; when its
// text is wider than the room, it is placed elided (LabelRecord::elided).
inline constexpr double kMinLabelWidthPx = 24.0;
// Space between a label and what it labels (or the inside edge of a bar).
inline constexpr double kLabelPadPx = 4.0;
// Bars running off the view are cut this far outside it, so the app draws
// no rounded end there and never gets huge coordinates.
inline constexpr double kClipMarginPx = 16.0;
// How far outside a record a click still hits it.
inline constexpr double kHitSlopPx = 2.0;

// Two markers in neighbouring fold windows must not need two rows.
static_assert(2.0 * kMarkerRadiusPx + kRowGapPx <= kFoldBelowPx);
static_assert(kMinBarWidthPx <= kFoldBelowPx);

// Record flags: the low byte is the event's DateFlag bits (Dataset::dateFlags),
// for faded approximate/uncertain ends, hatched imprecise dates and open
// ends; the high byte is added by the layout.
namespace RecordFlag {
inline constexpr std::uint16_t DateFlagsMask = 0x00FF;
inline constexpr std::uint16_t ClippedLeft = 1U << 8;  // the bar continues left of the view
inline constexpr std::uint16_t ClippedRight = 1U << 9; // ... right of the view
inline constexpr std::uint16_t FilteredOut = 1U << 10; // FilterMode::Dim: draw dimmed
} // namespace RecordFlag

// Which attribute a record's colourKey carries; clusters, which mix events,
// always carry the lane key.
enum class ColourBy : std::uint8_t { Lane, Forum, Topic, Kind };

struct LayoutParams {
    double top = 0.0;            // y where the first lane starts (below the axis), logical px
    double height = 600.0;       // y where the viewport ends; lanes below it are not emitted
    double scrollY = 0.0;        // content scrolled off the top, logical px
    double devicePixelRatio = 1.0; // edges are snapped to device pixels
    double laneHeaderHeight = 18.0;
    double rowHeight = 18.0;
    double laneGap = 4.0;
    // Rows per expanded lane; what does not fit folds into a "+N" row below.
    // Bars use at most maxRowsPerLane - 1 of them: the last is for events.
    int maxRowsPerLane = 6;
    ColourBy colourBy = ColourBy::Lane;
};

struct LaneRecord {
    std::size_t laneIndex = 0; // into LaneSet::lanes()
    int key = 0;
    double y = 0.0;
    double height = 0.0; // header plus rows
    std::uint32_t eventCount = 0;   // in the lane
    std::uint32_t visibleCount = 0; // overlapping the visible time range
    int rows = 0;                   // rows used below the header (0 when collapsed)
    bool overflow = false;          // the "+N" row below the rows is in use
    bool collapsed = false;
};

struct BarRecord {
    double x0 = 0.0, x1 = 0.0, y = 0.0, height = 0.0;
    EventIndex event = 0;
    std::uint16_t flags = 0;
    int colourKey = 0;
};

struct MarkerRecord {
    double x = 0.0;                 // centre
    double y = 0.0, height = 0.0;   // the row the marker sits in
    EventIndex event = 0;
    std::uint16_t flags = 0;
    int colourKey = 0;
};

struct ClusterRecord {
    double x0 = 0.0, x1 = 0.0, y = 0.0, height = 0.0;
    std::uint32_t count = 0;        // events folded here
    std::uint32_t passingCount = 0; // of those, passing the filter (= count in FilterMode::Hide)
    EventIndex first = 0;           // the earliest of them
    std::size_t laneIndex = 0;
    int colourKey = 0;
    bool overflow = false; // in the "+N" row or a collapsed lane's strip
};

struct LabelRecord {
    double x = 0.0, y = 0.0, width = 0.0, height = 0.0;
    EventIndex event = 0;
    bool insideBar = false; // drawn on the bar: use the bar's text colour
    bool elided = false;    // the title is wider than `width`: elide it
};

// The records of one frame. Records of a lane are contiguous in each vector.
struct Layout {
    std::vector<LaneRecord> lanes; // every lane, visible or not, top to bottom
    std::vector<BarRecord> bars;
    std::vector<MarkerRecord> markers;
    std::vector<ClusterRecord> clusters;
    std::vector<LabelRecord> labels;
    double contentHeight = 0.0; // all lanes, for the vertical scroll bar
    double todayX = 0.0;        // centre of today

    // Where each lane's records are, parallel to `lanes`; hitTest uses them.
    struct IndexRange {
        std::uint32_t begin = 0, end = 0;
        std::uint32_t size() const { return end - begin; }
    };
    struct Range {
        IndexRange bars, markers, clusters, labels;
    };
    std::vector<Range> ranges;

    void clear();
    std::size_t recordCount() const { return bars.size() + markers.size() + clusters.size(); }
};

// Width in px of event i's label (its title) in the app's font. The app
// implements it with QFontMetricsF and a cache; it is called only for events
// that get a label candidate, never for every event.
using TextMeasure = std::function<float(EventIndex)>;

// Lays out one frame into `out`, reusing its allocations.
void layoutTimeline(const LaneSet &lanes, const TimeScale &scale, const LayoutParams &params,
                    const TextMeasure &measure, Layout &out);
Layout layoutTimeline(const LaneSet &lanes, const TimeScale &scale, const LayoutParams &params,
                      const TextMeasure &measure);

// The most bars + markers + clusters a frame can hold for `laneCount` lanes.
std::size_t recordBound(std::size_t laneCount, double width, const LayoutParams &params);

struct Hit {
    enum class Kind : std::uint8_t { Marker, Bar, Cluster, Label };
    Kind kind = Kind::Marker;
    EventIndex event = 0;    // the event, or a cluster's first event
    std::uint32_t count = 1; // events under the point (a cluster's count)
    std::size_t laneIndex = 0;
    std::size_t record = 0; // index into the matching Layout vector
};

// What is under (x, y): markers first (they are drawn on top), then bars,
// labels, clusters. O(records of one lane).
std::optional<Hit> hitTest(const Layout &layout, double x, double y);

} // namespace ict::core::timeline
