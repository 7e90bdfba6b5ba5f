#pragma once

// The legend under the timeline: the forum families' colours and how dates
// of different certainty are drawn (exact day, interval, approximate or
// uncertain, month or year precision, folded cluster).

#include <QWidget>

#include <vector>

namespace ict::app {

class TimelineColours;

class TimelineLegend : public QWidget {
    Q_OBJECT
public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setColours(const TimelineColours *colours);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {100, heightForWidth(std::max(width(), 200))}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item {
        QString label;
        int glyph = -1; // -1: a colour family chip; 0..4: a certainty glyph
        QColor colour;
        QRect rect;     // placed by place()
    };
    // Flows the items into lines for `width`: the colour families first, the
    // certainty glyphs from a new line. Returns the height used.
    int place(int width, std::vector<Item> &items) const;
    std::vector<Item> items() const;
    void paintGlyph(QPainter &p, const QRectF &glyph, int kind, const QColor &sample) const;

    const TimelineColours *m_colours = nullptr;
};

} // namespace ict::app
