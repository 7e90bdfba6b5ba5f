#pragma once

// The zoomable timeline: a custom QAbstractScrollArea that paints the plain
// records core's layout produces (core/timeline/timelinelayout.h). It owns
// the view state (time scale, lanes, selection) and the input: wheel and
// pinch zoom anchored under the cursor, drag to pan, double-click to zoom in,
// keyboard navigation. Work per frame follows what is on screen, so the view
// stays fluid whether it shows a hundred events or a million.

#include "core/dataset.h"
#include "core/timeline/lanes.h"
#include "core/timeline/timeaxis.h"
#include "core/timeline/timelinelayout.h"
#include "core/timeline/timescale.h"
#include "timeline/timelinecolours.h"

#include <QAbstractScrollArea>
#include <QPixmap>

#include <optional>
#include <vector>

namespace ict::app {

class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    // Exponential zoom: each wheel notch (120 units) zooms by this factor.
    static constexpr double kWheelZoomPerNotch = 1.25;
    static constexpr double kKeyZoomFactor = 1.5;
    static constexpr double kKeyPanFraction = 0.1; // of the width, per arrow press
    static constexpr int kAxisHeight = 40;

    explicit TimelineView(QWidget *parent = nullptr);

    void setDataset(const core::Dataset *dataset);
    const core::Dataset *dataset() const { return m_dataset; }
    // Events that pass the filters (1 = pass); empty: all pass. The span must
    // stay valid until the next call.
    void setFilter(std::span<const std::uint8_t> pass, core::timeline::FilterMode mode);
    void setGrouping(core::timeline::Grouping grouping);
    core::timeline::Grouping grouping() const { return m_grouping; }

    const core::timeline::TimeScale &scale() const { return m_scale; }
    const core::timeline::Layout &currentLayout();
    const TimelineColours &colours() const { return m_colours; }

    std::optional<core::EventIndex> selection() const { return m_selection; }

    // The visible time range, in days (fractional).
    void setVisibleRange(double firstDay, double lastDay);

public slots:
    void fitAll();
    void zoomIn();
    void zoomOut();
    void zoomToSelection();
    void panLeft();
    void panRight();
    void selectNext();
    void selectPrevious();
    void clearSelection();
    // Selects the event and scrolls it into view (centred if it was off screen).
    void selectEvent(ict::core::EventIndex event);
    void centreOn(ict::core::EventIndex event);

signals:
    void selectionChanged(qint64 event); // -1: none
    void eventActivated(ict::core::EventIndex event); // Enter or double-click on an event
    void visibleRangeChanged(double firstDay, double lastDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildLanes();
    void invalidateLayout();
    void ensureLayout();
    void updateScrollBar();
    void zoomAround(double x, double factor);
    void emitRange();
    QString laneName(const core::timeline::LaneRecord &lane) const;
    QString tooltipFor(const core::timeline::Hit &hit) const;
    std::optional<core::timeline::Hit> hitAt(QPointF pos);
    void toggleLane(std::size_t laneIndex);
    std::optional<std::size_t> laneHeaderAt(QPointF pos);
    float titleWidth(core::EventIndex event);

    // Painting (timelinepainter.cpp).
    void paintAxis(QPainter &p);
    void paintLanes(QPainter &p);
    void paintRecords(QPainter &p);
    void paintEmpty(QPainter &p);

    const core::Dataset *m_dataset = nullptr;
    std::span<const std::uint8_t> m_pass;
    core::timeline::FilterMode m_filterMode = core::timeline::FilterMode::Hide;
    core::timeline::Grouping m_grouping = core::timeline::Grouping::Forum;
    std::vector<int> m_collapsedKeys;
    core::timeline::LaneSet m_lanes;
    core::timeline::TimeScale m_scale;
    core::timeline::Layout m_layout;
    core::timeline::LayoutParams m_params;
    bool m_layoutDirty = true;
    std::vector<float> m_titleWidths; // measured lazily: -1 until needed
    TimelineColours m_colours;
    std::optional<core::EventIndex> m_selection;
    std::optional<core::EventIndex> m_hover;

    // The axis changes only with the scale and width: cached between frames
    // (hover, selection and vertical scrolling repaint without redrawing it).
    QPixmap m_axisCache;
    double m_axisCacheStart = 0, m_axisCacheDpp = 0;
    int m_axisCacheWidth = -1;

    QPointF m_dragStart;
    double m_dragStartDay = 0;
    bool m_dragging = false;
    bool m_pressed = false;
    // True from fitAll() until the user zooms or pans: a resize then refits
    // instead of keeping a range that was fitted to another width.
    bool m_fitted = true;
};

} // namespace ict::app
