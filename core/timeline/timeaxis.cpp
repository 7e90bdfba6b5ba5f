#include "core/timeline/timeaxis.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <iterator>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ict::core::timeline {

namespace {

struct LevelInfo {
    AxisLevel level;
    double stepDays;
    double minMajorPx;
    int months; // calendar step in months; 0 for day-based levels
    int days;   // step in days for day-based levels
};

// From finest to coarsest: the first level whose step is wide enough wins.
constexpr std::array<LevelInfo, 6> kLevels{{
    {AxisLevel::Day, 1.0, kMinDayStepPx, 0, 1},
    {AxisLevel::Week, 7.0, kMinWeekStepPx, 0, 7},
    {AxisLevel::Month, TimeScale::kDaysPerYear / 12.0, kMinMonthStepPx, 1, 0},
    {AxisLevel::Quarter, TimeScale::kDaysPerYear / 4.0, kMinQuarterStepPx, 3, 0},
    {AxisLevel::Year, TimeScale::kDaysPerYear, kMinYearStepPx, 12, 0},
    {AxisLevel::Decade, TimeScale::kDaysPerYear * 10.0, 0.0, 120, 0},
}};

const LevelInfo &info(AxisLevel level)
{
    for (const auto &l : kLevels) {
        if (l.level == level) {
            return l;
        }
    }
    return kLevels.back();
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Months since year 0 let every calendar level step with one integer add.
std::int64_t monthIndex(const CivilDate &d)
{
    return static_cast<std::int64_t>(d.year) * 12 + (d.month - 1);
}

DayNumber dayOfMonthIndex(std::int64_t index)
{
    const std::int64_t year = floorDiv(index, 12);
    const std::int64_t month = index - year * 12 + 1;
    return daysFromCivil(static_cast<int>(year), static_cast<int>(month), 1);
}

// QDate has no year 0 and counts 1 BCE as -1; such years are far outside the
// data, so they get a plain number instead of a locale format.
QString yearText(int year, const QLocale &locale)
{
    if (year < 1) {
        return QString::number(year);
    }
    return locale.toString(QDate(year, 1, 1), u"yyyy");
}

} // namespace

double nominalStepDays(AxisLevel level)
{
    return info(level).stepDays;
}

AxisLevels axisLevelsFor(double pixelsPerDay)
{
    AxisLevels result;
    for (std::size_t i = 0; i < kLevels.size(); ++i) {
        const auto &l = kLevels[i];
        if (l.stepDays * pixelsPerDay >= l.minMajorPx) {
            result.major = l.level;
            if (i > 0 && kLevels[i - 1].stepDays * pixelsPerDay >= kMinMinorStepPx) {
                result.minor = kLevels[i - 1].level;
            }
            return result;
        }
    }
    return result; // unreachable: decades have no minimum
}

DayNumber firstBoundaryAtOrAfter(AxisLevel level, DayNumber day)
{
    const auto &l = info(level);
    if (l.months == 0) {
        if (l.days == 1) {
            return day;
        }
        return day + (8 - weekdayFromDays(day)) % 7; // the next Monday, or day itself
    }
    const CivilDate d = civilFromDays(day);
    std::int64_t index = monthIndex(d) + (d.day > 1 ? 1 : 0);
    index = floorDiv(index + l.months - 1, l.months) * l.months;
    return dayOfMonthIndex(index);
}

DayNumber nextBoundary(AxisLevel level, DayNumber boundary)
{
    const auto &l = info(level);
    if (l.months == 0) {
        return boundary + l.days;
    }
    return dayOfMonthIndex(monthIndex(civilFromDays(boundary)) + l.months);
}

QString axisLabel(AxisLevel level, DayNumber boundary, const QLocale &locale)
{
    const CivilDate d = civilFromDays(boundary);
    switch (level) {
    case AxisLevel::Decade:
    case AxisLevel::Year:
        return yearText(d.year, locale);
    case AxisLevel::Quarter:
        return u"Q%1 %2"_s.arg((d.month - 1) / 3 + 1).arg(yearText(d.year, locale));
    case AxisLevel::Month:
        if (d.year < 1) {
            return locale.monthName(d.month, QLocale::ShortFormat) + u' ' + yearText(d.year, locale);
        }
        return locale.toString(QDate(d.year, d.month, 1), u"MMM yyyy");
    case AxisLevel::Week:
    case AxisLevel::Day:
        if (d.year < 1) {
            return QString::number(d.day) + u' ' + locale.monthName(d.month, QLocale::ShortFormat);
        }
        return locale.toString(QDate(d.year, d.month, d.day), u"d MMM");
    }
    return {};
}

AxisContext axisContext(const TimeScale &scale, const AxisTextMeasure &measure, const QLocale &locale)
{
    const AxisLevel major = axisLevelsFor(scale.pixelsPerDay()).major;
    if (major != AxisLevel::Week && major != AxisLevel::Day) {
        return {};
    }
    const CivilDate d = civilFromDays(floorDay(scale.startDay()));
    // The standalone name: Russian "февраль 2022", not the genitive
    // "февраля" of a date; capitalised, as a heading.
    QString month = locale.standaloneMonthName(d.month, QLocale::LongFormat);
    if (!month.isEmpty()) {
        month[0] = month[0].toUpper();
    }
    AxisContext context;
    context.label = month + u' ' + yearText(d.year, locale);
    context.labelWidth = measure ? measure(context.label) : 0.0F;
    return context;
}

std::vector<AxisTick> axisTicks(const TimeScale &scale, const AxisTextMeasure &measure, const QLocale &locale,
                                const AxisContext &context)
{
    const AxisLevels levels = axisLevelsFor(scale.pixelsPerDay());
    const DayNumber first = ceilDay(scale.startDay());
    const DayNumber last = floorDay(scale.endDay());

    // Major ticks, then minor ticks where no major tick is, merged by x.
    std::vector<AxisTick> majors;
    std::vector<DayNumber> majorDays;
    for (DayNumber d = firstBoundaryAtOrAfter(levels.major, first); d <= last; d = nextBoundary(levels.major, d)) {
        majors.push_back(AxisTick{scale.x(static_cast<double>(d)), true, {}, 0.0F, 0.0});
        majorDays.push_back(d);
    }
    std::vector<AxisTick> minors;
    if (levels.minor) {
        DayNumber nextMajor = firstBoundaryAtOrAfter(levels.major, first);
        for (DayNumber d = firstBoundaryAtOrAfter(*levels.minor, first); d <= last;
             d = nextBoundary(*levels.minor, d)) {
            while (nextMajor < d) {
                nextMajor = nextBoundary(levels.major, nextMajor);
            }
            if (d != nextMajor) {
                minors.push_back(AxisTick{scale.x(static_cast<double>(d)), false, {}, 0.0F, 0.0});
            }
        }
    }

    // Greedy left to right: a label is kept when it starts past the end of
    // the last kept one (plus a gap), otherwise its tick stays unlabelled.
    double lastRight = context.label.isEmpty() ? -std::numeric_limits<double>::infinity()
                                               : context.labelX + static_cast<double>(context.labelWidth);
    for (std::size_t i = 0; i < majors.size(); ++i) {
        auto &tick = majors[i];
        const double labelX = tick.x + kAxisLabelPadPx;
        if (labelX >= scale.width() || labelX < lastRight + kAxisLabelGapPx) {
            continue;
        }
        QString label = axisLabel(levels.major, majorDays[i], locale);
        const float width = measure ? measure(label) : 0.0F;
        tick.label = std::move(label);
        tick.labelWidth = width;
        tick.labelX = labelX;
        lastRight = labelX + static_cast<double>(width);
    }

    std::vector<AxisTick> merged;
    merged.reserve(minors.size() + majors.size());
    std::merge(minors.begin(), minors.end(), majors.begin(), majors.end(), std::back_inserter(merged),
               [](const AxisTick &a, const AxisTick &b) { return a.x < b.x; });
    return merged;
}

} // namespace ict::core::timeline
