#include "timeline/timelineview.h"

#include "core/datetext.h"
#include "core/timeline/navigation.h"
#include "evidence/evidencestyle.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <chrono>
#include <cmath>

namespace ict::app {

using namespace core::timeline;

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

core::DayNumber today()
{
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()).time_since_epoch().count();
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the overview strip navigates in time
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    verticalScrollBar()->setSingleStep(18);
    m_params.top = kAxisHeight;
    setAccessibleName(tr("Timeline"));
    m_colours.setDataset(nullptr, TimelineColours::isDark(palette()));
}

void TimelineView::setDataset(const core::Dataset *dataset)
{
    m_dataset = dataset;
    m_pass = {};
    m_selection.reset();
    m_hover.reset();
    m_collapsedKeys.clear();
    m_titleWidths.assign(dataset ? dataset->size() : 0, -1.0F);
    m_colours.setDataset(dataset, TimelineColours::isDark(palette()));
    rebuildLanes();
    fitAll();
    emit selectionChanged(-1);
}

void TimelineView::setFilter(std::span<const std::uint8_t> pass, FilterMode mode)
{
    // No mask before and after, in the same mode: the lanes already show
    // every event. Opening a database sets the dataset and then this empty
    // filter; rebuilding would cost a second pass over every event (75 ms
    // at a million). A non-empty mask is always rebuilt: its contents may
    // have changed in place.
    const bool unchanged = pass.empty() && m_pass.empty() && mode == m_filterMode;
    m_pass = pass;
    m_filterMode = mode;
    if (unchanged) {
        return;
    }
    rebuildLanes();
    viewport()->update();
}

void TimelineView::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping) {
        return;
    }
    m_grouping = grouping;
    m_collapsedKeys.clear();
    rebuildLanes();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::rebuildLanes()
{
    if (!m_dataset) {
        m_lanes = {};
    } else {
        LaneBuildOptions options;
        options.grouping = m_grouping;
        options.filterMode = m_filterMode;
        options.today = today();
        m_lanes = LaneSet::build(*m_dataset, m_pass, options, m_collapsedKeys);
    }
    invalidateLayout();
}

void TimelineView::invalidateLayout()
{
    m_layoutDirty = true;
    viewport()->update();
}

float TimelineView::titleWidth(core::EventIndex event)
{
    if (m_selection == event) {
        // The selected label is drawn in bold: it gets the room bold needs.
        QFont bold = font();
        bold.setBold(true);
        return static_cast<float>(QFontMetricsF(bold).horizontalAdvance(fromView(m_dataset->title(event))));
    }
    float &w = m_titleWidths[event];
    if (w < 0.0F) {
        // Measured once per event and only when a label is a candidate, so a
        // million events cost a few hundred measurements per frame at most.
        w = static_cast<float>(QFontMetricsF(font()).horizontalAdvance(fromView(m_dataset->title(event))));
    }
    return w;
}

void TimelineView::ensureLayout()
{
    if (!m_layoutDirty) {
        return;
    }
    m_params.height = viewport()->height();
    m_params.scrollY = verticalScrollBar()->value();
    m_params.devicePixelRatio = devicePixelRatioF();
    m_params.colourBy = ColourBy::Forum;
    const QFontMetricsF fm(font());
    m_params.rowHeight = std::ceil(fm.height() + 4.0);
    m_params.laneHeaderHeight = std::ceil(fm.height() + 6.0);
    const auto measure = [this](core::EventIndex e) { return titleWidth(e); };
    layoutTimeline(m_lanes, m_scale, m_params, measure, m_layout);
    m_layoutDirty = false;
    updateScrollBar();
    if (m_layoutDirty) {
        // The content got shorter than the scroll position: lay out again at
        // the clamped position (once: the content height does not depend on
        // the scroll position).
        m_params.scrollY = verticalScrollBar()->value();
        layoutTimeline(m_lanes, m_scale, m_params, measure, m_layout);
        m_layoutDirty = false;
    }
}

const Layout &TimelineView::currentLayout()
{
    ensureLayout();
    return m_layout;
}

void TimelineView::updateScrollBar()
{
    const int visible = std::max(0, viewport()->height() - kAxisHeight);
    const int range = std::max(0, static_cast<int>(std::ceil(m_layout.contentHeight)) - visible + 8);
    QScrollBar *bar = verticalScrollBar();
    if (bar->maximum() != range || bar->pageStep() != visible) {
        const int before = bar->value();
        const QSignalBlocker block(bar);
        // setRange clamps the value itself, silently while signals are
        // blocked: when lanes shrink (zooming in empties them) the frame just
        // laid out used a scroll position that no longer exists.
        bar->setRange(0, range);
        bar->setPageStep(visible);
        if (bar->value() != before) {
            m_layoutDirty = true;
        }
    }
}

void TimelineView::scrollContentsBy(int, int)
{
    invalidateLayout();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const double oldWidth = m_scale.width();
    const double start = m_scale.startDay();
    const double dpp = m_scale.daysPerPixel();
    m_scale.setWidth(std::max(1, viewport()->width()));
    if (m_fitted) {
        fitAll();
        return;
    }
    // Keep the visible time range when the window is resized.
    if (oldWidth > 1.0) {
        m_scale = TimeScale(m_scale.width(), start, dpp * oldWidth / m_scale.width());
    }
    invalidateLayout();
    emitRange();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        m_colours.setDataset(m_dataset, TimelineColours::isDark(palette()));
        m_axisCacheWidth = -1;
        if (event->type() == QEvent::FontChange) {
            std::fill(m_titleWidths.begin(), m_titleWidths.end(), -1.0F);
        }
        invalidateLayout();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::emitRange()
{
    m_fitted = false; // fitAll() sets it again after calling this
    emit visibleRangeChanged(m_scale.startDay(), m_scale.endDay());
}

void TimelineView::fitAll()
{
    m_scale.setWidth(std::max(1, viewport()->width()));
    if (auto range = m_lanes.dataRange()) {
        m_scale.fit(static_cast<double>(range->first), static_cast<double>(range->last + 1));
    } else if (m_dataset && !m_dataset->empty()) {
        m_scale.fit(static_cast<double>(m_dataset->firstDay()), static_cast<double>(m_dataset->lastDay() + 1));
    } else {
        const double t = static_cast<double>(today());
        m_scale.fit(t - 365.0 * 10, t);
    }
    invalidateLayout();
    emitRange();
    m_fitted = true;
}

void TimelineView::setVisibleRange(double firstDay, double lastDay)
{
    if (lastDay <= firstDay) {
        return;
    }
    m_scale = TimeScale(m_scale.width(), firstDay, (lastDay - firstDay) / m_scale.width());
    m_scale.zoomAt(0.0, 1.0); // applies the limits
    invalidateLayout();
    emitRange();
}

void TimelineView::zoomAround(double x, double factor)
{
    m_scale.zoomAt(x, factor);
    invalidateLayout();
    emitRange();
}

void TimelineView::zoomIn()
{
    zoomAround(m_scale.width() / 2.0, kKeyZoomFactor);
}

void TimelineView::zoomOut()
{
    zoomAround(m_scale.width() / 2.0, 1.0 / kKeyZoomFactor);
}

void TimelineView::panLeft()
{
    m_scale.pan(m_scale.width() * kKeyPanFraction);
    invalidateLayout();
    emitRange();
}

void TimelineView::panRight()
{
    m_scale.pan(-m_scale.width() * kKeyPanFraction);
    invalidateLayout();
    emitRange();
}

void TimelineView::zoomToSelection()
{
    if (!m_selection || !m_dataset) {
        return;
    }
    const double first = static_cast<double>(m_dataset->starts()[*m_selection]);
    const double last = static_cast<double>(m_dataset->ends()[*m_selection] + 1);
    // A single day would be absurdly wide: show at least a month around it.
    const double span = std::max(last - first, TimeScale::kMinFitDays);
    const double middle = (first + last) / 2.0;
    m_scale.fit(middle - span / 2.0, middle + span / 2.0);
    invalidateLayout();
    emitRange();
}

void TimelineView::selectEvent(core::EventIndex event)
{
    if (!m_dataset || event >= m_dataset->size()) {
        return;
    }
    const bool changed = m_selection != event;
    m_selection = event;
    centreOn(event);
    // The selected label is laid out in bold (titleWidth).
    invalidateLayout();
    if (changed) {
        emit selectionChanged(static_cast<qint64>(event));
    }
}

void TimelineView::centreOn(core::EventIndex event)
{
    if (!m_dataset || event >= m_dataset->size()) {
        return;
    }
    const double first = static_cast<double>(m_dataset->starts()[event]);
    const double last = static_cast<double>(m_dataset->ends()[event] + 1);
    const double margin = 24.0 * m_scale.daysPerPixel();
    if (first < m_scale.startDay() + margin || last > m_scale.endDay() - margin) {
        const double width = m_scale.endDay() - m_scale.startDay();
        if (last - first > width) {
            zoomToSelection();
            return;
        }
        m_scale = TimeScale(m_scale.width(), (first + last) / 2.0 - width / 2.0, m_scale.daysPerPixel());
        invalidateLayout();
        emitRange();
    }
    // Scroll vertically to the event's lane.
    ensureLayout();
    const int key = laneKeyOf(*m_dataset, m_grouping, event);
    for (const auto &lane : m_layout.lanes) {
        if (lane.key == key) {
            const double top = lane.y + m_params.scrollY - kAxisHeight;
            QScrollBar *bar = verticalScrollBar();
            if (top < bar->value() || top + lane.height > bar->value() + bar->pageStep()) {
                bar->setValue(static_cast<int>(top));
            }
            break;
        }
    }
}

void TimelineView::selectNext()
{
    if (!m_dataset) {
        return;
    }
    if (auto next = nextEvent(*m_dataset, m_pass, m_selection, Direction::Forward)) {
        selectEvent(*next);
    }
}

void TimelineView::selectPrevious()
{
    if (!m_dataset) {
        return;
    }
    if (auto previous = nextEvent(*m_dataset, m_pass, m_selection, Direction::Backward)) {
        selectEvent(*previous);
    }
}

void TimelineView::clearSelection()
{
    if (m_selection) {
        m_selection.reset();
        invalidateLayout();
        emit selectionChanged(-1);
    }
}

std::optional<Hit> TimelineView::hitAt(QPointF pos)
{
    ensureLayout();
    if (pos.y() < kAxisHeight) {
        return std::nullopt;
    }
    return hitTest(m_layout, pos.x(), pos.y());
}

std::optional<std::size_t> TimelineView::laneHeaderAt(QPointF pos)
{
    ensureLayout();
    for (const auto &lane : m_layout.lanes) {
        if (pos.y() >= lane.y && pos.y() < lane.y + m_params.laneHeaderHeight && pos.y() >= kAxisHeight) {
            return lane.laneIndex;
        }
    }
    return std::nullopt;
}

void TimelineView::toggleLane(std::size_t laneIndex)
{
    const int key = m_lanes[laneIndex].key();
    auto it = std::find(m_collapsedKeys.begin(), m_collapsedKeys.end(), key);
    if (it == m_collapsedKeys.end()) {
        m_collapsedKeys.push_back(key);
        m_lanes.setCollapsed(laneIndex, true);
    } else {
        m_collapsedKeys.erase(it);
        m_lanes.setCollapsed(laneIndex, false);
    }
    invalidateLayout();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        // Horizontal wheel or Shift+wheel pans, as in every timeline editor.
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        m_scale.pan(d / 120.0 * m_scale.width() * kKeyPanFraction);
        invalidateLayout();
        emitRange();
    } else if (event->modifiers() & Qt::ControlModifier) {
        QAbstractScrollArea::wheelEvent(event); // Ctrl+wheel scrolls the lanes
        return;
    } else if (delta.y() != 0) {
        zoomAround(event->position().x(), std::pow(kWheelZoomPerNotch, delta.y() / 120.0));
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    // Tab and Shift+Tab step through events in time order instead of moving
    // the focus away: the timeline is where a keyboard user reads.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            selectNext();
            return true;
        }
        if (key->key() == Qt::Key_Backtab) {
            selectPrevious();
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(viewport()->mapFromGlobal(gesture->globalPosition().toPoint()).x(), 1.0 + gesture->value());
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        ctrl ? selectPrevious() : panLeft();
        break;
    case Qt::Key_Right:
        ctrl ? selectNext() : panRight();
        break;
    case Qt::Key_Up:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection) {
            emit eventActivated(*m_selection);
        }
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_dragStart = event->position();
        m_dragStartDay = m_scale.startDay();
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed) {
        const QPointF d = event->position() - m_dragStart;
        if (!m_dragging && d.manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_scale = TimeScale(m_scale.width(), m_dragStartDay - d.x() * m_scale.daysPerPixel(),
                                m_scale.daysPerPixel());
            m_scale.pan(0.0); // applies the limits
            invalidateLayout();
            emitRange();
        }
        return;
    }
    const auto hit = hitAt(event->position());
    const std::optional<core::EventIndex> hover = hit ? std::optional(hit->event) : std::nullopt;
    if (hover != m_hover) {
        m_hover = hover;
        viewport()->update();
    }
    viewport()->setCursor(hit || laneHeaderAt(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        return;
    }
    m_pressed = false;
    viewport()->setCursor(Qt::ArrowCursor);
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    if (auto lane = laneHeaderAt(event->position())) {
        toggleLane(*lane);
        return;
    }
    const auto hit = hitAt(event->position());
    if (!hit) {
        clearSelection();
    } else if (hit->kind == Hit::Kind::Cluster && hit->count > 1) {
        // A cluster opens as you zoom in: zoom to the events it holds.
        const auto &c = m_layout.clusters[hit->record];
        const double first = m_scale.day(c.x0);
        const double last = m_scale.day(c.x1);
        const double middle = (first + last) / 2.0;
        const double span = std::max((last - first) * 1.6, TimeScale::kMinFitDays);
        m_scale.fit(middle - span / 2.0, middle + span / 2.0);
        invalidateLayout();
        emitRange();
    } else {
        selectEvent(hit->event);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const auto hit = hitAt(event->position());
    if (hit && hit->kind != Hit::Kind::Cluster) {
        selectEvent(hit->event);
        emit eventActivated(hit->event);
        return;
    }
    zoomAround(event->position().x(), 2.0);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (auto hit = hitAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tooltipFor(*hit), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::Leave && m_hover) {
        m_hover.reset();
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::tooltipFor(const Hit &hit) const
{
    const core::Dataset &ds = *m_dataset;
    if (hit.kind == Hit::Kind::Cluster && hit.count > 1) {
        return tr("%n events here — click to zoom in", nullptr, static_cast<int>(hit.count));
    }
    const auto e = hit.event;
    const auto &forum = ds.forumList()[ds.forums()[e]];
    // The date in words, then exactly as the data writes it (EDTF), so a
    // researcher sees both the reading and the recorded precision.
    QString written = fromView(ds.startText(e));
    if (!ds.endText(e).empty()) {
        written += u'/' + fromView(ds.endText(e));
    }
    return u"<b>" + fromView(ds.title(e)).toHtmlEscaped() + u"</b><br/>"
           + core::describeDates(ds.startText(e), ds.endText(e), locale()).toHtmlEscaped() + u" <tt>("
           + written.toHtmlEscaped() + u")</tt><br/>" + QString::fromStdString(forum.name).toHtmlEscaped();
}

QString TimelineView::laneName(const LaneRecord &lane) const
{
    const core::Dataset &ds = *m_dataset;
    switch (m_grouping) {
    case Grouping::Forum:
        return QString::fromStdString(ds.forumList()[static_cast<std::size_t>(lane.key)].name);
    case Grouping::Topic:
        return static_cast<std::size_t>(lane.key) < ds.topicList().size()
                   ? QString::fromStdString(ds.topicList()[static_cast<std::size_t>(lane.key)].name)
                   : tr("No topic");
    case Grouping::Kind:
        return kindName(std::string(core::kEventKindSlugs[static_cast<std::size_t>(lane.key)]));
    }
    return {};
}

} // namespace ict::app
