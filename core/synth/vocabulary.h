#pragma once

// The fixed world the synthetic generator draws from: a forum tree shaped like
// the curated one (same slugs, so the app colours them by family), the 11
// topics of the taxonomy, a few actors, and the calendar of each forum
// (which months it meets in, for how long), which gives the data the bursts
// of real diplomacy: First Committee in October, plenary votes in December,
// expert groups in one-week sessions.

#include "core/taxonomy.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace ict::core::synth {

// A meeting that recurs every year a forum is active.
struct SessionPattern {
    int month = 1;
    int day = 1;
    int lengthDays = 1;
    int weight = 1; // share of the forum's events that fall in this session
};

struct KindWeight {
    EventKind kind = EventKind::Other;
    int weight = 1;
};

// What a forum mostly produces, for single-date events.
enum class KindProfile : std::uint8_t {
    Assembly, // resolutions, statements
    Committee, // drafts and recorded votes
    Experts, // closed sessions and consensus reports
    WorkingGroup, // open sessions, statements, progress reports
    Negotiation, // treaty negotiation
    Treaty, // a treaty's life: adoption, signature, entry into force
    Regional, // meetings and statements of regional organisations
    Governance, // ITU, IGF
    Statements, // bilateral meetings and statements
    Press, // articles and press statements
};

// Which kind of document a forum's citations are.
enum class CitationStyle : std::uint8_t {
    Resolution, // A/RES/74/247
    CommitteeL, // A/C.1/74/L.11 (the symbol prefix says which committee)
    GgeReport, // A/70/174
    SubsidiaryDoc, // A/AC.290/2021/CRP.2 (the symbol prefix says which body)
    Url, // a web page
};

struct ForumSpec {
    std::string_view slug;
    std::string_view name;
    std::string_view shortName; // as titles use it: "First Committee"
    int parent = -1; // index into forums(); a parent comes before its children
    std::string_view symbolPrefix; // empty: none
    int firstYear = 1990;
    int lastYear = 2026;
    int weight = 1; // relative number of events per active year
    std::span<const SessionPattern> sessions;
    KindProfile kinds = KindProfile::Statements;
    CitationStyle citations = CitationStyle::Url;
    std::string_view urlPattern; // {y} year, {n} a number
    std::span<const std::uint8_t> topics; // favoured primary topics (indexes into topics())
};

struct TopicSpec {
    std::string_view slug;
    std::string_view name;
    std::span<const std::string_view> phrases; // noun phrases for titles and text
};

struct ActorSpec {
    std::string_view code;
    std::string_view name;
    std::string_view type; // state, organisation or person
};

// The span of years the generated events cover.
inline constexpr int kFirstYear = 1990;
inline constexpr int kLastYear = 2026;

// actors() lists the states first, then the organisations, then the people.
inline constexpr std::size_t kStateCount = 18;
inline constexpr std::size_t kOrganisationCount = 3;

std::span<const ForumSpec> forums();
std::span<const TopicSpec> topics();
std::span<const ActorSpec> actors();
std::span<const KindWeight> kindsOf(KindProfile profile);

} // namespace ict::core::synth
