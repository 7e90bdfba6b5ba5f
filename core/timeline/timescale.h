#pragma once

// The viewport's mapping between time and x. Time is a fractional day number
// (double, days since 1970-01-01) so that a frame can show a quarter of a day
// as easily as two centuries; pixels are logical pixels. Everything the
// layout and the axis compute goes through x() and day(), so zoom and pan are
// just changes of two numbers: the day at x = 0 and the days per pixel.

#include "core/civildate.h"

#include <algorithm>
#include <cmath>

namespace ict::core::timeline {

// Whole days from a fractional day number. Clamped far outside any date, so
// that a pixel far off screen never overflows the conversion.
inline DayNumber floorDay(double day)
{
    constexpr double kLimit = 1e15;
    return static_cast<DayNumber>(std::clamp(std::floor(day), -kLimit, kLimit));
}
inline DayNumber ceilDay(double day)
{
    constexpr double kLimit = 1e15;
    return static_cast<DayNumber>(std::clamp(std::ceil(day), -kLimit, kLimit));
}

class TimeScale {
public:
    // Most zoomed in: one day spans this many pixels.
    static constexpr double kMaxPixelsPerDay = 200.0;
    // Most zoomed out: this many years across the whole width.
    static constexpr double kMaxVisibleYears = 200.0;
    static constexpr double kDaysPerYear = 365.2425;
    // fit() never shows less than this, so a single event gets a few weeks
    // of context around it instead of the maximum zoom.
    static constexpr double kMinFitDays = 28.0;
    static constexpr double kDefaultFitMarginPx = 24.0;
    // Panning stops at the dates EDTF can express (years 0000 to 9999).
    static constexpr double kWorldFirstDay = static_cast<double>(daysFromCivil(0, 1, 1));
    static constexpr double kWorldLastDay = static_cast<double>(daysFromCivil(10000, 1, 1));

    // 1998 to 2026 across 1000 px: the span of the curated data.
    TimeScale();
    TimeScale(double widthPx, double startDay, double daysPerPixel);

    double width() const { return m_width; }
    double startDay() const { return m_start; }
    double endDay() const { return m_start + m_width * m_daysPerPixel; }
    double daysPerPixel() const { return m_daysPerPixel; }
    double pixelsPerDay() const { return 1.0 / m_daysPerPixel; }
    double minDaysPerPixel() const { return 1.0 / kMaxPixelsPerDay; }
    double maxDaysPerPixel() const { return kMaxVisibleYears * kDaysPerYear / m_width; }

    double x(double day) const { return (day - m_start) / m_daysPerPixel; }
    double day(double x) const { return m_start + x * m_daysPerPixel; }

    // A resize keeps the left edge and the scale: more width shows more time
    // on the right, as a resized editor shows more lines.
    void setWidth(double widthPx);
    // factor > 1 zooms in. The day under anchorX stays under anchorX unless a
    // zoom limit or the edge of the world stops it.
    void zoomAt(double anchorX, double factor);
    // Drag by dx pixels: positive dx moves the content right (earlier time
    // comes into view), as when dragging a map.
    void pan(double dx);
    // Shows the days [firstDay, lastDay] (inclusive: lastDay's whole day is
    // visible) with marginPx of space on both sides, at least kMinFitDays.
    void fit(double firstDay, double lastDay, double marginPx = kDefaultFitMarginPx);

private:
    void clampScale();
    void clampStart();

    double m_width = 1000.0;
    double m_start = 0.0;
    double m_daysPerPixel = 1.0;
};

} // namespace ict::core::timeline
