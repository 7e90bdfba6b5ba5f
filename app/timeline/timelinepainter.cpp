// Phase two of the timeline: painting the records core's layout produced.
// Nothing here decides what is visible or where it goes; it only draws.

#include "timeline/timelineview.h"

#include <QHash>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QStaticText>
#include <QTextLayout>

#include <cmath>
#include <string>
#include <unordered_map>

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

// ---- Shaped text, kept between frames ------------------------------------------
//
// Shaping text (HarfBuzz, through QPainter::drawText and
// QFontMetricsF::elidedText) was more than half of a frame's painting:
// every label, cluster count, lane header and axis label was shaped again on
// every frame, although from one frame to the next almost all of them are
// the same strings. QStaticText keeps the glyphs and their positions, so a
// cached string is drawn without shaping, and to the pixel as drawText drew
// it (checked for the placements used here: left and vertically centred in
// a rect, centred, at a baseline).

QStaticText prepared(const QString &text, const QFont &font)
{
    QStaticText s(text);
    s.setTextFormat(Qt::PlainText);
    s.prepare(QTransform(), font);
    return s;
}

// Short strings in one font: counts, lane names, axis labels, "today".
class TextCache {
public:
    // Forgets everything when the font changes.
    void use(const QFont &font)
    {
        if (!(font == m_font)) {
            m_font = font;
            m_texts.clear();
        }
    }
    const QStaticText &operator()(const QString &text)
    {
        auto it = m_texts.constFind(text);
        if (it == m_texts.constEnd()) {
            if (m_texts.size() >= kMaxEntries) {
                m_texts.clear(); // a frame needs a few hundred at most: start over
            }
            it = m_texts.insert(text, prepared(text, m_font));
        }
        return *it;
    }

private:
    static constexpr qsizetype kMaxEntries = 2048;
    QFont m_font;
    QHash<QString, QStaticText> m_texts;
};

// Event titles for labels: the whole title shaped once, the x of every
// cursor position (to elide without shaping again), and the elided form
// last drawn, which stays valid while the cut stays at the same character.
struct TitleText {
    std::string source; // the UTF-8 title it was made from: a new Dataset may reuse an index
    QString text;
    QStaticText full;
    std::vector<std::pair<int, float>> cursors; // (position, x) of each valid cursor position
    int elidedAt = -1;
    QStaticText elided;
};

class TitleCache {
public:
    void use(const QFont &font)
    {
        if (!m_ready || !(font == m_font)) {
            m_ready = true;
            m_font = font;
            m_titles.clear();
            // The ellipsis elidedText uses: U+2026 if the font has it, else "...".
            const QRawFont raw = QRawFont::fromFont(font);
            const bool hasEllipsis = raw.supportsCharacter(QChar(0x2026));
            m_ellipsis = hasEllipsis ? QString(QChar(0x2026)) : QStringLiteral("...");
            const auto glyphs = raw.glyphIndexesForString(m_ellipsis.left(1));
            const auto advances = raw.advancesForGlyphIndexes(glyphs);
            m_ellipsisWidth = advances.isEmpty() ? QFontMetricsF(font).horizontalAdvance(m_ellipsis)
                                                 : advances.first().x() * (hasEllipsis ? 1 : 3);
        }
    }
    TitleText &operator()(core::EventIndex event, std::string_view utf8)
    {
        auto it = m_titles.find(event);
        if (it != m_titles.end() && it->second.source == utf8) {
            return it->second;
        }
        if (m_titles.size() >= kMaxEntries) {
            m_titles.clear();
        }
        TitleText &t = m_titles[event];
        t = TitleText{};
        t.source.assign(utf8);
        t.text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
        t.full = prepared(t.text, m_font);
        return t;
    }
    // Whether QFontMetricsF::elidedText would cut the title at this width.
    static bool needsEliding(const TitleText &t, double width) { return t.full.size().width() > fixedWidth(width); }

    // What QFontMetricsF::elidedText(title, Qt::ElideRight, width) returns,
    // to the character (QTextEngine::elidedText, Qt 6.4): the width in 1/64
    // px truncated, the longest prefix ending on a grapheme boundary whose
    // width stays strictly below it minus the ellipsis, then the ellipsis.
    const QStaticText &elided(TitleText &t, double width)
    {
        if (t.cursors.empty()) {
            QTextLayout layout(t.text, m_font);
            QTextOption option;
            option.setWrapMode(QTextOption::NoWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(1e6); // one line, however long
            layout.endLayout();
            for (int pos = 0; pos <= t.text.size(); ++pos) {
                if (pos == 0 || pos == t.text.size() || layout.isValidCursorPosition(pos)) {
                    t.cursors.emplace_back(pos, static_cast<float>(line.cursorToX(pos)));
                }
            }
        }
        const double room = fixedWidth(width) - m_ellipsisWidth;
        int cut = 0;
        for (const auto &[pos, x] : t.cursors) {
            if (pos > 0 && !(static_cast<double>(x) < room)) {
                break;
            }
            cut = pos;
        }
        if (room < 0) {
            cut = -2; // elidedText gives up: nothing is drawn
        }
        if (cut != t.elidedAt) {
            t.elidedAt = cut;
            t.elided = prepared(cut < 0 ? QString() : t.text.left(cut) + m_ellipsis, m_font);
            // Inside a ligature (fi, fl, ff) the cursor x is interpolated,
            // where elidedText counts the whole glyph: step back until the
            // prefix, shaped on its own, fits (about one label in 2,500).
            for (auto it = std::find_if(t.cursors.rbegin(), t.cursors.rend(), [cut](const auto &c) { return c.first < cut; });
                 cut > 0 && t.elided.size().width() > fixedWidth(width) && it != t.cursors.rend(); ++it) {
                cut = it->first;
                t.elided = prepared(t.text.left(cut) + m_ellipsis, m_font);
            }
        }
        return t.elided;
    }

private:
    // QFixed::fromReal: 1/64 px, truncated.
    static double fixedWidth(double width) { return static_cast<double>(static_cast<int>(width * 64.0)) / 64.0; }

    static constexpr std::size_t kMaxEntries = 4096;
    bool m_ready = false;
    QFont m_font;
    QString m_ellipsis;
    double m_ellipsisWidth = 0;
    std::unordered_map<core::EventIndex, TitleText> m_titles;
};

// The caches live in a child object of the view, so they go with it.
class PaintCache : public QObject {
public:
    explicit PaintCache(QObject *parent)
        : QObject(parent)
    {
        setObjectName(name());
    }
    static QString name() { return QStringLiteral("ict-timeline-paint-cache"); }

    static PaintCache &of(QObject *view)
    {
        auto *cache = view->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly);
        return cache ? *static_cast<PaintCache *>(cache) : *new PaintCache(view);
    }

    TextCache normal, bold, small, axisBold;
    TitleCache titles;
};

// Draws `text` left-aligned and vertically centred in `r`, as
// drawText(r, Qt::AlignVCenter | Qt::AlignLeft, ...) does when the text fits
// (it clips otherwise: then drawText it is).
void drawLeftCentred(QPainter &p, const QRectF &r, const QStaticText &text, const QFontMetricsF &fm,
                     const QString &fallback)
{
    if (text.size().width() <= r.width()) {
        p.drawStaticText(QPointF(r.x(), r.y() + (r.height() - fm.height()) / 2.0), text);
    } else {
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, fallback);
    }
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
        // The labels are measured in the widget's font: draw them in it.
        a.setFont(font());
        PaintCache &cache = PaintCache::of(this);
        cache.normal.use(font());
        QFont contextFont = font();
        contextFont.setBold(true);
        cache.axisBold.use(contextFont);
        const AxisContext context = axisContext(
            m_scale, [&cache](const QString &s) { return static_cast<float>(cache.axisBold(s).size().width()); },
            locale());
        const auto ticks = axisTicks(
            m_scale, [&cache](const QString &s) { return static_cast<float>(cache.normal(s).size().width()); },
            locale(), context);
        const double ascent = QFontMetricsF(a.font()).ascent();
        const QColor text = palette().color(QPalette::WindowText);
        if (!context.label.isEmpty()) {
            a.setPen(text);
            a.setFont(contextFont);
            a.drawStaticText(QPointF(context.labelX, kAxisHeight - 18 - ascent), cache.axisBold(context.label));
            a.setFont(font());
        }
        const QColor line = withAlpha(text, 0.35);
        // The lines are 1 px rectangles: Qt 6.4's raster engine draws a
        // translucent 1 px line hundreds of times slower than the same
        // rectangle (0.3 ms for the axis line, through its thread pool).
        // The rectangles cover exactly the pixels the lines covered; on a
        // scaled screen the lines had square caps, half a pixel at the top.
        const double cap = dpr == 1.0 ? 0.0 : 0.5;
        a.fillRect(QRectF(0, kAxisHeight - 1, width, 1), line);
        for (const auto &t : ticks) {
            const double x = std::round(t.x * dpr) / dpr + 0.5 / dpr;
            const double top = (t.major ? kAxisHeight - 14 : kAxisHeight - 6) - cap;
            a.fillRect(QRectF(x - 0.5, top, 1, kAxisHeight - top), t.major ? withAlpha(text, 0.6) : line);
            if (!t.label.isEmpty()) {
                a.setPen(text);
                a.drawStaticText(QPointF(t.labelX, kAxisHeight - 18 - ascent), cache.normal(t.label));
            }
        }
        m_axisCacheWidth = width;
        m_axisCacheStart = m_scale.startDay();
        m_axisCacheDpp = m_scale.daysPerPixel();
    }
    p.drawPixmap(0, 0, m_axisCache);

    // Today, across the axis and the lanes.
    if (m_layout.todayX >= 0 && m_layout.todayX <= width) {
        const QColor orange(0xD5, 0x5E, 0x00);
        // The 1.5 px line with its square caps, as a rectangle (see above).
        p.fillRect(QRectF(m_layout.todayX - 0.75, kAxisHeight - 10 - 0.75, 1.5,
                          viewport()->height() - (kAxisHeight - 10) + 1.5),
                   orange);
        p.setPen(orange);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        PaintCache &cache = PaintCache::of(this);
        cache.small.use(small);
        p.drawStaticText(QPointF(m_layout.todayX + 3, kAxisHeight - 3 - QFontMetricsF(small).ascent()),
                         cache.small(tr("today")));
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
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);
    const QFontMetricsF fm(font());
    PaintCache &cache = PaintCache::of(this);
    cache.bold.use(bold);
    cache.normal.use(font());
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
        p.setFont(bold);
        const QStaticText &countText = cache.normal(count);
        QString title = arrow + name;
        // A long forum name in a narrow window gives way to its count: it
        // is elided (shaped again, for the few lanes on screen) so that
        // "1 of 11" stays in view instead of the name running off the edge.
        const double titleRoom = textRect.width() - 8 - countText.size().width();
        if (cache.bold(title).size().width() > titleRoom) {
            title = boldFm.elidedText(title, Qt::ElideRight, std::max(0.0, titleRoom));
        }
        const QStaticText &titleText = cache.bold(title);
        drawLeftCentred(p, textRect, titleText, boldFm, title);
        const double titleWidth = titleText.size().width();
        p.setFont(font());
        p.setPen(muted);
        drawLeftCentred(p, textRect.adjusted(titleWidth + 8, 0, 0, 0), countText, fm, count);
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
    PaintCache &cache = PaintCache::of(this);
    cache.small.use(small);
    for (const ClusterRecord &c : m_layout.clusters) {
        const QRectF r(c.x0, c.y + 2, std::max(2.0, c.x1 - c.x0), c.height - 4);
        QColor fill = m_colours.forumColour(c.colourKey);
        const double share = c.count ? static_cast<double>(c.passingCount) / c.count : 1.0;
        fill = withAlpha(fill, (c.overflow ? 0.25 : 0.45) * (0.4 + 0.6 * share));
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 2, 2);
        const QStaticText &n = cache.small(QString::number(c.count));
        const double w = n.size().width();
        if (w + 4 <= r.width()) {
            p.setPen(text);
            // Where drawText(r, Qt::AlignCenter, n) puts it.
            p.drawStaticText(QPointF(r.x() + (r.width() - w) / 2.0, r.y() + (r.height() - smallFm.height()) / 2.0), n);
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
    cache.titles.use(font());
    for (const LabelRecord &l : m_layout.labels) {
        QColor colour = text;
        if (l.insideBar) {
            colour = dark ? QColor(0x10, 0x10, 0x10) : QColor(0xFF, 0xFF, 0xFF);
        }
        p.setPen(colour);
        const QRectF r(l.x, l.y, l.width + 2, l.height);
        if (m_selection == l.event) {
            // One label in bold: shaped on the spot, as before. The layout
            // measured it in bold (TimelineView::titleWidth); where it still
            // had to be cut, it is elided in bold to its room, since drawText
            // would clip it mid-letter at the rectangle's edge.
            const QString title = QString::fromUtf8(ds.title(l.event).data(), static_cast<qsizetype>(ds.title(l.event).size()));
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, QFontMetricsF(bold).elidedText(title, Qt::ElideRight, r.width()));
            p.setFont(font());
            continue;
        }
        TitleText &title = cache.titles(l.event, ds.title(l.event));
        const bool elide = l.elided && TitleCache::needsEliding(title, l.width);
        drawLeftCentred(p, r, elide ? cache.titles.elided(title, l.width) : title.full, fm, title.text);
    }
}

} // namespace ict::app
