#pragma once

// Filters and facet counts over a Dataset: which events the timeline shows,
// and how many events each chip in the filter docks would give.
//
// A FilterState is a plain value (the app keeps one per view, compares it,
// serializes it into views and deep links). Evaluating it compiles the sets
// into flat tables first (allowed forums by index, a topic bit mask, allowed
// kinds and statuses as bits, allowed actors by actor id), then makes one
// pass over the Dataset's columns: no hashing, no allocation per event. At a
// million events a pass takes a few milliseconds, so the app can re-filter on
// every click without a worker thread.
//
// Actors are not a Dataset column (an event has any number of them, in
// several roles), so FacetData keeps them as compact per-event lists (CSR:
// offsets and small actor ids), loaded once per database.

#include "core/dataset.h"
#include "core/result.h"
#include "core/taxonomy.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ict::core {
class TimelineDatabase;
namespace sql {
class Database;
}
} // namespace ict::core

namespace ict::core::filter {

// ---- Actors per event --------------------------------------------------------

using ActorId = std::uint16_t; // index into FacetData::actors()

struct ActorInfo {
    std::string code; // ISO 3166-1 alpha-3 or a slug: what FilterState::actors holds
    std::string name;
    std::string type; // state, organisation, person
};

// One (event, actor) pair, for building a FacetData by hand.
struct ActorLink {
    EventIndex event = 0;
    ActorId actor = 0;
};

// The facets that are not Dataset columns: today, the actors of each event
// (in any role: sponsor, co-sponsor, chair, voted-against, author).
// Build it once per database, after the Dataset; it indexes events the same way.
class FacetData {
public:
    FacetData() = default; // no actors at all: an actor filter matches nothing

    // Reads `actor` and `event_actor` through a read-only connection of its
    // own on db.path() (TimelineDatabase keeps its connection private).
    static Result<FacetData> load(const TimelineDatabase &db);
    // The same from an open database whose events are `dataset`.
    static Result<FacetData> load(sql::Database &db, const Dataset &dataset);
    // From explicit lists (tests, synthetic data). `actors` are sorted by
    // code here; links refer to positions in `actors` as given, may repeat
    // (one per role) and come in any order; links to events >= eventCount or
    // to actors out of range are ignored.
    static FacetData fromLinks(std::size_t eventCount, std::vector<ActorInfo> actors, std::span<const ActorLink> links);

    // Sorted by code.
    const std::vector<ActorInfo> &actors() const { return m_actors; }
    std::optional<ActorId> actorIndex(std::string_view code) const;
    // The distinct actors of event i, ascending; empty for an unknown event.
    std::span<const ActorId> actorsOf(EventIndex i) const
    {
        if (std::size_t {i} + 1 >= m_offsets.size()) {
            return {};
        }
        return std::span<const ActorId>(m_actorIds).subspan(m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }
    // The number of events this was built for (the Dataset's size).
    std::size_t eventCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }

    // Every (event, actor) pair in event order: linkEvents()[j] has
    // linkActors()[j]. The filter walks these flat arrays instead of the
    // per-event lists, so its loops have no inner loop of varying length.
    std::span<const EventIndex> linkEvents() const { return m_linkEvents; }
    std::span<const ActorId> linkActors() const { return m_actorIds; }

private:
    std::vector<ActorInfo> m_actors;
    std::vector<std::uint32_t> m_offsets; // eventCount() + 1 entries: event i owns [offsets[i], offsets[i+1])
    std::vector<ActorId> m_actorIds;
    std::vector<EventIndex> m_linkEvents; // the event of each entry of m_actorIds
};

// ---- The filter ----------------------------------------------------------------

enum class TopicMatch : std::uint8_t {
    Any, // the event has at least one of the selected topics
    All, // the event has every selected topic
};

// Every empty set (and an absent date) means "no constraint". Constraints
// combine with AND; values within one facet combine with OR (topics: as
// topicMatch says).
struct FilterState {
    std::set<int> forums; // forum indexes (Dataset::forumList()); a parent includes all forums below it
    std::set<int> topics; // topic indexes (Dataset::topicList())
    TopicMatch topicMatch = TopicMatch::Any;
    std::set<EventKind> kinds;
    std::set<std::string> actors; // actor codes; an event matches if the actor has any role in it
    std::set<Verification> statuses;
    // Inclusive day range; an event passes if [start, end] overlaps it. Either
    // side may be absent (unbounded).
    std::optional<DayNumber> from;
    std::optional<DayNumber> to;

    // No constraint at all: every event passes.
    bool isEmpty() const
    {
        return forums.empty() && topics.empty() && kinds.empty() && actors.empty() && statuses.empty() && !from && !to;
    }
    friend bool operator==(const FilterState &, const FilterState &) = default;
};

// pass is resized to dataset.size(); pass[i] is 1 when event i passes, else 0
// (the form LaneSet::build, nextEvent and densityHistogram take).
void computePassMask(
    const Dataset &dataset, const FacetData &facets, const FilterState &state, std::vector<std::uint8_t> &pass);

// The number of ones in a pass mask.
std::size_t passingCount(std::span<const std::uint8_t> pass);

// ---- Facet counts ---------------------------------------------------------------

// For each value of each facet, how many events selecting it would give
// together with the OTHER active constraints ("disjunctive faceting"): the
// forum counts ignore the forum selection but apply topics, kinds, actors,
// statuses and dates; and so on for each facet. The date range is not a
// facet: it always applies.
//
// Topics in TopicMatch::All mode are the exception, because there selecting
// another topic narrows the result: topic t counts the events that pass
// everything (the topic selection included) and also have t; for a selected
// topic that is `passing`.
struct FacetCounts {
    std::size_t passing = 0; // events passing every constraint
    std::vector<std::uint32_t> forums; // per forum index: events of exactly that forum
    std::vector<std::uint32_t> forumsWithSubtree; // per forum index: that forum and every forum below it
    std::vector<std::uint32_t> topics; // per topic index
    std::array<std::uint32_t, kEventKindSlugs.size()> kinds {}; // by EventKind value
    std::array<std::uint32_t, kVerificationSlugs.size()> statuses {}; // by Verification value
    std::vector<std::uint32_t> actors; // per FacetData actor index
};

FacetCounts computeFacetCounts(const Dataset &dataset, const FacetData &facets, const FilterState &state);

// Both in one pass over the columns: what the app needs on every filter change.
FacetCounts computePassMaskAndFacetCounts(
    const Dataset &dataset, const FacetData &facets, const FilterState &state, std::vector<std::uint8_t> &pass);

// ---- Serialization ----------------------------------------------------------------

// The command-line and view form of a filter: comma-separated slugs and EDTF
// dates, as typed. Empty fields mean "no constraint".
struct FilterArguments {
    QString forums; // forum slugs, e.g. "unga-c1,un-gge"
    QString topics; // topic slugs, e.g. "norms,cbms"
    QString from; // EDTF; the filter starts on its earliest day ("2015" -> 2015-01-01)
    QString to; // EDTF; the filter ends on its latest day ("2021" -> 2021-12-31)
    QString kinds; // event kind slugs, e.g. "resolution-adopted"
    QString actors; // actor codes, e.g. "RUS,USA"
    QString statuses; // verified, partly-verified, unverified
    QString topicMatch; // "any" (also when empty) or "all"
};

// Resolves slugs (case-insensitively) against the dataset and facets. Every
// problem is reported in one InvalidArgument error, by name, e.g.
// "unknown forum 'unga-c9'; unknown topics 'norm', 'cbm'".
Result<FilterState> fromArguments(const FilterArguments &arguments, const Dataset &dataset, const FacetData &facets);

// "forums=unga-c1&topics=norms&match=all&from=2015&to=2021&kinds=...&actors=RUS&statuses=verified":
// URL-query form, keys in that order, values in index order, only what is
// set; the empty string for an empty filter. Dates are written as short as
// they round-trip (2015-01-01 as "from=2015", 2021-12-31 as "to=2021").
// Forums or topics out of range are left out.
QString toQuery(const FilterState &state, const Dataset &dataset, const FacetData &facets);

// The inverse of toQuery (keys as above; unknown keys are an error).
Result<FilterState> fromQuery(const QString &query, const Dataset &dataset, const FacetData &facets);

} // namespace ict::core::filter
