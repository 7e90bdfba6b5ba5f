#include "core/edtf.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace ict::core {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

DayNumber day(int year, int month, int dayOfMonth)
{
    return daysFromCivil(year, month, dayOfMonth);
}

// The message of a failed parseEdtf, or a marker that makes any message
// expectation fail when the input was (wrongly) accepted.
std::string edtfError(std::string_view text)
{
    const Result<Edtf> r = parseEdtf(text);
    if (r.ok())
        return "<accepted>";
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << text;
    return r.error().message;
}

std::string dateError(std::string_view text)
{
    const Result<EdtfDate> r = parseEdtfDate(text);
    if (r.ok())
        return "<accepted>";
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << text;
    return r.error().message;
}

std::string intervalError(std::string_view startText, std::string_view endText)
{
    const Result<Edtf> r = parseEdtfInterval(startText, endText);
    if (r.ok())
        return "<accepted>";
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << startText << " / " << endText;
    return r.error().message;
}

// ---------------------------------------------------------------- sentinels

TEST(EdtfSentinels, LieJustOutsideYears0000To9999)
{
    EXPECT_EQ(kMinDay, day(0, 1, 1) - 1);
    EXPECT_EQ(kMaxDay, day(9999, 12, 31) + 1);
    EXPECT_EQ(kMinDay, -719529);
    EXPECT_EQ(kMaxDay, 2932897);
}

// ---------------------------------------------------------------- level 0

TEST(EdtfParser, ParsesAYearAsTheWholeYear)
{
    const Result<EdtfDate> r = parseEdtfDate("2004");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 2004);
    EXPECT_EQ(r->month, 0);
    EXPECT_EQ(r->day, 0);
    EXPECT_EQ(r->precision, DatePrecision::Year);
    EXPECT_FALSE(r->approximate);
    EXPECT_FALSE(r->uncertain);
    EXPECT_FALSE(r->unspecifiedDigits);
    EXPECT_EQ(r->earliest, day(2004, 1, 1));
    EXPECT_EQ(r->latest, day(2004, 12, 31));
}

TEST(EdtfParser, ParsesAYearMonthAsTheWholeMonth)
{
    const Result<EdtfDate> r = parseEdtfDate("2019-06");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 2019);
    EXPECT_EQ(r->month, 6);
    EXPECT_EQ(r->day, 0);
    EXPECT_EQ(r->precision, DatePrecision::Month);
    EXPECT_EQ(r->earliest, day(2019, 6, 1));
    EXPECT_EQ(r->latest, day(2019, 6, 30));
    EXPECT_EQ(r->latest, 18077); // 2019-06-30, known independently
}

TEST(EdtfParser, ParsesAFullDateAsOneDay)
{
    const Result<EdtfDate> r = parseEdtfDate("1998-12-04");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 1998);
    EXPECT_EQ(r->month, 12);
    EXPECT_EQ(r->day, 4);
    EXPECT_EQ(r->precision, DatePrecision::Day);
    EXPECT_EQ(r->earliest, 10564);
    EXPECT_EQ(r->latest, 10564);
}

TEST(EdtfParser, Parses2000_03_01AsDay11017)
{
    const Result<EdtfDate> r = parseEdtfDate("2000-03-01");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest, 11017);
    EXPECT_EQ(r->latest, 11017);
}

TEST(EdtfParser, ParsesFebruaryWith28Or29DaysByLeapYear)
{
    const Result<EdtfDate> common = parseEdtfDate("2023-02");
    const Result<EdtfDate> leap = parseEdtfDate("2024-02");
    const Result<EdtfDate> century = parseEdtfDate("1900-02");
    ASSERT_TRUE(common.ok() && leap.ok() && century.ok());
    EXPECT_EQ(common->latest, day(2023, 2, 28));
    EXPECT_EQ(leap->latest, day(2024, 2, 29));
    EXPECT_EQ(century->latest, day(1900, 2, 28));
}

TEST(EdtfParser, Accepts29February2024)
{
    const Result<EdtfDate> r = parseEdtfDate("2024-02-29");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest, 19782);
}

TEST(EdtfParser, Accepts29February2000And0000)
{
    EXPECT_TRUE(parseEdtfDate("2000-02-29").ok());
    EXPECT_TRUE(parseEdtfDate("0000-02-29").ok()); // year 0 (1 BCE) is a leap year
}

TEST(EdtfParser, AcceptsYears0000And9999)
{
    const Result<EdtfDate> first = parseEdtfDate("0000");
    const Result<EdtfDate> last = parseEdtfDate("9999-12-31");
    ASSERT_TRUE(first.ok() && last.ok());
    EXPECT_EQ(first->year, 0);
    EXPECT_EQ(first->earliest, kMinDay + 1);
    EXPECT_EQ(last->latest, kMaxDay - 1);
}

TEST(EdtfParser, ParsesEveryDayFrom1900To2100)
{
    char buffer[48]; // room for any int, so -Wformat-truncation stays quiet
    for (DayNumber d = day(1900, 1, 1); d <= day(2100, 12, 31); ++d) {
        const CivilDate c = civilFromDays(d);
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
        const Result<EdtfDate> r = parseEdtfDate(buffer);
        ASSERT_TRUE(r.ok()) << buffer << ": " << r.error().message;
        ASSERT_EQ(r->earliest, d) << buffer;
        ASSERT_EQ(r->latest, d) << buffer;
    }
}

TEST(EdtfParser, ParsesEveryMonthOfYears0000To9999)
{
    char buffer[48]; // room for any int, so -Wformat-truncation stays quiet
    for (int year = 0; year <= 9999; ++year) {
        for (int month = 1; month <= 12; ++month) {
            std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
            const Result<EdtfDate> r = parseEdtfDate(buffer);
            ASSERT_TRUE(r.ok()) << buffer << ": " << r.error().message;
            ASSERT_EQ(r->earliest, day(year, month, 1)) << buffer;
            ASSERT_EQ(r->latest, day(year, month, daysInMonth(year, month))) << buffer;
        }
    }
}

TEST(EdtfParser, RejectsTheDayAfterTheLastOfEveryMonthFrom1900To2100)
{
    char buffer[48]; // room for any int, so -Wformat-truncation stays quiet
    for (int year = 1900; year <= 2100; ++year) {
        for (int month = 1; month <= 12; ++month) {
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month,
                          daysInMonth(year, month) + 1);
            ASSERT_FALSE(parseEdtfDate(buffer).ok()) << buffer;
        }
    }
}

// ---------------------------------------------------------------- single values

TEST(EdtfParser, ReturnsASingleDateAsStartAndEnd)
{
    const Result<Edtf> r = parseEdtf("1998-12-04");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_FALSE(r->isInterval);
    EXPECT_EQ(r->startKind, EndKind::Date);
    EXPECT_EQ(r->endKind, EndKind::Date);
    EXPECT_EQ(r->start, r->end);
    EXPECT_EQ(r->earliest(), 10564);
    EXPECT_EQ(r->latest(), 10564);
}

TEST(EdtfParser, SingleValueMatchesParseEdtfDate)
{
    for (const char *text : {"2004", "2019-06", "1998-12-04", "2023~", "201X", "1985-XX-XX"}) {
        const Result<Edtf> whole = parseEdtf(text);
        const Result<EdtfDate> date = parseEdtfDate(text);
        ASSERT_TRUE(whole.ok() && date.ok()) << text;
        EXPECT_EQ(whole->start, *date) << text;
        EXPECT_EQ(whole->end, *date) << text;
    }
}

TEST(EdtfParser, SingleYearSpansTheWholeYear)
{
    const Result<Edtf> r = parseEdtf("2004");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->earliest(), day(2004, 1, 1));
    EXPECT_EQ(r->latest(), day(2004, 12, 31));
}

// ---------------------------------------------------------------- qualifiers

TEST(EdtfParser, ParsesTildeAsApproximate)
{
    const Result<EdtfDate> r = parseEdtfDate("2023~");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->approximate);
    EXPECT_FALSE(r->uncertain);
    EXPECT_EQ(r->precision, DatePrecision::Year);
    EXPECT_EQ(r->earliest, day(2023, 1, 1));
    EXPECT_EQ(r->latest, day(2023, 12, 31));
}

TEST(EdtfParser, ParsesQuestionMarkAsUncertain)
{
    const Result<EdtfDate> r = parseEdtfDate("2026-03?");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_FALSE(r->approximate);
    EXPECT_TRUE(r->uncertain);
    EXPECT_EQ(r->precision, DatePrecision::Month);
    EXPECT_EQ(r->earliest, day(2026, 3, 1));
    EXPECT_EQ(r->latest, day(2026, 3, 31));
}

TEST(EdtfParser, ParsesPercentAsApproximateAndUncertain)
{
    const Result<EdtfDate> r = parseEdtfDate("2004-06%");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->approximate);
    EXPECT_TRUE(r->uncertain);
    EXPECT_EQ(r->earliest, day(2004, 6, 1));
    EXPECT_EQ(r->latest, day(2004, 6, 30));
}

TEST(EdtfParser, QualifierOnAFullDateKeepsTheDay)
{
    const Result<EdtfDate> r = parseEdtfDate("1998-12-04~");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->approximate);
    EXPECT_EQ(r->precision, DatePrecision::Day);
    EXPECT_EQ(r->earliest, 10564);
    EXPECT_EQ(r->latest, 10564);
}

TEST(EdtfParser, RejectsTwoQualifiers)
{
    for (const char *text : {"2023~~", "2023~?", "2023?~", "2004-06%%", "1998-12-04?%"})
        EXPECT_THAT(edtfError(text), HasSubstr("more than one qualifier")) << text;
}

TEST(EdtfParser, RejectsAQualifierInsideADate)
{
    EXPECT_THAT(edtfError("2004~-06"), HasSubstr("only supported at the end"));
    EXPECT_THAT(edtfError("2004-06?-11"), HasSubstr("only supported at the end"));
    EXPECT_THAT(edtfError("2004-~06"), HasSubstr("only supported at the end"));
    EXPECT_THAT(edtfError("~2004"), HasSubstr("only supported at the end"));
}

TEST(EdtfParser, RejectsAQualifierAlone)
{
    EXPECT_THAT(edtfError("~"), HasSubstr("expected a 4-digit year"));
}

// ---------------------------------------------------------------- unspecified digits

TEST(EdtfParser, ParsesOneUnspecifiedYearDigitAsADecade)
{
    const Result<EdtfDate> r = parseEdtfDate("201X");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 2010);
    EXPECT_EQ(r->month, 0);
    EXPECT_EQ(r->precision, DatePrecision::Year);
    EXPECT_TRUE(r->unspecifiedDigits);
    EXPECT_FALSE(r->approximate);
    EXPECT_EQ(r->earliest, day(2010, 1, 1));
    EXPECT_EQ(r->latest, day(2019, 12, 31));
    EXPECT_EQ(r->earliest, 14610);
    EXPECT_EQ(r->latest, 18261);
}

TEST(EdtfParser, ParsesTwoUnspecifiedYearDigitsAsACentury)
{
    const Result<EdtfDate> r = parseEdtfDate("20XX");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 2000);
    EXPECT_TRUE(r->unspecifiedDigits);
    EXPECT_EQ(r->earliest, day(2000, 1, 1));
    EXPECT_EQ(r->latest, day(2099, 12, 31));
}

TEST(EdtfParser, ParsesThreeUnspecifiedYearDigitsAsAMillennium)
{
    const Result<EdtfDate> r = parseEdtfDate("2XXX");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest, day(2000, 1, 1));
    EXPECT_EQ(r->latest, day(2999, 12, 31));
}

TEST(EdtfParser, ParsesUnspecifiedDigitsInTheFirstDecade)
{
    const Result<EdtfDate> r = parseEdtfDate("000X");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 0);
    EXPECT_EQ(r->earliest, kMinDay + 1);
    EXPECT_EQ(r->latest, day(9, 12, 31));
}

TEST(EdtfParser, ParsesAnUnspecifiedMonthAsTheWholeYear)
{
    const Result<EdtfDate> r = parseEdtfDate("2004-XX");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 2004);
    EXPECT_EQ(r->month, 0);
    EXPECT_EQ(r->precision, DatePrecision::Month);
    EXPECT_TRUE(r->unspecifiedDigits);
    EXPECT_EQ(r->earliest, day(2004, 1, 1));
    EXPECT_EQ(r->latest, day(2004, 12, 31));
}

TEST(EdtfParser, ParsesAnUnspecifiedDayAsTheWholeMonth)
{
    const Result<EdtfDate> r = parseEdtfDate("1985-04-XX");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 1985);
    EXPECT_EQ(r->month, 4);
    EXPECT_EQ(r->day, 0);
    EXPECT_EQ(r->precision, DatePrecision::Day);
    EXPECT_TRUE(r->unspecifiedDigits);
    EXPECT_EQ(r->earliest, day(1985, 4, 1));
    EXPECT_EQ(r->latest, day(1985, 4, 30));
}

TEST(EdtfParser, UnspecifiedDayInFebruaryFollowsLeapYears)
{
    const Result<EdtfDate> common = parseEdtfDate("2023-02-XX");
    const Result<EdtfDate> leap = parseEdtfDate("2024-02-XX");
    ASSERT_TRUE(common.ok() && leap.ok());
    EXPECT_EQ(common->latest, day(2023, 2, 28));
    EXPECT_EQ(leap->latest, day(2024, 2, 29));
}

TEST(EdtfParser, ParsesUnspecifiedMonthAndDayAsTheWholeYear)
{
    const Result<EdtfDate> r = parseEdtfDate("1985-XX-XX");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->year, 1985);
    EXPECT_EQ(r->month, 0);
    EXPECT_EQ(r->day, 0);
    EXPECT_EQ(r->precision, DatePrecision::Day);
    EXPECT_TRUE(r->unspecifiedDigits);
    EXPECT_EQ(r->earliest, day(1985, 1, 1));
    EXPECT_EQ(r->latest, day(1985, 12, 31));
}

TEST(EdtfParser, CombinesUnspecifiedDigitsWithAQualifier)
{
    const Result<EdtfDate> decade = parseEdtfDate("201X~");
    const Result<EdtfDate> month = parseEdtfDate("1985-04-XX?");
    ASSERT_TRUE(decade.ok() && month.ok());
    EXPECT_TRUE(decade->approximate);
    EXPECT_TRUE(decade->unspecifiedDigits);
    EXPECT_EQ(decade->latest, day(2019, 12, 31));
    EXPECT_TRUE(month->uncertain);
    EXPECT_EQ(month->latest, day(1985, 4, 30));
}

TEST(EdtfParser, RejectsXInsideTheYear)
{
    EXPECT_THAT(edtfError("19X5"), HasSubstr("only supported at the end of the year"));
    EXPECT_THAT(edtfError("X999"), HasSubstr("only supported at the end of the year"));
    EXPECT_THAT(edtfError("2X1X"), HasSubstr("only supported at the end of the year"));
}

TEST(EdtfParser, RejectsAFullyUnspecifiedYear)
{
    EXPECT_THAT(edtfError("XXXX"), HasSubstr("'XXXX' is not supported"));
}

TEST(EdtfParser, RejectsLowercaseX)
{
    EXPECT_THAT(edtfError("201x"), HasSubstr("capital 'X'"));
    EXPECT_THAT(edtfError("20xx"), HasSubstr("capital 'X'"));
    EXPECT_THAT(edtfError("2004-xx"), HasSubstr("capital 'X'"));
    EXPECT_THAT(edtfError("2004-0x"), HasSubstr("capital 'X'"));
    EXPECT_THAT(edtfError("1985-04-xx"), HasSubstr("capital 'X'"));
}

TEST(EdtfParser, RejectsAPartiallyUnspecifiedMonthOrDay)
{
    EXPECT_THAT(edtfError("2004-1X"), HasSubstr("partially unspecified month '1X' is not supported"));
    EXPECT_THAT(edtfError("2004-X1"), HasSubstr("partially unspecified month 'X1'"));
    EXPECT_THAT(edtfError("1985-04-1X"), HasSubstr("partially unspecified day '1X' is not supported"));
}

TEST(EdtfParser, RejectsAMonthAfterAnUnspecifiedYear)
{
    EXPECT_THAT(edtfError("201X-06"), HasSubstr("not supported"));
    EXPECT_THAT(edtfError("201X-XX"), HasSubstr("not supported"));
}

TEST(EdtfParser, RejectsADayWithAnUnspecifiedMonth)
{
    EXPECT_THAT(edtfError("1985-XX-15"),
                HasSubstr("a day with an unspecified month is not supported"));
}

// ---------------------------------------------------------------- intervals

TEST(EdtfInterval, ParsesYearToYear)
{
    const Result<Edtf> r = parseEdtf("1964/2008");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->isInterval);
    EXPECT_EQ(r->startKind, EndKind::Date);
    EXPECT_EQ(r->endKind, EndKind::Date);
    EXPECT_EQ(r->start.year, 1964);
    EXPECT_EQ(r->end.year, 2008);
    EXPECT_EQ(r->start.precision, DatePrecision::Year);
    EXPECT_EQ(r->earliest(), day(1964, 1, 1));
    EXPECT_EQ(r->latest(), day(2008, 12, 31));
    EXPECT_EQ(r->earliest(), -2192);
    EXPECT_EQ(r->latest(), 14244);
}

TEST(EdtfInterval, ParsesMonthToMonth)
{
    const Result<Edtf> r = parseEdtf("2004-06/2006-08");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest(), day(2004, 6, 1));
    EXPECT_EQ(r->latest(), day(2006, 8, 31));
}

TEST(EdtfInterval, ParsesDayToDay)
{
    const Result<Edtf> r = parseEdtf("2004-02-01/2005-02-08");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest(), day(2004, 2, 1));
    EXPECT_EQ(r->latest(), day(2005, 2, 8));
    EXPECT_EQ(r->start.earliest, r->start.latest);
    EXPECT_EQ(r->end.earliest, r->end.latest);
}

TEST(EdtfInterval, ParsesMixedPrecisions)
{
    const Result<Edtf> r = parseEdtf("2005/2006-02");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->start.precision, DatePrecision::Year);
    EXPECT_EQ(r->end.precision, DatePrecision::Month);
    EXPECT_EQ(r->earliest(), day(2005, 1, 1));
    EXPECT_EQ(r->latest(), day(2006, 2, 28));
}

TEST(EdtfInterval, KeepsQualifiersPerSide)
{
    const Result<Edtf> r = parseEdtf("2004-06~/2004-06-11%");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->start.approximate);
    EXPECT_FALSE(r->start.uncertain);
    EXPECT_TRUE(r->end.approximate);
    EXPECT_TRUE(r->end.uncertain);
    EXPECT_EQ(r->earliest(), day(2004, 6, 1));
    EXPECT_EQ(r->latest(), day(2004, 6, 11));
}

TEST(EdtfInterval, AcceptsUnspecifiedDigitsOnEitherSide)
{
    const Result<Edtf> r = parseEdtf("201X/2015-XX");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest(), day(2010, 1, 1));
    EXPECT_EQ(r->latest(), day(2015, 12, 31));
}

TEST(EdtfInterval, AcceptsASingleDayInterval)
{
    const Result<Edtf> r = parseEdtf("2019-06-01/2019-06-01");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->earliest(), r->latest());
}

// Overlapping sides are fine: "from some day in June 2019 to June 15th".
TEST(EdtfInterval, AcceptsSidesThatOverlap)
{
    EXPECT_TRUE(parseEdtf("2019-06/2019-06-15").ok());
    EXPECT_TRUE(parseEdtf("2019-06-15/2019-06").ok());
    EXPECT_TRUE(parseEdtf("2019-06-15/2019").ok());
    EXPECT_TRUE(parseEdtf("2019/2019-01-01").ok());
    EXPECT_TRUE(parseEdtf("2015/201X").ok());
}

TEST(EdtfInterval, ParsesAnOpenEnd)
{
    const Result<Edtf> r = parseEdtf("1985-04-12/..");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->isInterval);
    EXPECT_EQ(r->startKind, EndKind::Date);
    EXPECT_EQ(r->endKind, EndKind::Open);
    EXPECT_EQ(r->earliest(), 5580);
    EXPECT_EQ(r->latest(), kMaxDay);
    EXPECT_EQ(r->end.earliest, kMaxDay);
    EXPECT_EQ(r->end.latest, kMaxDay);
}

TEST(EdtfInterval, ParsesAnOpenStart)
{
    const Result<Edtf> r = parseEdtf("../1985-04-12");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->startKind, EndKind::Open);
    EXPECT_EQ(r->endKind, EndKind::Date);
    EXPECT_EQ(r->earliest(), kMinDay);
    EXPECT_EQ(r->latest(), 5580);
    EXPECT_EQ(r->start.earliest, kMinDay);
    EXPECT_EQ(r->start.latest, kMinDay);
}

TEST(EdtfInterval, ParsesAnUnknownEnd)
{
    const Result<Edtf> r = parseEdtf("1985/");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->startKind, EndKind::Date);
    EXPECT_EQ(r->endKind, EndKind::Unknown);
    EXPECT_EQ(r->earliest(), day(1985, 1, 1));
    EXPECT_EQ(r->latest(), kMaxDay);
    EXPECT_EQ(r->end.latest, kMaxDay);
}

TEST(EdtfInterval, ParsesAnUnknownStart)
{
    const Result<Edtf> r = parseEdtf("/1985");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->startKind, EndKind::Unknown);
    EXPECT_EQ(r->endKind, EndKind::Date);
    EXPECT_EQ(r->earliest(), kMinDay);
    EXPECT_EQ(r->latest(), day(1985, 12, 31));
}

TEST(EdtfInterval, RejectsASlashAlone)
{
    EXPECT_EQ(edtfError("/"), "invalid interval '/': at least one end must be a date");
}

TEST(EdtfInterval, RejectsOpenToOpen)
{
    EXPECT_EQ(edtfError("../.."), "invalid interval '../..': at least one end must be a date");
}

TEST(EdtfInterval, RejectsAnIntervalWithOnlyOpenAndUnknownEnds)
{
    EXPECT_THAT(edtfError("../"), HasSubstr("at least one end must be a date"));
    EXPECT_THAT(edtfError("/.."), HasSubstr("at least one end must be a date"));
}

TEST(EdtfInterval, RejectsAReversedInterval)
{
    EXPECT_EQ(edtfError("2020/2019"), "reversed interval '2020/2019': start is after end");
}

TEST(EdtfInterval, RejectsReversedDaysAndMonths)
{
    EXPECT_THAT(edtfError("2019-06-02/2019-06-01"), HasSubstr("reversed interval"));
    EXPECT_THAT(edtfError("2019-07/2019-06-30"), HasSubstr("reversed interval"));
    EXPECT_THAT(edtfError("202X/2019"), HasSubstr("reversed interval"));
}

TEST(EdtfInterval, NamesTheSideThatIsInvalid)
{
    EXPECT_EQ(edtfError("2019-13-01/2020"),
              "invalid start date '2019-13-01': month 13 is out of range");
    EXPECT_EQ(edtfError("2019/2020-02-30"),
              "invalid end date '2020-02-30': day 30 is out of range for February 2020");
}

TEST(EdtfInterval, RejectsMoreThanOneSlash)
{
    EXPECT_THAT(edtfError("2019//2020"), HasSubstr("more than one '/'"));
    EXPECT_THAT(edtfError("2019/2020/2021"), HasSubstr("more than one '/'"));
}

TEST(EdtfInterval, RejectsAnOpenEndOutsideAnInterval)
{
    EXPECT_THAT(edtfError(".."), HasSubstr("only allowed in an interval"));
    EXPECT_THAT(dateError(".."), HasSubstr("only allowed in an interval"));
}

TEST(EdtfInterval, RejectsAQualifiedOpenEnd)
{
    EXPECT_THAT(edtfError("2019/..~"), HasSubstr("invalid end date '..~'"));
}

TEST(EdtfDateParser, RejectsAnInterval)
{
    EXPECT_THAT(dateError("2019/2020"), HasSubstr("not an interval"));
    EXPECT_THAT(dateError("/2020"), HasSubstr("not an interval"));
}

// ---------------------------------------------------------------- separate fields

TEST(EdtfIntervalFields, MatchesParseEdtfOnTheJoinedText)
{
    const char *pairs[][2] = {
        {"2018-12-05", ".."}, {"..", "2018"}, {"2018", ""}, {"", "2018"},
        {"1964", "2008"},     {"2004-06~", "2004-06-11%"},  {"201X", "2015"},
    };
    for (const auto &pair : pairs) {
        const Result<Edtf> fields = parseEdtfInterval(pair[0], pair[1]);
        const Result<Edtf> joined = parseEdtf(std::string(pair[0]) + "/" + pair[1]);
        ASSERT_TRUE(fields.ok() && joined.ok()) << pair[0] << " / " << pair[1];
        EXPECT_EQ(*fields, *joined) << pair[0] << " / " << pair[1];
    }
}

TEST(EdtfIntervalFields, ParsesAnEventWithAnOpenEnd)
{
    const Result<Edtf> r = parseEdtfInterval("2018-12-05", "..");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->isInterval);
    EXPECT_EQ(r->endKind, EndKind::Open);
    EXPECT_EQ(r->earliest(), day(2018, 12, 5));
    EXPECT_EQ(r->latest(), kMaxDay);
}

TEST(EdtfIntervalFields, ReportsErrorsLikeParseEdtf)
{
    EXPECT_EQ(intervalError("2020", "2019"), "reversed interval '2020/2019': start is after end");
    EXPECT_EQ(intervalError("2019-13-01", "2020"),
              "invalid start date '2019-13-01': month 13 is out of range");
    EXPECT_EQ(intervalError("", ""), "invalid interval '/': at least one end must be a date");
    EXPECT_EQ(intervalError("..", ".."), "invalid interval '../..': at least one end must be a date");
}

TEST(EdtfIntervalFields, RejectsASlashInsideAField)
{
    EXPECT_EQ(intervalError("2019/2020", ".."),
              "invalid start date '2019/2020': expected a single date, not an interval");
    EXPECT_EQ(intervalError("2019", "2020/"),
              "invalid end date '2020/': expected a single date, not an interval");
}

TEST(EdtfIntervalFields, RejectsWhitespaceInAField)
{
    EXPECT_EQ(intervalError(" 2019", ".."), "invalid start date ' 2019': contains whitespace");
    EXPECT_EQ(intervalError("2019", ".. "), "invalid end date '.. ': contains whitespace");
}

// ---------------------------------------------------------------- invalid input

TEST(EdtfParser, RejectsAnEmptyString)
{
    EXPECT_EQ(edtfError(""), "invalid date '': date is empty");
    EXPECT_EQ(dateError(""), "invalid date '': date is empty");
}

TEST(EdtfParser, RejectsWhitespace)
{
    EXPECT_EQ(edtfError(" 2019"), "invalid date ' 2019': contains whitespace");
    for (const char *text : {"2019 ", "2019-06 -01", "2019\t", "2019\n", "2019 / 2020", " ", "\r\n"})
        EXPECT_THAT(edtfError(text), HasSubstr("contains whitespace")) << text;
    EXPECT_THAT(dateError("2019-06-01 "), HasSubstr("contains whitespace"));
}

TEST(EdtfParser, RejectsGarbage)
{
    EXPECT_EQ(edtfError("abc"), "invalid date 'abc': expected a 4-digit year");
    EXPECT_THAT(edtfError("June 2019"), HasSubstr("whitespace"));
    EXPECT_THAT(edtfError("null"), HasSubstr("expected a 4-digit year"));
    EXPECT_THAT(edtfError("-"), HasSubstr("invalid date '-'"));
}

TEST(EdtfParser, RejectsSingleDigitMonthAndDay)
{
    EXPECT_EQ(edtfError("2019-6-1"), "invalid date '2019-6-1': month must have 2 digits");
    EXPECT_EQ(edtfError("2019-06-1"), "invalid date '2019-06-1': day must have 2 digits");
    EXPECT_THAT(edtfError("2019-6"), HasSubstr("month must have 2 digits"));
}

TEST(EdtfParser, RejectsThreeDigitMonthAndDay)
{
    EXPECT_THAT(edtfError("2019-006"), HasSubstr("month must have 2 digits"));
    EXPECT_THAT(edtfError("2019-06-001"), HasSubstr("day must have 2 digits"));
}

TEST(EdtfParser, RejectsSlashSeparatedDates)
{
    EXPECT_EQ(edtfError("2019/06/01"),
              "invalid date '2019/06/01': more than one '/' (dates are written YYYY-MM-DD, "
              "intervals A/B)");
}

TEST(EdtfParser, RejectsSlashSeparatedYearMonthAsAnInterval)
{
    // "2019/06" is an interval whose end is not a 4-digit year.
    EXPECT_THAT(edtfError("2019/06"), HasSubstr("invalid end date '06'"));
}

TEST(EdtfParser, RejectsTimes)
{
    EXPECT_EQ(edtfError("2019-06-01T10:00"),
              "invalid date '2019-06-01T10:00': times are not supported");
    EXPECT_THAT(edtfError("2019-06-01T10:00:00Z"), HasSubstr("times are not supported"));
}

TEST(EdtfParser, RejectsTrailingJunk)
{
    EXPECT_EQ(edtfError("2019-06-01x"), "invalid date '2019-06-01x': unexpected 'x' after the date");
    EXPECT_THAT(edtfError("2019-06-01Z"), HasSubstr("unexpected 'Z' after the date"));
    EXPECT_THAT(edtfError("2019-06-01-05"), HasSubstr("unexpected '-' after the date"));
    EXPECT_THAT(edtfError("2019-06x"), HasSubstr("unexpected 'x' after the month"));
    EXPECT_THAT(edtfError("2019x"), HasSubstr("unexpected 'x' after the year"));
    EXPECT_THAT(edtfError("2019."), HasSubstr("unexpected '.' after the year"));
    EXPECT_THAT(edtfError("2019-06-01~x"), HasSubstr("only supported at the end"));
    EXPECT_THAT(edtfError("2019-06-01\xc3\xa9"), HasSubstr("unexpected character after the date"));
}

TEST(EdtfParser, RejectsAMissingMonthOrDay)
{
    EXPECT_THAT(edtfError("2019-"), HasSubstr("missing month after '-'"));
    EXPECT_THAT(edtfError("2019-06-"), HasSubstr("missing day after '-'"));
    EXPECT_THAT(edtfError("2019--06"), HasSubstr("expected a 2-digit month"));
    EXPECT_THAT(edtfError("2019-06--01"), HasSubstr("expected a 2-digit day"));
}

TEST(EdtfParser, RejectsMonth13)
{
    EXPECT_EQ(edtfError("2019-13-01"), "invalid date '2019-13-01': month 13 is out of range");
    EXPECT_THAT(edtfError("2019-13"), HasSubstr("month 13"));
}

TEST(EdtfParser, RejectsMonth0)
{
    EXPECT_EQ(edtfError("2019-00"), "invalid date '2019-00': month 0 is out of range");
}

TEST(EdtfParser, RejectsMonthsBeyondSeasons)
{
    EXPECT_THAT(edtfError("2019-25"), HasSubstr("month 25 is out of range"));
    EXPECT_THAT(edtfError("2019-99"), HasSubstr("month 99 is out of range"));
}

TEST(EdtfParser, RejectsSeasonsAsNotSupported)
{
    for (const char *text : {"2001-21", "2001-22", "2001-23", "2001-24"}) {
        EXPECT_THAT(edtfError(text), HasSubstr("seasons")) << text;
        EXPECT_THAT(edtfError(text), HasSubstr("not supported")) << text;
    }
}

TEST(EdtfParser, Rejects30February)
{
    EXPECT_EQ(edtfError("2023-02-30"),
              "invalid date '2023-02-30': day 30 is out of range for February 2023");
}

TEST(EdtfParser, Rejects31April)
{
    EXPECT_EQ(edtfError("2019-04-31"),
              "invalid date '2019-04-31': day 31 is out of range for April 2019");
}

TEST(EdtfParser, Rejects29February2023)
{
    EXPECT_EQ(edtfError("2023-02-29"),
              "invalid date '2023-02-29': day 29 is out of range for February 2023");
}

TEST(EdtfParser, Rejects29February1900)
{
    EXPECT_THAT(edtfError("1900-02-29"), HasSubstr("day 29 is out of range for February 1900"));
}

TEST(EdtfParser, RejectsDay0And32)
{
    EXPECT_THAT(edtfError("2019-01-00"), HasSubstr("day 0 is out of range for January 2019"));
    EXPECT_THAT(edtfError("2019-01-32"), HasSubstr("day 32 is out of range for January 2019"));
    EXPECT_THAT(edtfError("0012-12-99"), HasSubstr("day 99 is out of range for December 0012"));
}

TEST(EdtfParser, RejectsNegativeYearsAsNotSupported)
{
    EXPECT_EQ(edtfError("-2019"), "invalid date '-2019': negative years are not supported");
    EXPECT_THAT(edtfError("-0001-01-01"), HasSubstr("negative years are not supported"));
}

TEST(EdtfParser, RejectsYPrefixedYearsAsNotSupported)
{
    EXPECT_EQ(edtfError("Y170000002"),
              "invalid date 'Y170000002': 'Y'-prefixed years are not supported");
    EXPECT_THAT(edtfError("Y-17000"), HasSubstr("'Y'-prefixed years are not supported"));
}

TEST(EdtfParser, RejectsYearsWithoutExactlyFourDigits)
{
    for (const char *text : {"201", "20190", "12019-01-01", "1", "985-04-12"})
        EXPECT_THAT(edtfError(text), HasSubstr("year must have 4 digits")) << text;
}

TEST(EdtfParser, ErrorsQuoteTheInput)
{
    EXPECT_THAT(edtfError("2019-13-01"), HasSubstr("'2019-13-01'"));
    EXPECT_THAT(edtfError("1985-04-1X"), HasSubstr("'1985-04-1X'"));
    EXPECT_THAT(edtfError("2023~~"), HasSubstr("'2023~~'"));
}

TEST(EdtfParser, TruncatesAVeryLongInputInTheMessage)
{
    const std::string text = "2019-06-01" + std::string(500, 'z');
    const std::string message = edtfError(text);
    EXPECT_THAT(message, HasSubstr("'2019-06-01zzz"));
    EXPECT_THAT(message, HasSubstr("...'"));
    EXPECT_LT(message.size(), 200U);
}

TEST(EdtfParser, DoesNotSplitAUtf8SequenceWhenTruncating)
{
    // 79 ASCII bytes then 'é' (2 bytes) straddling the cut at byte 80.
    const std::string text = std::string(79, '9') + "\xc3\xa9" + std::string(50, '9');
    const std::string message = edtfError(text);
    EXPECT_THAT(message, Not(HasSubstr("\xc3...")));
    EXPECT_THAT(message, HasSubstr(std::string(79, '9') + "...'"));
}

TEST(EdtfParser, RejectsAnEmbeddedNul)
{
    const std::string text("2019\0", 5);
    EXPECT_THAT(edtfError(text), HasSubstr("unexpected character after the year"));
}

} // namespace
} // namespace ict::core
