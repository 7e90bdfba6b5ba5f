#include "timeline/timelinelegend.h"

#include "timeline/timelinecolours.h"

#include <QPainter>

namespace ict::app {

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineLegend"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TimelineLegend::setColours(const TimelineColours *colours)
{
    m_colours = colours;
    updateGeometry();
    update();
}

std::vector<TimelineLegend::Item> TimelineLegend::items() const
{
    std::vector<Item> out;
    if (m_colours) {
        for (const auto &f : m_colours->families()) {
            out.push_back({f.name, -1, f.colour, {}});
        }
    }
    const QString labels[] = {tr("exact day"), tr("period"), tr("approximate or uncertain"), tr("month or year only"),
                              tr("folded events (count)")};
    for (int i = 0; i < 5; ++i) {
        out.push_back({labels[i], i, {}, {}});
    }
    return out;
}

int TimelineLegend::place(int width, std::vector<Item> &list) const
{
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height() + 6;
    int x = 8;
    int y = 2;
    bool firstGlyph = true;
    for (Item &item : list) {
        const int w = (item.glyph < 0 ? 14 : 30) + fm.horizontalAdvance(item.label) + 16;
        const bool newSection = item.glyph >= 0 && firstGlyph && x > 8;
        if (item.glyph >= 0) {
            firstGlyph = false;
        }
        if (newSection || (x + w > width - 8 && x > 8)) {
            x = 8;
            y += lineHeight;
        }
        item.rect = QRect(x, y, w, lineHeight);
        x += w;
    }
    return y + lineHeight + 2;
}

int TimelineLegend::heightForWidth(int w) const
{
    // The number of lines depends on the width: the layout asks for each.
    std::vector<Item> list = items();
    return place(w, list);
}

QSize TimelineLegend::sizeHint() const
{
    return {600, heightForWidth(std::max(width(), 600))};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    std::vector<Item> list = items();
    place(width(), list);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor sample = m_colours && !m_colours->families().empty() ? m_colours->families().front().colour
                                                                        : palette().color(QPalette::Highlight);
    for (const Item &item : list) {
        const QRect &r = item.rect;
        if (item.glyph < 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(item.colour);
            p.drawRoundedRect(QRectF(r.x(), r.y() + (r.height() - 10) / 2.0, 10, 10), 2, 2);
            p.setPen(text);
            p.drawText(r.adjusted(14, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, item.label);
        } else {
            paintGlyph(p, QRectF(r.x(), r.y() + (r.height() - 10) / 2.0, 24, 10), item.glyph, sample);
            p.setPen(text);
            p.drawText(r.adjusted(30, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, item.label);
        }
    }
}

void TimelineLegend::paintGlyph(QPainter &p, const QRectF &glyph, int kind, const QColor &sample) const
{
    const QColor text = palette().color(QPalette::WindowText);
    switch (kind) {
    case 0:
        p.setPen(QPen(palette().color(QPalette::Base), 1));
        p.setBrush(sample);
        p.drawEllipse(glyph.center(), 4, 4);
        break;
    case 1:
        p.setPen(Qt::NoPen);
        p.setBrush(sample);
        p.drawRoundedRect(glyph, 3, 3);
        break;
    case 2: {
        QLinearGradient g(glyph.left(), 0, glyph.right(), 0);
        QColor faded = sample;
        faded.setAlphaF(0.15F);
        g.setColorAt(0, faded);
        g.setColorAt(0.45, sample);
        g.setColorAt(1, faded);
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRoundedRect(glyph, 3, 3);
        break;
    }
    case 3: {
        QColor light = sample;
        light.setAlphaF(0.55F);
        p.setPen(Qt::NoPen);
        p.setBrush(light);
        p.drawRoundedRect(glyph, 3, 3);
        QColor hatch = text;
        hatch.setAlphaF(0.25F);
        p.setBrush(QBrush(hatch, Qt::BDiagPattern));
        p.drawRoundedRect(glyph, 3, 3);
        break;
    }
    default: {
        QColor block = sample;
        block.setAlphaF(0.45F);
        p.setPen(Qt::NoPen);
        p.setBrush(block);
        p.drawRoundedRect(glyph, 2, 2);
        p.setPen(text);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.75);
        p.setFont(small);
        p.drawText(glyph, Qt::AlignCenter, QStringLiteral("12"));
        p.setFont(font());
        break;
    }
    }
}

} // namespace ict::app
