#include "core/taxonomy.h"

namespace ict::core {

std::optional<EventKind> eventKindFromSlug(std::string_view slug)
{
    for (std::size_t i = 0; i < kEventKindSlugs.size(); ++i) {
        if (kEventKindSlugs[i] == slug) {
            return static_cast<EventKind>(i);
        }
    }
    return std::nullopt;
}

std::optional<Verification> verificationFromSlug(std::string_view slug)
{
    for (std::size_t i = 0; i < kVerificationSlugs.size(); ++i) {
        if (kVerificationSlugs[i] == slug) {
            return static_cast<Verification>(i);
        }
    }
    return std::nullopt;
}

namespace {

constexpr bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }

// One part between slashes: "RES", "53", "C.1", "L.27", "Rev.1", "AC.290",
// "CRP.1", "PV.55", "HRC", "2019". A part starts with a capital or a digit, may
// contain dots between alphanumerics, and uses lower case only after a capital
// (Rev, Add, Corr).
bool isSymbolPart(std::string_view part)
{
    if (part.empty() || !(isUpper(part.front()) || isDigit(part.front())) || part.back() == '.') {
        return false;
    }
    char previous = '\0';
    for (char c : part) {
        if (c == '.') {
            if (previous == '.') {
                return false;
            }
        } else if (isLower(c)) {
            if (!(isUpper(previous) || isLower(previous))) {
                return false;
            }
        } else if (!isUpper(c) && !isDigit(c)) {
            return false;
        }
        previous = c;
    }
    return true;
}

} // namespace

bool isWellFormedUnSymbol(std::string_view symbol)
{
    // Principal organ first: A (General Assembly), S, E, ST, CCPR, ...; at least
    // two parts in all.
    std::size_t parts = 0;
    std::size_t begin = 0;
    while (begin <= symbol.size()) {
        const std::size_t slash = symbol.find('/', begin);
        const std::string_view part =
            symbol.substr(begin, slash == std::string_view::npos ? std::string_view::npos : slash - begin);
        if (!isSymbolPart(part)) {
            return false;
        }
        if (parts == 0 && !isUpper(part.front())) {
            return false;
        }
        ++parts;
        if (slash == std::string_view::npos) {
            break;
        }
        begin = slash + 1;
    }
    return parts >= 2;
}

} // namespace ict::core
