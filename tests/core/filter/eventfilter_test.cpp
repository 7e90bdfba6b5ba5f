// Pass masks and facet counts on the hand-countable fixture of
// filtertestdata.h, then against a naive reference on random data.

#include "filtertestdata.h"

#include "core/filter/eventfilter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace ict::core;
using namespace ict::core::filter;
using namespace ict::core::filter::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

class EventFilterTest : public ::testing::Test {
protected:
    Dataset ds = fixtureDataset();
    FacetData facets = fixtureFacets();

    std::vector<EventIndex> passing(const FilterState &state)
    {
        std::vector<std::uint8_t> pass;
        computePassMask(ds, facets, state, pass);
        EXPECT_EQ(pass.size(), ds.size());
        std::vector<EventIndex> out;
        for (EventIndex i = 0; i < pass.size(); ++i) {
            EXPECT_TRUE(pass[i] == 0 || pass[i] == 1);
            if (pass[i]) {
                out.push_back(i);
            }
        }
        return out;
    }
    std::uint32_t actorCount(const FacetCounts &c, const char *code)
    {
        return c.actors.at(facets.actorIndex(code).value());
    }
    static std::uint32_t kind(const FacetCounts &c, EventKind k) { return c.kinds[static_cast<std::size_t>(k)]; }
    static std::uint32_t status(const FacetCounts &c, Verification v)
    {
        return c.statuses[static_cast<std::size_t>(v)];
    }
};

} // namespace

TEST_F(EventFilterTest, FacetDataSortsActorsAndKeepsEachActorOncePerEvent)
{
    ASSERT_EQ(facets.actors().size(), 4U);
    EXPECT_EQ(facets.actors()[0].code, "CHN");
    EXPECT_EQ(facets.actors()[3].code, "USA");
    EXPECT_EQ(facets.eventCount(), 9U);
    const ActorId rus = facets.actorIndex("RUS").value();
    EXPECT_THAT(facets.actorsOf(4), ElementsAre(rus)); // sponsor and chair: once
    EXPECT_THAT(facets.actorsOf(5), IsEmpty());
    EXPECT_THAT(facets.actorsOf(1), ElementsAre(facets.actorIndex("RUS").value(), facets.actorIndex("USA").value()));
    EXPECT_THAT(facets.actorsOf(99), IsEmpty());
    EXPECT_FALSE(facets.actorIndex("XXX").has_value());
}

TEST_F(EventFilterTest, AnEmptyFilterPassesEverythingAndCountsEveryValue)
{
    const FilterState none;
    EXPECT_TRUE(none.isEmpty());
    EXPECT_EQ(passing(none).size(), 9U);
    const FacetCounts c = computeFacetCounts(ds, facets, none);
    EXPECT_EQ(c.passing, 9U);
    EXPECT_THAT(c.forums, ElementsAre(0, 2, 3, 1, 1, 2));
    EXPECT_THAT(c.forumsWithSubtree, ElementsAre(5, 2, 3, 2, 1, 2));
    EXPECT_THAT(c.topics, ElementsAre(2, 5, 3, 1));
    EXPECT_EQ(kind(c, EventKind::ResolutionAdopted), 2U);
    EXPECT_EQ(kind(c, EventKind::DraftTabled), 2U);
    EXPECT_EQ(kind(c, EventKind::ReportAdopted), 1U);
    EXPECT_EQ(kind(c, EventKind::TreatyAdopted), 0U);
    EXPECT_EQ(status(c, Verification::Verified), 6U);
    EXPECT_EQ(status(c, Verification::PartlyVerified), 1U);
    EXPECT_EQ(status(c, Verification::Unverified), 2U);
    EXPECT_EQ(actorCount(c, "RUS"), 4U); // event 4 has RUS in two roles: counted once
    EXPECT_EQ(actorCount(c, "USA"), 3U);
    EXPECT_EQ(actorCount(c, "CHN"), 2U);
    EXPECT_EQ(actorCount(c, "FRA"), 2U);
}

TEST_F(EventFilterTest, AParentForumIncludesItsChildren)
{
    FilterState s;
    s.forums = {kUnga};
    EXPECT_THAT(passing(s), ElementsAre(0, 2, 3, 4, 7));
    s.forums = {kGge};
    EXPECT_THAT(passing(s), ElementsAre(1, 5)); // 5 is the parent's own, 1 its child's
    s.forums = {kGge2012};
    EXPECT_THAT(passing(s), ElementsAre(1));
    s.forums = {kC1, kOsce};
    EXPECT_THAT(passing(s), ElementsAre(2, 3, 6, 7, 8));
    s.forums = {kUnga, kC1}; // a child under a selected parent changes nothing
    EXPECT_THAT(passing(s), ElementsAre(0, 2, 3, 4, 7));
    s.forums = {42}; // no such forum: selects nothing
    EXPECT_THAT(passing(s), IsEmpty());
}

TEST_F(EventFilterTest, TopicsMatchAnyOrAll)
{
    FilterState s;
    s.topics = {kThreats, kCybercrime};
    EXPECT_THAT(passing(s), ElementsAre(0, 3, 6));
    s.topics = {kNorms, kCbms};
    EXPECT_THAT(passing(s), ElementsAre(1, 2, 3, 4, 5, 6, 7));
    s.topicMatch = TopicMatch::All;
    EXPECT_THAT(passing(s), ElementsAre(1));
    s.topics = {kNorms};
    EXPECT_THAT(passing(s), ElementsAre(1, 2, 3, 4, 7));
    s.topics = {kNorms, 70}; // All with a topic nobody can have
    EXPECT_THAT(passing(s), IsEmpty());
}

TEST_F(EventFilterTest, DateRangeKeepsEventsThatOverlapIt)
{
    FilterState s;
    s.from = day(2013, 1, 1);
    s.to = day(2015, 12, 31);
    EXPECT_THAT(passing(s), ElementsAre(1, 2)); // 1 runs 2012-06 .. 2013-06
    s.from = day(2021, 3, 12); // the last day of event 5: bounds are inclusive
    s.to = day(2021, 12, 31);
    EXPECT_THAT(passing(s), ElementsAre(5));
    s.from = day(2021, 3, 13);
    EXPECT_THAT(passing(s), IsEmpty());
    s.from = day(2022, 1, 10);
    s.to.reset(); // open to the future
    EXPECT_THAT(passing(s), ElementsAre(7, 8));
    s.from.reset();
    s.to = day(2010, 1, 10); // open to the past
    EXPECT_THAT(passing(s), ElementsAre(0));
    s.from = day(2030, 1, 1);
    s.to = day(2020, 1, 1); // reversed: nothing
    EXPECT_THAT(passing(s), IsEmpty());
}

TEST_F(EventFilterTest, KindsStatusesAndActorsFilter)
{
    FilterState s;
    s.kinds = {EventKind::DraftTabled, EventKind::Meeting};
    EXPECT_THAT(passing(s), ElementsAre(2, 6, 7));
    s = {};
    s.statuses = {Verification::Unverified};
    EXPECT_THAT(passing(s), ElementsAre(5, 8));
    s = {};
    s.actors = {"RUS"};
    EXPECT_THAT(passing(s), ElementsAre(0, 1, 2, 4));
    s.actors = {"FRA", "CHN"};
    EXPECT_THAT(passing(s), ElementsAre(2, 6, 7, 8));
    s.actors = {"XXX"}; // unknown actor: nothing has it
    EXPECT_THAT(passing(s), IsEmpty());
    EXPECT_THAT(computeFacetCounts(ds, facets, s).passing, 0U);
    // Without actor data an actor filter matches nothing, other filters work.
    const FacetData noActors;
    std::vector<std::uint8_t> pass;
    computePassMask(ds, noActors, s, pass);
    EXPECT_EQ(passingCount(pass), 0U);
    s.actors.clear();
    s.statuses = {Verification::Unverified};
    computePassMask(ds, noActors, s, pass);
    EXPECT_EQ(passingCount(pass), 2U);
}

// Forum + topic + status: each facet's counts lift its own selection and
// keep the others.
TEST_F(EventFilterTest, EachFacetCountIgnoresItsOwnSelectionButAppliesTheOthers)
{
    FilterState s;
    s.forums = {kC1};
    s.topics = {kNorms};
    s.statuses = {Verification::Verified};
    EXPECT_THAT(passing(s), ElementsAre(3, 7));
    const FacetCounts c = computeFacetCounts(ds, facets, s);
    EXPECT_EQ(c.passing, 2U);
    // Forums: norms and verified, any forum: events 1 (gge-2012), 3 and 7 (c1), 4 (plenary).
    EXPECT_THAT(c.forums, ElementsAre(0, 1, 2, 0, 1, 0));
    EXPECT_THAT(c.forumsWithSubtree, ElementsAre(3, 1, 2, 1, 1, 0));
    // Topics: c1 and verified, any topic: events 3 (norms, threats) and 7 (norms).
    EXPECT_THAT(c.topics, ElementsAre(1, 2, 0, 0));
    // Statuses: c1 and norms, any status: 2 (partly), 3 and 7 (verified).
    EXPECT_EQ(status(c, Verification::Verified), 2U);
    EXPECT_EQ(status(c, Verification::PartlyVerified), 1U);
    EXPECT_EQ(status(c, Verification::Unverified), 0U);
    // Kinds and actors have no selection: they count the passing events.
    EXPECT_EQ(kind(c, EventKind::CommitteeVote), 1U);
    EXPECT_EQ(kind(c, EventKind::DraftTabled), 1U);
    EXPECT_EQ(kind(c, EventKind::ResolutionAdopted), 0U);
    EXPECT_EQ(actorCount(c, "USA"), 2U);
    EXPECT_EQ(actorCount(c, "FRA"), 1U);
    EXPECT_EQ(actorCount(c, "RUS"), 0U);
    EXPECT_EQ(actorCount(c, "CHN"), 0U);
}

TEST_F(EventFilterTest, ActorAndKindCountsLiftOnlyTheirOwnSelection)
{
    FilterState s;
    s.actors = {"RUS"};
    s.kinds = {EventKind::ResolutionAdopted};
    EXPECT_THAT(passing(s), ElementsAre(0, 4));
    const FacetCounts c = computeFacetCounts(ds, facets, s);
    EXPECT_EQ(c.passing, 2U);
    // Actors under kind = resolution-adopted: events 0 and 4, both RUS only.
    EXPECT_EQ(actorCount(c, "RUS"), 2U);
    EXPECT_EQ(actorCount(c, "USA"), 0U);
    // Kinds among RUS events 0, 1, 2, 4.
    EXPECT_EQ(kind(c, EventKind::ResolutionAdopted), 2U);
    EXPECT_EQ(kind(c, EventKind::ReportAdopted), 1U);
    EXPECT_EQ(kind(c, EventKind::DraftTabled), 1U);
    EXPECT_EQ(kind(c, EventKind::CommitteeVote), 0U);
    // Forums and topics apply both: events 0 and 4, plenary, threats / norms.
    EXPECT_THAT(c.forums, ElementsAre(0, 2, 0, 0, 0, 0));
    EXPECT_THAT(c.topics, ElementsAre(1, 1, 0, 0));
}

TEST_F(EventFilterTest, TopicCountsInAllModeCountWhatAddingATopicWouldLeave)
{
    FilterState s;
    s.topics = {kNorms};
    s.topicMatch = TopicMatch::All;
    const FacetCounts c = computeFacetCounts(ds, facets, s);
    EXPECT_EQ(c.passing, 5U); // 1, 2, 3, 4, 7
    // norms AND t: threats -> 3; cbms -> 1; norms itself -> all five.
    EXPECT_THAT(c.topics, ElementsAre(1, 5, 1, 0));
    // Other facets still lift their own selection only.
    EXPECT_THAT(c.forums, ElementsAre(0, 1, 3, 0, 1, 0));
}

TEST_F(EventFilterTest, TheDateRangeAppliesToEveryFacet)
{
    FilterState s;
    s.from = day(2015, 1, 1);
    s.to = day(2021, 12, 31);
    s.forums = {kC1};
    const FacetCounts c = computeFacetCounts(ds, facets, s);
    EXPECT_EQ(c.passing, 2U); // 2 and 3; 7 is in 2022
    // Forums within 2015..2021: 2, 3 (c1), 4 (plenary), 5 (un-gge), 6 (osce).
    EXPECT_THAT(c.forums, ElementsAre(0, 1, 2, 1, 0, 1));
    EXPECT_THAT(c.forumsWithSubtree, ElementsAre(3, 1, 2, 1, 0, 1));
    EXPECT_THAT(c.topics, ElementsAre(1, 2, 0, 0));
}

TEST_F(EventFilterTest, OnePassGivesTheSameMaskAndCountsAsTwo)
{
    FilterState s;
    s.forums = {kUnga, kOsce};
    s.topics = {kNorms, kCbms};
    s.actors = {"USA", "FRA"};
    std::vector<std::uint8_t> mask, combined(3, 7); // resized and overwritten
    computePassMask(ds, facets, s, mask);
    const FacetCounts separate = computeFacetCounts(ds, facets, s);
    const FacetCounts together = computePassMaskAndFacetCounts(ds, facets, s, combined);
    EXPECT_EQ(mask, combined);
    EXPECT_EQ(passingCount(mask), separate.passing);
    EXPECT_EQ(together.passing, separate.passing);
    EXPECT_EQ(together.forums, separate.forums);
    EXPECT_EQ(together.topics, separate.topics);
    EXPECT_EQ(together.actors, separate.actors);
    EXPECT_EQ(together.kinds, separate.kinds);
    EXPECT_EQ(together.statuses, separate.statuses);
    EXPECT_THAT(mask, ElementsAre(0, 0, 0, 1, 0, 0, 1, 1, 0)); // 3 (USA), 6 (FRA, osce), 7 (USA, FRA)
}

// ---- Against a naive reference ------------------------------------------------------

namespace {

// "A" + std::to_string(n) trips GCC 12's -Wrestrict false positive at -O3.
std::string numbered(const char *prefix, int n)
{
    std::string s(prefix);
    s += std::to_string(n);
    return s;
}

enum class Facet { None, Forum, Topic, Kind, Status, Actor };

struct Reference {
    const Dataset &ds;
    const std::vector<std::set<std::string>> &actorsOf;
    const FilterState &s;

    bool passesExcept(EventIndex i, Facet skip) const
    {
        if (skip != Facet::Forum && !s.forums.empty()) {
            bool any = false;
            for (int f : s.forums) {
                any = any
                    || (f >= 0 && static_cast<std::size_t>(f) < ds.forumList().size()
                        && ds.forumWithin(ds.forums()[i], f));
            }
            if (!any) {
                return false;
            }
        }
        if (skip != Facet::Topic && !s.topics.empty()) {
            const TopicMask m = ds.topicMasks()[i];
            bool any = false, all = true;
            for (int t : s.topics) {
                const bool has = (m >> t) & 1U;
                any = any || has;
                all = all && has;
            }
            if (s.topicMatch == TopicMatch::Any ? !any : !all) {
                return false;
            }
        }
        if (skip != Facet::Kind && !s.kinds.empty() && s.kinds.count(ds.kinds()[i]) == 0) {
            return false;
        }
        if (skip != Facet::Status && !s.statuses.empty() && s.statuses.count(ds.statuses()[i]) == 0) {
            return false;
        }
        if (skip != Facet::Actor && !s.actors.empty()) {
            bool any = false;
            for (const auto &a : actorsOf[i]) {
                any = any || s.actors.count(a) != 0;
            }
            if (!any) {
                return false;
            }
        }
        if (s.from && ds.ends()[i] < *s.from) {
            return false;
        }
        if (s.to && ds.starts()[i] > *s.to) {
            return false;
        }
        return true;
    }
};

} // namespace

TEST(EventFilterReference, RandomFiltersMatchANaiveImplementation)
{
    std::mt19937 rng(20151222);
    Dataset ds;
    std::vector<Forum> forums = {{"a", "A", -1, {}}, {"a1", "A1", 0, {}}, {"a2", "A2", 0, {}}, {"a1x", "A1x", 1, {}},
        {"b", "B", -1, {}}, {"b1", "B1", 4, {}}, {"c", "C", -1, {}}};
    std::vector<Topic> topics;
    topics.reserve(7);
    for (int t = 0; t < 7; ++t) {
        topics.push_back({numbered("t", t), "T"});
    }
    ds.setTaxonomy(forums, topics);
    const std::size_t n = 3000;
    std::vector<DayNumber> starts(n);
    std::uniform_int_distribution<DayNumber> anyDay(10000, 20000);
    for (auto &d : starts) {
        d = anyDay(rng);
    }
    std::sort(starts.begin(), starts.end());
    std::uniform_int_distribution<int> forum(0, 6), kind(0, 11), status(0, 2), len(0, 400), coin(0, 3);
    for (std::size_t i = 0; i < n; ++i) {
        Dataset::EventRecord r;
        r.rowId = static_cast<std::int64_t>(i + 1);
        r.slug = "e";
        r.start = starts[i];
        r.end = starts[i] + (coin(rng) == 0 ? len(rng) : 0);
        r.forum = static_cast<std::uint16_t>(forum(rng));
        r.kind = static_cast<EventKind>(kind(rng));
        r.status = static_cast<Verification>(status(rng));
        ds.append(r);
        for (int t = 0; t < 7; ++t) {
            if (coin(rng) == 0) {
                ds.addTopic(static_cast<EventIndex>(i), t);
            }
        }
    }
    ds.finish();
    std::vector<ActorInfo> actors;
    actors.reserve(9);
    for (int a = 0; a < 9; ++a) {
        actors.push_back({numbered("A", 8 - a), "Actor", "state"}); // reverse order
    }
    std::vector<ActorLink> links;
    std::vector<std::set<std::string>> actorsOf(n);
    std::uniform_int_distribution<int> actor(0, 8), howMany(0, 3);
    for (std::size_t i = 0; i < n; ++i) {
        for (int k = howMany(rng); k > 0; --k) {
            const auto a = static_cast<ActorId>(actor(rng));
            links.push_back({static_cast<EventIndex>(i), a});
            actorsOf[i].insert(actors[a].code);
        }
    }
    const FacetData facets = FacetData::fromLinks(n, actors, links);

    std::uniform_int_distribution<int> small(0, 2);
    for (int round = 0; round < 200; ++round) {
        FilterState s;
        for (int k = small(rng); k > 0; --k) {
            s.forums.insert(forum(rng));
        }
        for (int k = small(rng); k > 0; --k) {
            s.topics.insert(forum(rng)); // 0..6
        }
        s.topicMatch = coin(rng) < 2 ? TopicMatch::Any : TopicMatch::All;
        for (int k = small(rng); k > 0; --k) {
            s.kinds.insert(static_cast<EventKind>(kind(rng)));
        }
        for (int k = small(rng); k > 0; --k) {
            s.statuses.insert(static_cast<Verification>(status(rng)));
        }
        for (int k = small(rng); k > 0; --k) {
            s.actors.insert(numbered("A", actor(rng)));
        }
        if (coin(rng) == 0) {
            s.from = anyDay(rng);
        }
        if (coin(rng) == 0) {
            s.to = anyDay(rng);
        }
        const Reference ref {ds, actorsOf, s};

        std::vector<std::uint8_t> pass;
        const FacetCounts c = computePassMaskAndFacetCounts(ds, facets, s, pass);
        std::size_t expectedPassing = 0;
        std::vector<std::uint32_t> fc(forums.size()), tc(topics.size()), ac(actors.size());
        std::array<std::uint32_t, 12> kc {};
        std::array<std::uint32_t, 3> sc {};
        for (EventIndex i = 0; i < n; ++i) {
            const bool all = ref.passesExcept(i, Facet::None);
            ASSERT_EQ(pass[i], all ? 1 : 0) << "round " << round << " event " << i;
            expectedPassing += all ? 1 : 0;
            if (ref.passesExcept(i, Facet::Forum)) {
                ++fc[ds.forums()[i]];
            }
            if (s.topicMatch == TopicMatch::All ? all : ref.passesExcept(i, Facet::Topic)) {
                for (std::size_t t = 0; t < topics.size(); ++t) {
                    tc[t] += static_cast<std::uint32_t>((ds.topicMasks()[i] >> t) & 1U);
                }
            }
            if (ref.passesExcept(i, Facet::Kind)) {
                ++kc[static_cast<std::size_t>(ds.kinds()[i])];
            }
            if (ref.passesExcept(i, Facet::Status)) {
                ++sc[static_cast<std::size_t>(ds.statuses()[i])];
            }
            if (ref.passesExcept(i, Facet::Actor)) {
                for (const auto &code : actorsOf[i]) {
                    ++ac[facets.actorIndex(code).value()];
                }
            }
        }
        ASSERT_EQ(c.passing, expectedPassing) << "round " << round;
        ASSERT_EQ(c.forums, fc) << "round " << round;
        ASSERT_EQ(c.topics, tc) << "round " << round;
        ASSERT_EQ(c.kinds, kc) << "round " << round;
        ASSERT_EQ(c.statuses, sc) << "round " << round;
        ASSERT_EQ(c.actors, ac) << "round " << round;
        for (std::size_t f = 0; f < forums.size(); ++f) {
            std::uint32_t subtree = 0;
            for (std::size_t g = 0; g < forums.size(); ++g) {
                subtree += ds.forumWithin(static_cast<int>(g), static_cast<int>(f)) ? fc[g] : 0;
            }
            ASSERT_EQ(c.forumsWithSubtree[f], subtree) << "round " << round << " forum " << f;
        }
    }
}
