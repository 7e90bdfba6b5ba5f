#include "timeline/overviewstrip.h"

#include "core/timeline/overview.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ict::app {

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewStrip"));
    setMinimumHeight(28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the whole period: click or drag to move the view"));
    setAccessibleName(tr("Timeline overview"));
}

void OverviewStrip::setDataset(const core::Dataset *dataset)
{
    m_dataset = dataset;
    m_pass = {};
    if (dataset && !dataset->empty()) {
        // A little room either side so the first and last events are not on the edge.
        const double span = std::max(30.0, static_cast<double>(dataset->lastDay() - dataset->firstDay()));
        m_first = static_cast<double>(dataset->firstDay()) - span * 0.02;
        m_last = static_cast<double>(dataset->lastDay() + 1) + span * 0.02;
    } else {
        m_first = 0;
        m_last = 1;
    }
    recompute();
}

void OverviewStrip::setFilter(std::span<const std::uint8_t> pass)
{
    m_pass = pass;
    recompute();
}

void OverviewStrip::setVisibleRange(double firstDay, double lastDay)
{
    m_visibleFirst = firstDay;
    m_visibleLast = lastDay;
    update();
}

void OverviewStrip::recompute()
{
    m_bins.clear();
    if (m_dataset && !m_dataset->empty() && width() > 0) {
        m_bins = core::timeline::densityHistogram(*m_dataset, m_pass, m_first, m_last,
                                                  static_cast<std::size_t>(std::max(1, width())));
    }
    m_cache = QImage();
    update();
}

void OverviewStrip::resizeEvent(QResizeEvent *)
{
    recompute();
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_cache = QImage();
    }
    QWidget::changeEvent(event);
}

double OverviewStrip::dayAt(double x) const
{
    return m_first + x / std::max(1, width()) * (m_last - m_first);
}

double OverviewStrip::xOf(double day) const
{
    return (day - m_first) / (m_last - m_first) * width();
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    if (m_cache.isNull() || m_cache.size() != size() * devicePixelRatioF()) {
        m_cache = QImage(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(devicePixelRatioF());
        m_cache.fill(pal.color(QPalette::AlternateBase));
        QPainter c(&m_cache);
        if (!m_bins.empty()) {
            const auto maxBin = *std::max_element(m_bins.begin(), m_bins.end());
            // Square-root scale: one busy week must not flatten a decade of
            // steady activity into nothing.
            const double top = std::sqrt(static_cast<double>(std::max<std::uint32_t>(1, maxBin)));
            QColor bar = pal.color(QPalette::Highlight);
            bar.setAlphaF(0.75F);
            const double binWidth = static_cast<double>(width()) / static_cast<double>(m_bins.size());
            for (std::size_t i = 0; i < m_bins.size(); ++i) {
                if (m_bins[i] == 0) {
                    continue;
                }
                const double h = std::max(2.0, std::sqrt(static_cast<double>(m_bins[i])) / top * (height() - 4));
                c.fillRect(QRectF(static_cast<double>(i) * binWidth, height() - 2 - h, std::max(1.0, binWidth), h), bar);
            }
        }
    }
    p.drawImage(0, 0, m_cache);
    if (m_visibleLast > m_visibleFirst) {
        const double x0 = std::clamp(xOf(m_visibleFirst), 0.0, static_cast<double>(width()));
        const double x1 = std::clamp(xOf(m_visibleLast), 0.0, static_cast<double>(width()));
        QColor shade = pal.color(QPalette::Window);
        shade.setAlphaF(0.55F);
        p.fillRect(QRectF(0, 0, x0, height()), shade);
        p.fillRect(QRectF(x1, 0, width() - x1, height()), shade);
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x0, 0.75, std::max(3.0, x1 - x0), height() - 1.5));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void OverviewStrip::moveWindowTo(double x)
{
    const double span = std::max(1.0, m_visibleLast - m_visibleFirst);
    const double centre = dayAt(x);
    emit rangeRequested(centre - span / 2.0, centre + span / 2.0);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        moveWindowTo(event->position().x());
    }
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        moveWindowTo(event->position().x());
    }
}

} // namespace ict::app
