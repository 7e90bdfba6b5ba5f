// Phase two of the timeline: painting the records core's layout produced.
// Nothing here decides what is visible or where it goes; it only draws.

#include "timeline/timelineview.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ict::app {

using namespace core::timeline;

namespace {

constexpr double kBarRadius = 3.0;
constexpr double kFadePx = 14.0; // length of the faded end of an approximate or uncertain date

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(static_cast<float>(alpha));
    return c;
}

// Approximate (~) and uncertain (?) ends fade out, so a reader sees at a
// glance that the edge is not a known day. Month- or year-precision dates are
// drawn across their whole span with a hatched fill: the event happened
// somewhere inside, not on every day of it.
QBrush barBrush(const QRectF &r, const QColor &colour, std::uint16_t flags)
{
    const auto date = static_cast<std::uint8_t>(flags & RecordFlag::DateFlagsMask);
    const bool fadeStart = date & (core::DateFlag::StartApproximate | core::DateFlag::StartUncertain);
    const bool fadeEnd = date & (core::DateFlag::EndApproximate | core::DateFlag::EndUncertain | core::DateFlag::OpenEnd)
                         || (!(date & core::DateFlag::Interval)
                             && (date & (core::DateFlag::StartApproximate | core::DateFlag::StartUncertain)));
    if (!fadeStart && !fadeEnd) {
        return QBrush(colour);
    }
    QLinearGradient g(r.left(), 0, r.right(), 0);
    const double w = std::max(1.0, r.width());
    const double f = std::min(0.45, kFadePx / w);
    g.setColorAt(0.0, fadeStart ? withAlpha(colour, 0.15) : colour);
    g.setColorAt(f, colour);
    g.setColorAt(1.0 - f, colour);
    g.setColorAt(1.0, fadeEnd ? withAlpha(colour, 0.15) : colour);
    return QBrush(g);
}

bool imprecise(std::uint16_t flags)
{
    return flags & (core::DateFlag::ImpreciseStart | core::DateFlag::ImpreciseEnd);
}

bool unsure(std::uint16_t flags)
{
    return flags & (core::DateFlag::StartApproximate | core::DateFlag::StartUncertain | core::DateFlag::EndApproximate
                    | core::DateFlag::EndUncertain);
}

} // namespace

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!m_dataset || m_dataset->empty()) {
        paintEmpty(p);
        return;
    }
    p.save();
    p.setClipRect(QRect(0, kAxisHeight, viewport()->width(), viewport()->height() - kAxisHeight));
    paintLanes(p);
    p.setRenderHint(QPainter::Antialiasing, true);
    paintRecords(p);
    p.restore();
    paintAxis(p);
}

void TimelineView::paintEmpty(QPainter &p)
{
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No events to show"));
}

void TimelineView::paintAxis(QPainter &p)
{
    const int width = viewport()->width();
    const double dpr = devicePixelRatioF();
    if (m_axisCacheWidth != width || m_axisCacheStart != m_scale.startDay()
        || m_axisCacheDpp != m_scale.daysPerPixel() || m_axisCache.devicePixelRatio() != dpr) {
        m_axisCache = QPixmap(QSize(width, kAxisHeight) * dpr);
        m_axisCache.setDevicePixelRatio(dpr);
        m_axisCache.fill(palette().color(QPalette::Window));
        QPainter a(&m_axisCache);
        const QFontMetricsF fm(font());
        const auto ticks = axisTicks(
            m_scale, [&fm](const QString &s) { return static_cast<float>(fm.horizontalAdvance(s)); }, locale());
        const QColor text = palette().color(QPalette::WindowText);
        const QColor line = withAlpha(text, 0.35);
        a.setPen(line);
        a.drawLine(QPointF(0, kAxisHeight - 0.5), QPointF(width, kAxisHeight - 0.5));
        for (const auto &t : ticks) {
            const double x = std::round(t.x * dpr) / dpr + 0.5 / dpr;
            a.setPen(t.major ? withAlpha(text, 0.6) : line);
            a.drawLine(QPointF(x, t.major ? kAxisHeight - 14 : kAxisHeight - 6), QPointF(x, kAxisHeight));
            if (!t.label.isEmpty()) {
                a.setPen(text);
                a.drawText(QPointF(t.labelX, kAxisHeight - 18), t.label);
            }
        }
        m_axisCacheWidth = width;
        m_axisCacheStart = m_scale.startDay();
        m_axisCacheDpp = m_scale.daysPerPixel();
    }
    p.drawPixmap(0, 0, m_axisCache);

    // Today, across the axis and the lanes.
    if (m_layout.todayX >= 0 && m_layout.todayX <= width) {
        QPen pen(QColor(0xD5, 0x5E, 0x00), 1.5);
        p.setPen(pen);
        p.drawLine(QPointF(m_layout.todayX, kAxisHeight - 10), QPointF(m_layout.todayX, viewport()->height()));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        p.drawText(QPointF(m_layout.todayX + 3, kAxisHeight - 3), tr("today"));
        p.setFont(font());
    }
}

void TimelineView::paintLanes(QPainter &p)
{
    const QPalette pal = palette();
    const QColor band = withAlpha(pal.color(QPalette::AlternateBase), 1.0);
    const QColor header = withAlpha(pal.color(QPalette::Text), 0.06);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = withAlpha(text, 0.6);
    const int width = viewport()->width();
    for (std::size_t i = 0; i < m_layout.lanes.size(); ++i) {
        const LaneRecord &lane = m_layout.lanes[i];
        if (lane.y > viewport()->height() || lane.y + lane.height < kAxisHeight) {
            continue;
        }
        if (i % 2 == 1) {
            p.fillRect(QRectF(0, lane.y, width, lane.height), band);
        }
        p.fillRect(QRectF(0, lane.y, width, m_params.laneHeaderHeight), header);
        const QString arrow = lane.collapsed ? QStringLiteral("\u25B8 ") : QStringLiteral("\u25BE ");
        const QString name = laneName(lane);
        const QString count = lane.visibleCount == lane.eventCount
                                  ? QString::number(lane.eventCount)
                                  : tr("%1 of %2").arg(lane.visibleCount).arg(lane.eventCount);
        const QRectF textRect(6, lane.y, width - 12, m_params.laneHeaderHeight);
        p.setPen(text);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QString title = arrow + name;
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, title);
        const double titleWidth = QFontMetricsF(bold).horizontalAdvance(title);
        p.setFont(font());
        p.setPen(muted);
        p.drawText(textRect.adjusted(titleWidth + 8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, count);
    }
}

void TimelineView::paintRecords(QPainter &p)
{
    const core::Dataset &ds = *m_dataset;
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QColor selectionColour = palette().color(QPalette::Highlight);
    const bool dark = TimelineColours::isDark(palette());

    const auto colourOf = [&](int key, std::uint16_t flags) {
        QColor c = m_colours.forumColour(key);
        if (flags & RecordFlag::FilteredOut) {
            c = withAlpha(c, 0.18);
        }
        return c;
    };

    // Folded clusters: a block that says how many events it holds.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF smallFm(small);
    p.setFont(small);
    for (const ClusterRecord &c : m_layout.clusters) {
        const QRectF r(c.x0, c.y + 2, std::max(2.0, c.x1 - c.x0), c.height - 4);
        QColor fill = m_colours.forumColour(c.colourKey);
        const double share = c.count ? static_cast<double>(c.passingCount) / c.count : 1.0;
        fill = withAlpha(fill, (c.overflow ? 0.25 : 0.45) * (0.4 + 0.6 * share));
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 2, 2);
        const QString n = QString::number(c.count);
        if (smallFm.horizontalAdvance(n) + 4 <= r.width()) {
            p.setPen(text);
            p.drawText(r, Qt::AlignCenter, n);
        }
    }

    // Bars: intervals.
    for (const BarRecord &b : m_layout.bars) {
        const QRectF r(b.x0, b.y + 2, std::max(1.0, b.x1 - b.x0), b.height - 4);
        const QColor c = colourOf(b.colourKey, b.flags);
        p.setPen(Qt::NoPen);
        p.setBrush(barBrush(r, imprecise(b.flags) ? withAlpha(c, c.alphaF() * 0.55) : c, b.flags));
        p.drawRoundedRect(r, kBarRadius, kBarRadius);
        if (imprecise(b.flags)) {
            p.setBrush(QBrush(withAlpha(dark ? base : text, 0.22), Qt::BDiagPattern));
            p.drawRoundedRect(r, kBarRadius, kBarRadius);
        }
        if (m_selection == b.event || m_hover == b.event) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(m_selection == b.event ? selectionColour : text, m_selection == b.event ? 2.0 : 1.0));
            p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), kBarRadius, kBarRadius);
        }
    }

    // Markers: single days. Approximate or uncertain dates are hollow.
    for (const MarkerRecord &m : m_layout.markers) {
        const double radius = kMarkerRadiusPx + 1.0;
        const QPointF centre(m.x, m.y + m.height / 2.0);
        const QColor c = colourOf(m.colourKey, m.flags);
        if (unsure(m.flags)) {
            p.setBrush(base);
            p.setPen(QPen(c, 1.6, Qt::SolidLine));
        } else if (imprecise(m.flags)) {
            p.setBrush(withAlpha(c, c.alphaF() * 0.55));
            p.setPen(QPen(c, 1.0));
        } else {
            p.setBrush(c);
            p.setPen(QPen(base, 1.0));
        }
        p.drawEllipse(centre, radius, radius);
        if (m_selection == m.event || m_hover == m.event) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(m_selection == m.event ? selectionColour : text, m_selection == m.event ? 2.0 : 1.0));
            p.drawEllipse(centre, radius + 2.5, radius + 2.5);
        }
    }

    // Labels: placed by the layout where they fit, never overlapping.
    p.setFont(font());
    const QFontMetricsF fm(font());
    for (const LabelRecord &l : m_layout.labels) {
        const QString title = QString::fromUtf8(ds.title(l.event).data(), static_cast<qsizetype>(ds.title(l.event).size()));
        const QString shown = l.elided ? fm.elidedText(title, Qt::ElideRight, l.width) : title;
        QColor colour = text;
        if (l.insideBar) {
            colour = dark ? QColor(0x10, 0x10, 0x10) : QColor(0xFF, 0xFF, 0xFF);
        }
        if (m_selection == l.event) {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
        }
        p.setPen(colour);
        p.drawText(QRectF(l.x, l.y, l.width + 2, l.height), Qt::AlignVCenter | Qt::AlignLeft, shown);
        if (m_selection == l.event) {
            p.setFont(font());
        }
    }
}

} // namespace ict::app
