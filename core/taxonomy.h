#pragma once

// Closed vocabularies of the data model (../shared/research/taxonomy.md).
// Slugs are stable: the database, exports and deep links use them.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ict::core {

enum class EventKind : std::uint8_t {
    ResolutionAdopted,
    DraftTabled,
    CommitteeVote,
    ReportAdopted,
    Session,
    TreatyAdopted,
    TreatySignature,
    TreatyInForce,
    Meeting,
    Statement,
    Publication,
    Other,
};
inline constexpr std::array<std::string_view, 12> kEventKindSlugs{
    "resolution-adopted", "draft-tabled", "committee-vote", "report-adopted", "session", "treaty-adopted",
    "treaty-signature", "treaty-in-force", "meeting", "statement", "publication", "other"};

enum class Verification : std::uint8_t { Verified, PartlyVerified, Unverified };
inline constexpr std::array<std::string_view, 3> kVerificationSlugs{"verified", "partly-verified", "unverified"};

inline constexpr std::array<std::string_view, 5> kPassageLabels{"record", "statement", "claim", "reported", "summary"};
inline constexpr std::array<std::string_view, 3> kPassageStatuses{"verified", "unverified", "disputed"};
inline constexpr std::array<std::string_view, 3> kPassageRelations{"supports", "mentions", "disputes"};
inline constexpr std::array<std::string_view, 5> kActorRoles{"sponsor", "co-sponsor", "chair", "voted-against", "author"};
inline constexpr std::array<std::string_view, 3> kActorTypes{"state", "organisation", "person"};
inline constexpr std::array<std::string_view, 5> kVoteStages{"first-committee", "third-committee", "plenary",
                                                             "committee", "council"};
inline constexpr std::array<std::string_view, 5> kSourceKinds{"un-document", "article", "treaty", "press-release",
                                                              "other"};

template <std::size_t N>
constexpr bool inVocabulary(const std::array<std::string_view, N> &vocabulary, std::string_view slug)
{
    for (auto v : vocabulary) {
        if (v == slug) {
            return true;
        }
    }
    return false;
}

constexpr std::string_view slugOf(EventKind k) { return kEventKindSlugs[static_cast<std::size_t>(k)]; }
constexpr std::string_view slugOf(Verification v) { return kVerificationSlugs[static_cast<std::size_t>(v)]; }

std::optional<EventKind> eventKindFromSlug(std::string_view slug);
std::optional<Verification> verificationFromSlug(std::string_view slug);

// A UN document symbol as the project accepts it: slash-separated parts of
// capitals, digits, dots and the usual suffixes, e.g. A/RES/53/70,
// A/C.1/73/L.27/Rev.1, A/AC.290/2019/1, A/HRC/RES/20/8, A/68/98. Matching is
// exact: 73/27 is not 73/277.
bool isWellFormedUnSymbol(std::string_view symbol);

} // namespace ict::core
