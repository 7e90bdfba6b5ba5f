#pragma once

// Ticks and labels of the time axis for the visible range. The level of
// detail comes from pixels, not from dates: a level is used for labelled
// (major) ticks when one of its steps is at least as wide as its named
// threshold below, and the next finer level supplies unlabelled (minor) ticks
// when its steps are at least kMinMinorStepPx apart. Labels are placed left to
// right and dropped when they would overlap the previous one, so they never
// overlap whatever the font.

#include "core/civildate.h"
#include "core/timeline/timescale.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace ict::core::timeline {

enum class AxisLevel : std::uint8_t { Decade, Year, Quarter, Month, Week, Day };

// The narrowest step that may carry a label at each level, in logical px.
// Each is a little wider than its typical label ("4 Dec", "Dec 1998",
// "Q3 2019", "1998") so that most labels survive the overlap pass; the year
// threshold is generous so that 30 years across a window read as decades.
inline constexpr double kMinDayStepPx = 40.0;
inline constexpr double kMinWeekStepPx = 70.0;
inline constexpr double kMinMonthStepPx = 60.0;
inline constexpr double kMinQuarterStepPx = 64.0;
inline constexpr double kMinYearStepPx = 60.0;
// Minor ticks closer than this would read as a grey smear.
inline constexpr double kMinMinorStepPx = 5.0;
// A label starts this far right of its tick and keeps this gap to the next.
inline constexpr double kAxisLabelPadPx = 3.0;
inline constexpr double kAxisLabelGapPx = 8.0;

struct AxisLevels {
    AxisLevel major = AxisLevel::Decade;
    std::optional<AxisLevel> minor;
};

AxisLevels axisLevelsFor(double pixelsPerDay);

// Average length of one step of a level, in days (for choosing, not placing).
double nominalStepDays(AxisLevel level);

// Calendar boundaries of a level: the first one at or after `day`, and the
// one after a boundary. Weeks start on Mondays (ISO), quarters in January,
// April, July and October, decades in years divisible by ten.
DayNumber firstBoundaryAtOrAfter(AxisLevel level, DayNumber day);
DayNumber nextBoundary(AxisLevel level, DayNumber boundary);

// The label of the period that starts at `boundary`: "1990", "1998",
// "Q3 2019", "Dec 1998", "4 Dec" (month names in the locale's language).
QString axisLabel(AxisLevel level, DayNumber boundary, const QLocale &locale);

struct AxisTick {
    double x = 0.0;      // logical px
    bool major = false;
    QString label;       // empty for minor ticks and dropped labels
    float labelWidth = 0.0F;
    double labelX = 0.0; // left edge of the label
};

// Width in px of an axis label in the app's font (QFontMetricsF in the app).
using AxisTextMeasure = std::function<float(const QString &)>;

// What week and day labels ("4 Dec") leave unsaid: the month and year at the
// axis's left edge, "February 2022", kept there while the view pans, so a
// reader zoomed in to days still knows when they are. Empty at month level
// and coarser, whose labels carry the year.
struct AxisContext {
    QString label;
    float labelWidth = 0.0F;
    double labelX = kAxisLabelPadPx;
};

AxisContext axisContext(const TimeScale &scale, const AxisTextMeasure &measure, const QLocale &locale = QLocale());

// Ticks in [0, width] in ascending x; labels only on major ticks, none
// overlapping each other or `context`. Work is bounded by the width: at most
// width / kMinMinorStepPx ticks whatever the zoom.
std::vector<AxisTick> axisTicks(const TimeScale &scale, const AxisTextMeasure &measure,
                                const QLocale &locale = QLocale(), const AxisContext &context = {});

} // namespace ict::core::timeline
