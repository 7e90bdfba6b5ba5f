#include "core/datetext.h"

#include <QCoreApplication>
#include <QDate>

namespace ict::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ict::core::DateText", text);
}

// "4 December 1998" in English; Russian needs the genitive month name
// ("4 декабря 1998"), which QLocale gives through the "d MMMM yyyy" format.
QString dayText(int y, int m, int d, const QLocale &locale)
{
    return locale.toString(QDate(y, m, d), QStringLiteral("d MMMM yyyy"));
}

QString monthText(int y, int m, const QLocale &locale)
{
    return locale.standaloneMonthName(m, QLocale::LongFormat) + QLatin1Char(' ') + QString::number(y);
}

QString bareDate(const EdtfDate &date, const QLocale &locale)
{
    if (date.unspecifiedDigits && date.precision == DatePrecision::Year) {
        const CivilDate first = civilFromDays(date.earliest);
        const CivilDate last = civilFromDays(date.latest);
        return tr("%1–%2").arg(first.year).arg(last.year);
    }
    if (date.month == 0) {
        return QString::number(date.year);
    }
    if (date.day == 0) {
        return monthText(date.year, date.month, locale);
    }
    return dayText(date.year, date.month, date.day, locale);
}

} // namespace

QString describeDate(const EdtfDate &date, const QLocale &locale)
{
    const QString text = bareDate(date, locale);
    if (date.approximate && date.uncertain) {
        return tr("about %1 (uncertain)").arg(text);
    }
    if (date.approximate) {
        return tr("about %1").arg(text);
    }
    if (date.uncertain) {
        return tr("%1 (uncertain)").arg(text);
    }
    return text;
}

QString describeEdtf(const Edtf &value, const QLocale &locale)
{
    if (!value.isInterval) {
        return describeDate(value.start, locale);
    }
    if (value.startKind != EndKind::Date) {
        const QString end = describeDate(value.end, locale);
        return value.startKind == EndKind::Open ? tr("until %1").arg(end) : tr("unknown start – %1").arg(end);
    }
    if (value.endKind != EndKind::Date) {
        const QString start = describeDate(value.start, locale);
        return value.endKind == EndKind::Open ? tr("from %1").arg(start) : tr("%1 – unknown end").arg(start);
    }
    const EdtfDate &s = value.start;
    const EdtfDate &e = value.end;
    const bool plain = !s.approximate && !s.uncertain && !e.approximate && !e.uncertain && !s.unspecifiedDigits
                       && !e.unspecifiedDigits;
    // Shorten the common cases the way an editor would: "3–4 June 2019",
    // "29 July – 9 August 2024"; anything unusual is written out in full.
    if (plain && s.precision == DatePrecision::Day && e.precision == DatePrecision::Day && s.year == e.year) {
        if (s.month == e.month) {
            if (s.day == e.day) {
                return dayText(s.year, s.month, s.day, locale);
            }
            return tr("%1–%2").arg(s.day).arg(dayText(e.year, e.month, e.day, locale));
        }
        const QString startNoYear = locale.toString(QDate(s.year, s.month, s.day), QStringLiteral("d MMMM"));
        return tr("%1 – %2").arg(startNoYear, dayText(e.year, e.month, e.day, locale));
    }
    return tr("%1 – %2").arg(describeDate(s, locale), describeDate(e, locale));
}

QString describeDates(std::string_view start, std::string_view end, const QLocale &locale)
{
    auto parsed = end.empty() ? parseEdtf(start) : parseEdtfInterval(start, end);
    if (!parsed) {
        QString raw = QString::fromUtf8(start.data(), static_cast<qsizetype>(start.size()));
        if (!end.empty()) {
            raw += QLatin1Char('/') + QString::fromUtf8(end.data(), static_cast<qsizetype>(end.size()));
        }
        return raw;
    }
    return describeEdtf(*parsed, locale);
}

} // namespace ict::core
