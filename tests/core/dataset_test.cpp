#include "core/dataset.h"

#include <gtest/gtest.h>

using namespace ict::core;

namespace {

Dataset sample()
{
    Dataset ds;
    ds.setTaxonomy({{"unga", "UNGA", -1, ""}, {"unga-c1", "First Committee", 0, "A/C.1/"}, {"sco", "SCO", -1, ""}},
                   {{"norms", "Norms"}, {"cybercrime", "Cybercrime"}});
    auto add = [&](std::int64_t row, const char *slug, DayNumber s, DayNumber e, std::uint16_t forum) {
        Dataset::EventRecord r;
        r.rowId = row;
        r.slug = slug;
        r.title = slug;
        r.startText = "x";
        r.start = s;
        r.end = e;
        r.forum = forum;
        ds.append(r);
    };
    add(10, "a", 100, 100, 0);
    add(11, "long", 150, 400, 1);
    add(12, "b", 200, 200, 2);
    add(13, "c", 300, 310, 1);
    ds.addTopic(1, 1);
    ds.addTopic(3, 1);
    ds.addTopic(3, 0);
    ds.finish();
    return ds;
}

} // namespace

TEST(Dataset, FindsEventsBySlugAndRowId)
{
    const Dataset ds = sample();
    ASSERT_TRUE(ds.findBySlug("c").has_value());
    EXPECT_EQ(*ds.findBySlug("c"), 3U);
    EXPECT_FALSE(ds.findBySlug("zzz").has_value());
    EXPECT_EQ(*ds.findByRowId(11), 1U);
    EXPECT_FALSE(ds.findByRowId(99).has_value());
}

TEST(Dataset, EventsBetweenIncludesLongIntervalsThatStartedBefore)
{
    const Dataset ds = sample();
    // [250, 260] lies inside "long" (150..400) only.
    EXPECT_EQ(ds.eventsBetween(250, 260), (std::vector<EventIndex>{1}));
    EXPECT_EQ(ds.eventsBetween(100, 200), (std::vector<EventIndex>{0, 1, 2}));
    EXPECT_EQ(ds.eventsBetween(305, 305), (std::vector<EventIndex>{1, 3}));
    EXPECT_TRUE(ds.eventsBetween(500, 600).empty());
}

TEST(Dataset, ForumFilterIncludesChildren)
{
    const Dataset ds = sample();
    EXPECT_EQ(ds.eventsOfForum(0, true), (std::vector<EventIndex>{0, 1, 3}));
    EXPECT_EQ(ds.eventsOfForum(0, false), (std::vector<EventIndex>{0}));
    EXPECT_TRUE(ds.forumWithin(1, 0));
    EXPECT_FALSE(ds.forumWithin(2, 0));
}

TEST(Dataset, TopicMasksHoldEveryTopic)
{
    const Dataset ds = sample();
    EXPECT_EQ(ds.eventsOfTopic(1), (std::vector<EventIndex>{1, 3}));
    EXPECT_EQ(ds.eventsOfTopic(0), (std::vector<EventIndex>{3}));
    EXPECT_EQ(ds.firstDay(), 100);
    EXPECT_EQ(ds.lastDay(), 400);
}
