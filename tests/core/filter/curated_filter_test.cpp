// Filters and search against the shipped curated database.

#include "core/filter/eventfilter.h"
#include "core/filter/search.h"

#include "core/sqlite.h"
#include "core/timelinedatabase.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>

using namespace ict::core;
using namespace ict::core::filter;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using ::testing::Not;

namespace {

const TimelineDatabase &curated()
{
    static TimelineDatabase db = [] {
        auto r = TimelineDatabase::open(ICT_CURATED_DB);
        if (!r) {
            ADD_FAILURE() << r.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return db;
}

const FacetData &curatedFacets()
{
    static FacetData facets = [] {
        auto r = FacetData::load(curated());
        if (!r) {
            ADD_FAILURE() << r.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return facets;
}

} // namespace

TEST(CuratedFilter, FirstCommitteeNormsFrom2015To2021IsTheBruteForceSet)
{
    const Dataset &ds = curated().dataset();
    FilterArguments args;
    args.forums = QStringLiteral("unga-c1");
    args.topics = QStringLiteral("norms");
    args.from = QStringLiteral("2015");
    args.to = QStringLiteral("2021");
    auto state = fromArguments(args, ds, curatedFacets());
    ASSERT_TRUE(state.ok()) << state.error().message;

    std::vector<std::uint8_t> pass;
    computePassMask(ds, curatedFacets(), *state, pass);
    std::vector<std::string> filtered;
    for (EventIndex i = 0; i < ds.size(); ++i) {
        if (pass[i]) {
            filtered.emplace_back(ds.slug(i));
        }
    }

    const int c1 = ds.forumIndex("unga-c1").value();
    const int norms = ds.topicIndex("norms").value();
    const DayNumber from = daysFromCivil(2015, 1, 1);
    const DayNumber to = daysFromCivil(2021, 12, 31);
    std::vector<std::string> expected;
    for (EventIndex i = 0; i < ds.size(); ++i) {
        const bool forum = ds.forumWithin(ds.forums()[i], c1);
        const bool topic = (ds.topicMasks()[i] >> norms) & 1U;
        const bool dates = ds.starts()[i] <= to && ds.ends()[i] >= from;
        if (forum && topic && dates) {
            expected.emplace_back(ds.slug(i));
        }
    }
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(filtered, expected);
    EXPECT_THAT(filtered, Not(Contains("unga-c1-2022-poa-draft"))); // First Committee and norms, but 2022

    const FacetCounts counts = computeFacetCounts(ds, curatedFacets(), *state);
    EXPECT_EQ(counts.passing, expected.size());
    EXPECT_EQ(counts.forums[static_cast<std::size_t>(c1)], expected.size());
}

TEST(CuratedFilter, ActorCountsMatchTheEventActorTable)
{
    const FacetData &facets = curatedFacets();
    ASSERT_FALSE(facets.actors().empty());
    EXPECT_EQ(facets.eventCount(), curated().dataset().size());
    const FacetCounts counts = computeFacetCounts(curated().dataset(), facets, {});
    auto db = sql::Database::open(ICT_CURATED_DB, sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    auto s = db->prepare("SELECT actor_code, count(DISTINCT event_id) FROM event_actor GROUP BY actor_code");
    ASSERT_TRUE(s.ok());
    std::size_t checked = 0;
    ASSERT_TRUE(s->forEach([&](const sql::Statement &row) {
                     const auto a = facets.actorIndex(row.text(0));
                     ASSERT_TRUE(a.has_value()) << row.text(0);
                     EXPECT_EQ(counts.actors[*a], static_cast<std::uint32_t>(row.int64(1))) << row.text(0);
                     ++checked;
                 }).ok());
    EXPECT_GT(checked, 0U);
}

TEST(CuratedSearch, BudapestFindsTheConventionEventsAndAPassage)
{
    auto index = SearchIndex::open(curated());
    ASSERT_TRUE(index.ok()) << index.error().message;
    auto hits = index->search("Budapest", 50);
    ASSERT_TRUE(hits.ok()) << hits.error().message;
    std::vector<std::string> events;
    std::vector<std::int64_t> passages;
    for (const SearchHit &h : *hits) {
        if (h.kind == HitKind::Event) {
            events.emplace_back(curated().dataset().slug(static_cast<EventIndex>(h.id)));
        } else if (h.kind == HitKind::Passage) {
            passages.push_back(h.id);
        }
        EXPECT_THAT(h.snippet, HasSubstr("\x01")) << h.snippet;
    }
    EXPECT_THAT(events, IsSupersetOf({"budapest-convention-signature", "budapest-convention-in-force"}));
    ASSERT_FALSE(passages.empty());
    auto passage = curated().passageById(passages.front());
    ASSERT_TRUE(passage.ok()) << passage.error().message;
    EXPECT_THAT(passage->exact, HasSubstr("Budapest"));
}
