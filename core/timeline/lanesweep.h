#pragma once

// One lane of one frame: the left-to-right sweep behind layoutTimeline().
// Internal to the layout (the app calls layoutTimeline); split out because
// it is the part with the folding rules and their proofs of boundedness.

#include "core/timeline/timelinelayout.h"

#include <limits>
#include <vector>

namespace ict::core::timeline {

struct LaneSweepResult {
    int rows = 0;          // regular rows used
    bool overflow = false; // the "+N" row (or a collapsed lane's strip) holds clusters
    std::uint32_t visibleCount = 0;
};

class LaneSweep {
public:
    // `out` null: measure only (rows used), for lanes outside the viewport
    // whose height still moves the lanes below them.
    LaneSweep(const LaneSet &lanes, std::size_t laneIndex, const TimeScale &scale, const LayoutParams &params,
              const TextMeasure &measure, double laneY, Layout *out);

    LaneSweepResult run();

private:
    static constexpr double kInf = std::numeric_limits<double>::infinity();
    static constexpr std::size_t kNoRecord = std::numeric_limits<std::size_t>::max();

    // Events folded into one counted block in one row. Folding into the same
    // row continues until a gap of kFoldBelowPx or kMaxClusterWidthPx.
    struct Fold {
        int row = -1; // -1: the "+N" row, or a collapsed lane's strip
        double y = 0.0, height = 0.0;
        bool open = false;
        std::size_t first = 0;  // first folded position
        double x0 = 0.0;        // anchor of the first event
        double lastAnchor = 0.0;
        std::uint32_t count = 0, passing = 0;
        std::size_t lastCluster = kNoRecord; // previous cluster of this row in Layout::clusters
        double right = -kInf;                // right edge of what was emitted last
    };

    // A label waiting for the next item in its row, which bounds its room.
    struct PendingLabel {
        bool active = false;
        std::size_t pos = 0;
        double y = 0.0;
        double insideX0 = 0.0, insideX1 = 0.0; // room on the bar itself (empty for markers)
        double rightX = 0.0;                   // where a label right of the item starts
    };

    // Geometry of events.
    double startX(std::size_t p) const;
    double endX(std::size_t p) const;
    double anchorX(std::size_t p) const;
    double markerX(std::size_t p) const;
    bool isPoint(std::size_t p) const { return m_starts[p] == m_ends[p]; }
    bool drawsAsBar(std::size_t p) const;
    double leftOf(std::size_t p) const;
    // First position in [from, to) whose start / anchor is at or right of x.
    std::size_t seekStart(std::size_t from, std::size_t to, double x) const;
    std::size_t seekAnchor(std::size_t from, std::size_t to, double x) const;

    // The first row free at `left`. Bars may not take the last row (when
    // there is more than one): it stays for point events and clusters, so
    // that long intervals running through the view never hide what happens
    // in it.
    int freeRow(double left, bool bar) const;
    double rowY(int row) const;
    void useRow(int row);

    void placePreVisible(std::size_t lo, std::size_t total);
    void sweepRows(std::size_t lo, std::size_t hi);
    void placeSingle(std::size_t p, int row);
    void placeBar(std::size_t p, int row);
    void placeMarker(std::size_t p, int row);
    std::size_t stackSmallRun(std::size_t p, std::size_t hi);
    std::size_t foldRun(std::size_t p, std::size_t hi, int row);
    std::size_t overflowFrom(std::size_t p, std::size_t hi);
    void foldRange(Fold &fold, std::size_t from, std::size_t to);
    void openFold(Fold &fold, std::size_t pos, double anchor);
    void closeFold(Fold &fold, bool markerIfSingle);
    void trimPrevious(Fold &fold, double left);

    void finishLabel(int row, double nextLeft);
    std::uint16_t flagsOf(std::size_t p) const;
    int colourOf(EventIndex event) const;
    double snap(double x) const;

    const LaneSet &m_set;
    const Lane &m_lane;
    std::size_t m_laneIndex;
    const TimeScale &m_scale;
    const LayoutParams &m_params;
    const TextMeasure &m_measure;
    Layout *m_out;
    double m_laneY;
    double m_width;
    int m_maxRows;
    int m_barRows; // rows bars may use

    std::span<const DayNumber> m_starts, m_ends;
    std::span<const EventIndex> m_events;

    std::vector<double> m_rowEnd; // right edge of the last item per row; +inf while a fold holds the row
    std::vector<PendingLabel> m_pending;
    Fold m_overflow;
    // The "+N" row sits right below the rows in use, known only at the end:
    // its clusters get their y then.
    std::vector<std::size_t> m_overflowClusters;
    int m_rowsUsed = 0;
};

} // namespace ict::core::timeline
