#include "core/datetext.h"

#include <QCoreApplication>
#include <QDate>

namespace ict::core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives tr() the context "ict::core::DateText" in a way
// lupdate understands, so the .ts files file these strings where they are used.
struct DateText {
    Q_DECLARE_TR_FUNCTIONS(ict::core::DateText)
};


// "4 December 1998" in English; Russian needs the genitive month name
// ("4 декабря 1998"), which QLocale gives through the "d MMMM yyyy" format.
QString dayText(int y, int m, int d, const QLocale &locale)
{
    return locale.toString(QDate(y, m, d), QStringLiteral("d MMMM yyyy"));
}

// A month on its own ("декабрь 2022") takes the standalone name; after a
// preposition ("около декабря 2022", "с декабря 2022") Russian needs the
// genitive, which QLocale::monthName gives. English has one form for both.
QString monthText(int y, int m, const QLocale &locale, bool governed)
{
    const QString name = governed ? locale.monthName(m, QLocale::LongFormat)
                                  : locale.standaloneMonthName(m, QLocale::LongFormat);
    return name + QLatin1Char(' ') + QString::number(y);
}

QString bareDate(const EdtfDate &date, const QLocale &locale, bool governed)
{
    if (date.unspecifiedDigits && date.precision == DatePrecision::Year) {
        const CivilDate first = civilFromDays(date.earliest);
        const CivilDate last = civilFromDays(date.latest);
        return DateText::tr("%1–%2").arg(first.year).arg(last.year);
    }
    if (date.month == 0) {
        return QString::number(date.year);
    }
    if (date.day == 0) {
        return monthText(date.year, date.month, locale, governed);
    }
    return dayText(date.year, date.month, date.day, locale);
}

} // namespace

namespace {

QString describe(const EdtfDate &date, const QLocale &locale, bool governed)
{
    if (date.approximate && date.uncertain) {
        return DateText::tr("about %1 (uncertain)").arg(bareDate(date, locale, true));
    }
    if (date.approximate) {
        return DateText::tr("about %1").arg(bareDate(date, locale, true));
    }
    const QString text = bareDate(date, locale, governed);
    if (date.uncertain) {
        return DateText::tr("%1 (uncertain)").arg(text);
    }
    return text;
}

} // namespace

QString describeDate(const EdtfDate &date, const QLocale &locale)
{
    return describe(date, locale, false);
}

QString describeEdtf(const Edtf &value, const QLocale &locale)
{
    if (!value.isInterval) {
        return describeDate(value.start, locale);
    }
    if (value.startKind != EndKind::Date) {
        return value.startKind == EndKind::Open ? DateText::tr("until %1").arg(describe(value.end, locale, true))
                                                : DateText::tr("unknown start – %1").arg(describeDate(value.end, locale));
    }
    if (value.endKind != EndKind::Date) {
        return value.endKind == EndKind::Open ? DateText::tr("from %1").arg(describe(value.start, locale, true))
                                              : DateText::tr("%1 – unknown end").arg(describeDate(value.start, locale));
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
            return DateText::tr("%1–%2").arg(s.day).arg(dayText(e.year, e.month, e.day, locale));
        }
        const QString startNoYear = locale.toString(QDate(s.year, s.month, s.day), QStringLiteral("d MMMM"));
        return DateText::tr("%1 – %2").arg(startNoYear, dayText(e.year, e.month, e.day, locale));
    }
    return DateText::tr("%1 – %2").arg(describeDate(s, locale), describeDate(e, locale));
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
