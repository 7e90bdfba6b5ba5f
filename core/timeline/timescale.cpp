#include "core/timeline/timescale.h"

#include <algorithm>
#include <cmath>

namespace ict::core::timeline {

namespace {
// A zero or negative width (a widget before its first resize) would divide by
// zero; one pixel keeps every formula finite.
constexpr double kMinWidthPx = 1.0;
} // namespace

TimeScale::TimeScale()
{
    fit(static_cast<double>(daysFromCivil(1998, 1, 1)), static_cast<double>(daysFromCivil(2025, 12, 31)));
}

TimeScale::TimeScale(double widthPx, double startDay, double daysPerPixel)
    : m_width(std::max(widthPx, kMinWidthPx)), m_start(startDay), m_daysPerPixel(daysPerPixel)
{
    clampScale();
    clampStart();
}

void TimeScale::setWidth(double widthPx)
{
    m_width = std::max(widthPx, kMinWidthPx);
    clampScale();
    clampStart();
}

void TimeScale::zoomAt(double anchorX, double factor)
{
    if (!(factor > 0.0) || !std::isfinite(factor)) {
        return;
    }
    const double anchorDay = day(anchorX);
    m_daysPerPixel /= factor;
    clampScale();
    m_start = anchorDay - anchorX * m_daysPerPixel;
    clampStart();
}

void TimeScale::pan(double dx)
{
    m_start -= dx * m_daysPerPixel;
    clampStart();
}

void TimeScale::fit(double firstDay, double lastDay, double marginPx)
{
    if (lastDay < firstDay) {
        std::swap(firstDay, lastDay);
    }
    double from = firstDay;
    double to = lastDay + 1.0; // the last day is drawn whole
    if (to - from < kMinFitDays) {
        const double centre = (from + to) / 2.0;
        from = centre - kMinFitDays / 2.0;
        to = centre + kMinFitDays / 2.0;
    }
    // A margin that would leave almost no room for the data is ignored.
    const double usable = m_width - 2.0 * marginPx > m_width / 2.0 ? m_width - 2.0 * marginPx : m_width;
    const double margin = (m_width - usable) / 2.0;
    m_daysPerPixel = (to - from) / usable;
    clampScale();
    // Centre the data: when a zoom limit changed the scale, the data stays in
    // the middle of the view instead of sticking to the left margin.
    m_start = (from + to) / 2.0 - (margin + usable / 2.0) * m_daysPerPixel;
    clampStart();
}

void TimeScale::clampScale()
{
    if (!std::isfinite(m_daysPerPixel) || m_daysPerPixel <= 0.0) {
        m_daysPerPixel = maxDaysPerPixel();
    }
    m_daysPerPixel = std::clamp(m_daysPerPixel, minDaysPerPixel(), maxDaysPerPixel());
}

void TimeScale::clampStart()
{
    if (!std::isfinite(m_start)) {
        m_start = 0.0;
    }
    const double span = m_width * m_daysPerPixel;
    m_start = std::clamp(m_start, kWorldFirstDay, std::max(kWorldFirstDay, kWorldLastDay - span));
}

} // namespace ict::core::timeline
