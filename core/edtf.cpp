#include "core/edtf.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace ict::core {
namespace {

// Messages are built only on failure, so the success path stays free of
// allocation; everything below works on string_views and integers.

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

// A runaway field (a whole JSON line pasted into "start") would otherwise
// flood the build log; the start of the value is enough to find it.
constexpr std::size_t kMaxQuoted = 80;

constexpr bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool isDigitOrX(char c) noexcept { return isDigit(c) || c == 'X'; }
constexpr bool isQualifier(char c) noexcept { return c == '~' || c == '?' || c == '%'; }
constexpr bool isSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool hasSpace(std::string_view text) noexcept
{
    for (const char c : text) {
        if (isSpace(c))
            return true;
    }
    return false;
}

void appendQuoted(std::string &out, std::string_view text)
{
    out += '\'';
    if (text.size() <= kMaxQuoted) {
        out += text;
    } else {
        std::size_t cut = kMaxQuoted;
        // Do not split a UTF-8 sequence: back up over continuation bytes.
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
            --cut;
        out += text.substr(0, cut);
        out += "...";
    }
    out += '\'';
}

// What a message calls the value being parsed; interval sides name the side
// so a curator knows which half of "A/B" (or which field) to fix.
enum class Role : std::uint8_t { Date, StartDate, EndDate };

std::string_view roleName(Role role) noexcept
{
    switch (role) {
    case Role::StartDate: return "start date";
    case Role::EndDate: return "end date";
    case Role::Date: break;
    }
    return "date";
}

Error makeInvalid(std::string_view head, std::string_view text, std::string_view problem)
{
    std::string message;
    message.reserve(head.size() + text.size() + problem.size() + 8);
    message += head;
    message += ' ';
    appendQuoted(message, text);
    message += ": ";
    message += problem;
    return makeError(ErrorCode::InvalidArgument, std::move(message));
}

Error invalidDate(Role role, std::string_view text, std::string_view problem)
{
    std::string head = "invalid ";
    head += roleName(role);
    return makeInvalid(head, text, problem);
}

// Only printable ASCII is quoted back; a stray byte of a UTF-8 sequence would
// render as garbage.
std::string describeChar(char c)
{
    if (c > ' ' && c < 0x7F)
        return std::string("'") + c + "'";
    return "character";
}

constexpr std::string_view kLowercaseX = "unspecified digits must be written as capital 'X'";

// A character that does not fit the grammar where it stands. Some mistakes
// are common enough to deserve their own explanation.
std::string unexpectedChar(char c, std::string_view after)
{
    if (isQualifier(c))
        return "qualifiers ('~', '?', '%') are only supported at the end of a date";
    if (c == '/')
        return "expected a single date, not an interval";
    return "unexpected " + describeChar(c) + " after the " + std::string(after);
}

// Reads a run of digits or X up to limit + 1 characters, so the caller can
// tell "too short" from "too long" without scanning arbitrarily far.
std::size_t digitRun(std::string_view body, std::size_t pos, std::size_t limit) noexcept
{
    std::size_t n = 0;
    while (pos + n < body.size() && n <= limit && isDigitOrX(body[pos + n]))
        ++n;
    return n;
}

int twoDigits(std::string_view s) noexcept
{
    return (s[0] - '0') * 10 + (s[1] - '0');
}

// Parses a two-character month or day field at body[pos]; 0 means XX.
// Returns an empty problem on success.
struct FieldResult {
    int value = 0;
    bool unspecified = false;
    std::string problem;
};

FieldResult parseTwoDigitField(std::string_view body, std::size_t pos, std::string_view name)
{
    FieldResult r;
    const std::size_t n = digitRun(body, pos, 2);
    if (n < 2 && pos + n < body.size() && body[pos + n] == 'x') {
        r.problem = kLowercaseX;
        return r;
    }
    if (n == 0) {
        if (pos == body.size())
            r.problem = "missing " + std::string(name) + " after '-'";
        else if (isQualifier(body[pos]))
            r.problem = unexpectedChar(body[pos], name);
        else
            r.problem = "expected a 2-digit " + std::string(name) + " after '-'";
        return r;
    }
    if (n != 2) {
        r.problem = std::string(name) + " must have 2 digits";
        return r;
    }
    const std::string_view field = body.substr(pos, 2);
    if (field == "XX") {
        r.unspecified = true;
        return r;
    }
    if (!isDigit(field[0]) || !isDigit(field[1])) {
        r.problem = "partially unspecified " + std::string(name) + " '" + std::string(field)
                    + "' is not supported (write 2 digits or 'XX')";
        return r;
    }
    r.value = twoDigits(field);
    return r;
}

Result<EdtfDate> parseDate(std::string_view text, Role role)
{
    if (text.empty())
        return invalidDate(role, text, "date is empty");
    if (text == "..")
        return invalidDate(role, text, "'..' (an open end) is only allowed in an interval");

    EdtfDate date;
    std::string_view body = text;
    switch (body.back()) {
    case '~': date.approximate = true; break;
    case '?': date.uncertain = true; break;
    case '%': date.approximate = date.uncertain = true; break;
    default: break;
    }
    if (date.approximate || date.uncertain) {
        body.remove_suffix(1);
        if (!body.empty() && isQualifier(body.back()))
            return invalidDate(role, text,
                               "more than one qualifier (write '%' for approximate and uncertain)");
    }

    // Year: exactly four characters of digits and trailing X.
    if (body.empty())
        return invalidDate(role, text, "expected a 4-digit year");
    if (body[0] == '-')
        return invalidDate(role, text, "negative years are not supported");
    if (body[0] == 'Y' || body[0] == 'y')
        return invalidDate(role, text, "'Y'-prefixed years are not supported");
    const std::size_t yearLength = digitRun(body, 0, 4);
    if (yearLength < 4 && yearLength < body.size() && body[yearLength] == 'x')
        return invalidDate(role, text, kLowercaseX);
    if (yearLength == 0) {
        if (isQualifier(body[0]) || body[0] == '/')
            return invalidDate(role, text, unexpectedChar(body[0], "year"));
        return invalidDate(role, text, "expected a 4-digit year");
    }
    if (yearLength != 4)
        return invalidDate(role, text, "year must have 4 digits (0000 to 9999)");

    int yearLow = 0;
    int yearHigh = 0;
    int unspecifiedYearDigits = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const char c = body[i];
        if (c == 'X') {
            ++unspecifiedYearDigits;
            yearLow = yearLow * 10;
            yearHigh = yearHigh * 10 + 9;
        } else if (unspecifiedYearDigits > 0) {
            return invalidDate(role, text,
                               "unspecified digits 'X' are only supported at the end of the year");
        } else {
            yearLow = yearLow * 10 + (c - '0');
            yearHigh = yearHigh * 10 + (c - '0');
        }
    }
    if (unspecifiedYearDigits == 4)
        return invalidDate(role, text, "a fully unspecified year 'XXXX' is not supported");
    date.year = yearLow;
    date.unspecifiedDigits = unspecifiedYearDigits > 0;
    date.precision = DatePrecision::Year;
    const std::string_view yearText = body.substr(0, 4);

    std::size_t pos = 4;
    if (pos < body.size()) {
        if (body[pos] != '-')
            return invalidDate(role, text, unexpectedChar(body[pos], "year"));
        if (date.unspecifiedDigits)
            return invalidDate(role, text,
                               "a month after a year with unspecified digits is not supported");
        ++pos;
        FieldResult month = parseTwoDigitField(body, pos, "month");
        if (!month.problem.empty())
            return invalidDate(role, text, month.problem);
        if (!month.unspecified) {
            if (month.value >= 21 && month.value <= 24)
                return invalidDate(role, text, "seasons (months 21 to 24) are not supported");
            if (month.value < 1 || month.value > 12)
                return invalidDate(role, text,
                                   "month " + std::to_string(month.value) + " is out of range");
        }
        date.month = month.value;
        date.unspecifiedDigits = month.unspecified;
        date.precision = DatePrecision::Month;
        pos += 2;
    }

    if (pos < body.size()) {
        if (body[pos] != '-')
            return invalidDate(role, text, unexpectedChar(body[pos], "month"));
        ++pos;
        FieldResult day = parseTwoDigitField(body, pos, "day");
        if (!day.problem.empty())
            return invalidDate(role, text, day.problem);
        if (!day.unspecified) {
            if (date.month == 0)
                return invalidDate(role, text,
                                   "a day with an unspecified month is not supported");
            if (day.value < 1 || day.value > daysInMonth(date.year, date.month)) {
                std::string problem = "day " + std::to_string(day.value)
                                      + " is out of range for "
                                      + std::string(kMonthNames[static_cast<std::size_t>(date.month - 1)])
                                      + ' ' + std::string(yearText);
                return invalidDate(role, text, problem);
            }
        }
        date.day = day.value;
        date.unspecifiedDigits = date.unspecifiedDigits || day.unspecified;
        date.precision = DatePrecision::Day;
        pos += 2;
    }

    if (pos < body.size()) {
        if (body[pos] == 'T')
            return invalidDate(role, text, "times are not supported");
        return invalidDate(role, text, unexpectedChar(body[pos], "date"));
    }

    // X digits have already been folded into yearLow/yearHigh and month or
    // day 0, so the range follows from what is known.
    if (date.month == 0) {
        date.earliest = daysFromCivil(yearLow, 1, 1);
        date.latest = daysFromCivil(yearHigh, 12, 31);
    } else if (date.day == 0) {
        date.earliest = daysFromCivil(date.year, date.month, 1);
        date.latest = daysFromCivil(date.year, date.month, daysInMonth(date.year, date.month));
    } else {
        date.earliest = daysFromCivil(date.year, date.month, date.day);
        date.latest = date.earliest;
    }
    return date;
}

std::string joinInterval(std::string_view startText, std::string_view endText)
{
    std::string joined;
    joined.reserve(startText.size() + endText.size() + 1);
    joined += startText;
    joined += '/';
    joined += endText;
    return joined;
}

struct Side {
    EdtfDate date;
    EndKind kind = EndKind::Date;
};

Result<Side> parseSide(std::string_view text, Role role)
{
    if (text.empty() || text == "..") {
        // Give the placeholder date the side's sentinel, so code that reads
        // start.earliest or end.latest directly still gets a safe bound.
        const DayNumber sentinel = role == Role::StartDate ? kMinDay : kMaxDay;
        Side side;
        side.kind = text.empty() ? EndKind::Unknown : EndKind::Open;
        side.date.earliest = sentinel;
        side.date.latest = sentinel;
        return side;
    }
    Result<EdtfDate> date = parseDate(text, role);
    if (!date)
        return date.error();
    return Side{*date, EndKind::Date};
}

Result<Edtf> parseIntervalSides(std::string_view startText, std::string_view endText)
{
    Result<Side> start = parseSide(startText, Role::StartDate);
    if (!start)
        return start.error();
    Result<Side> end = parseSide(endText, Role::EndDate);
    if (!end)
        return end.error();
    if (start->kind != EndKind::Date && end->kind != EndKind::Date)
        return makeInvalid("invalid interval", joinInterval(startText, endText),
                           "at least one end must be a date");
    if (start->kind == EndKind::Date && end->kind == EndKind::Date
        && start->date.earliest > end->date.latest)
        return makeInvalid("reversed interval", joinInterval(startText, endText),
                           "start is after end");
    Edtf edtf;
    edtf.isInterval = true;
    edtf.start = start->date;
    edtf.startKind = start->kind;
    edtf.end = end->date;
    edtf.endKind = end->kind;
    return edtf;
}

} // namespace

Result<EdtfDate> parseEdtfDate(std::string_view text)
{
    if (hasSpace(text))
        return invalidDate(Role::Date, text, "contains whitespace");
    return parseDate(text, Role::Date);
}

Result<Edtf> parseEdtf(std::string_view text)
{
    if (hasSpace(text))
        return invalidDate(Role::Date, text, "contains whitespace");
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        Result<EdtfDate> date = parseDate(text, Role::Date);
        if (!date)
            return date.error();
        Edtf edtf;
        edtf.start = *date;
        edtf.end = *date;
        return edtf;
    }
    if (text.find('/', slash + 1) != std::string_view::npos)
        return invalidDate(Role::Date, text,
                           "more than one '/' (dates are written YYYY-MM-DD, intervals A/B)");
    return parseIntervalSides(text.substr(0, slash), text.substr(slash + 1));
}

Result<Edtf> parseEdtfInterval(std::string_view startText, std::string_view endText)
{
    if (hasSpace(startText))
        return invalidDate(Role::StartDate, startText, "contains whitespace");
    if (hasSpace(endText))
        return invalidDate(Role::EndDate, endText, "contains whitespace");
    // parseDate rejects a '/' inside a side; checked here so the message
    // names the field rather than a character.
    if (startText.find('/') != std::string_view::npos)
        return invalidDate(Role::StartDate, startText, "expected a single date, not an interval");
    if (endText.find('/') != std::string_view::npos)
        return invalidDate(Role::EndDate, endText, "expected a single date, not an interval");
    return parseIntervalSides(startText, endText);
}

} // namespace ict::core
