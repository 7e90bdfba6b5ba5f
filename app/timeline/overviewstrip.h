#pragma once

// The minimap above the timeline: where events are dense over the whole span,
// with the visible window marked. Clicking or dragging moves the window. The
// histogram is computed once per dataset or filter change (core's
// densityHistogram) and cached as an image; a pan only moves the window.

#include "core/dataset.h"

#include <QImage>
#include <QWidget>

#include <span>
#include <vector>

namespace ict::app {

class OverviewStrip : public QWidget {
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setDataset(const core::Dataset *dataset);
    void setFilter(std::span<const std::uint8_t> pass);
    QSize sizeHint() const override { return {400, 34}; }

    double firstDay() const { return m_first; }
    double lastDay() const { return m_last; }

public slots:
    void setVisibleRange(double firstDay, double lastDay);

signals:
    // The user moved the window: show this range.
    void rangeRequested(double firstDay, double lastDay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    double dayAt(double x) const;
    double xOf(double day) const;
    void moveWindowTo(double x);

    const core::Dataset *m_dataset = nullptr;
    std::span<const std::uint8_t> m_pass;
    double m_first = 0, m_last = 1;             // the whole span shown
    double m_visibleFirst = 0, m_visibleLast = 0;
    std::vector<std::uint32_t> m_bins;
    QImage m_cache;
};

} // namespace ict::app
