#pragma once

// The legend under the timeline: the forum families' colours and how dates
// of different certainty are drawn (exact day, interval, approximate or
// uncertain, month or year precision, folded cluster).

#include <QWidget>

namespace ict::app {

class TimelineColours;

class TimelineLegend : public QWidget {
    Q_OBJECT
public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setColours(const TimelineColours *colours);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {100, sizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const TimelineColours *m_colours = nullptr;
};

} // namespace ict::app
