#include "timeline/timelinelegend.h"

#include "timeline/timelinecolours.h"

#include <QPainter>

namespace ict::app {

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineLegend"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineLegend::setColours(const TimelineColours *colours)
{
    m_colours = colours;
    updateGeometry();
    update();
}

QSize TimelineLegend::sizeHint() const
{
    return {600, 2 * (fontMetrics().height() + 6) + 4};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height() + 6;
    const QColor text = palette().color(QPalette::WindowText);
    int x = 8;
    int y = 2;
    const auto next = [&](int w) {
        if (x + w > width() - 8 && x > 8) {
            x = 8;
            y += lineHeight;
        }
    };
    // Colours of the forum families.
    if (m_colours) {
        for (const auto &f : m_colours->families()) {
            const int w = 14 + fm.horizontalAdvance(f.name) + 16;
            next(w);
            p.setPen(Qt::NoPen);
            p.setBrush(f.colour);
            p.drawRoundedRect(QRectF(x, y + (lineHeight - 10) / 2.0, 10, 10), 2, 2);
            p.setPen(text);
            p.drawText(QRect(x + 14, y, w, lineHeight), Qt::AlignVCenter | Qt::AlignLeft, f.name);
            x += w;
        }
    }
    x = 8;
    y += lineHeight;
    // How certainty is drawn.
    const QColor sample = m_colours && !m_colours->families().empty() ? m_colours->families().front().colour
                                                                        : palette().color(QPalette::Highlight);
    struct Item {
        QString label;
        int kind;
    };
    const Item items[] = {{tr("exact day"), 0},       {tr("period"), 1}, {tr("approximate or uncertain"), 2},
                          {tr("month or year only"), 3}, {tr("folded events (count)"), 4}};
    for (const auto &item : items) {
        const int w = 30 + fm.horizontalAdvance(item.label) + 16;
        const QRectF glyph(x, y + (lineHeight - 10) / 2.0, 24, 10);
        switch (item.kind) {
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
        p.setPen(text);
        p.drawText(QRect(x + 30, y, w, lineHeight), Qt::AlignVCenter | Qt::AlignLeft, item.label);
        x += w;
    }
}

} // namespace ict::app
