// FilterState from command-line arguments and to/from the view query form.

#include "filtertestdata.h"

#include "core/filter/eventfilter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace ict::core;
using namespace ict::core::filter;
using namespace ict::core::filter::testing;
using ::testing::HasSubstr;

namespace {

class FilterArgumentsTest : public ::testing::Test {
protected:
    Dataset ds = fixtureDataset();
    FacetData facets = fixtureFacets();
};

} // namespace

TEST_F(FilterArgumentsTest, ResolvesSlugsCodesAndDates)
{
    FilterArguments a;
    a.forums = QStringLiteral("unga-c1, osce");
    a.topics = QStringLiteral("norms,CBMS"); // case does not matter
    a.from = QStringLiteral("2015");
    a.to = QStringLiteral("2021");
    a.kinds = QStringLiteral("draft-tabled,committee-vote");
    a.actors = QStringLiteral("rus,USA");
    a.statuses = QStringLiteral("verified,partly-verified");
    a.topicMatch = QStringLiteral("all");
    auto s = fromArguments(a, ds, facets);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->forums, (std::set<int> {kC1, kOsce}));
    EXPECT_EQ(s->topics, (std::set<int> {kNorms, kCbms}));
    EXPECT_EQ(s->topicMatch, TopicMatch::All);
    EXPECT_EQ(s->from, day(2015, 1, 1)); // "from" takes the earliest day
    EXPECT_EQ(s->to, day(2021, 12, 31)); // "to" the latest
    EXPECT_EQ(s->kinds, (std::set<EventKind> {EventKind::DraftTabled, EventKind::CommitteeVote}));
    EXPECT_EQ(s->actors, (std::set<std::string> {"RUS", "USA"})); // the database's spelling
    EXPECT_EQ(s->statuses, (std::set<Verification> {Verification::Verified, Verification::PartlyVerified}));
}

TEST_F(FilterArgumentsTest, EmptyArgumentsAreAnEmptyFilter)
{
    auto s = fromArguments({}, ds, facets);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_TRUE(s->isEmpty());
    EXPECT_EQ(s->topicMatch, TopicMatch::Any);
}

TEST_F(FilterArgumentsTest, MonthAndDayPrecisionBoundsUseTheirFirstAndLastDay)
{
    FilterArguments a;
    a.from = QStringLiteral("2019-06");
    a.to = QStringLiteral("2020-02");
    auto s = fromArguments(a, ds, facets);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->from, day(2019, 6, 1));
    EXPECT_EQ(s->to, day(2020, 2, 29));
    a.from = QStringLiteral("2019-06-15");
    a.to = QStringLiteral("2019-06-15");
    s = fromArguments(a, ds, facets);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->from, day(2019, 6, 15));
    EXPECT_EQ(s->to, day(2019, 6, 15));
}

TEST_F(FilterArgumentsTest, ReportsEveryUnknownNameInOneMessage)
{
    FilterArguments a;
    a.forums = QStringLiteral("unga-c1,unga-c9");
    a.topics = QStringLiteral("norm,cbm");
    a.kinds = QStringLiteral("resolution");
    a.actors = QStringLiteral("XXX");
    a.statuses = QStringLiteral("checked");
    a.topicMatch = QStringLiteral("some");
    auto s = fromArguments(a, ds, facets);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(s.error().message,
        "unknown forum 'unga-c9'; unknown topics 'norm', 'cbm'; unknown event kind "
        "'resolution'; unknown actor 'XXX'; unknown status 'checked'; unknown topic match "
        "'some' (use 'any' or 'all')");
}

TEST_F(FilterArgumentsTest, RejectsBadAndReversedDates)
{
    FilterArguments a;
    a.from = QStringLiteral("2015-13");
    auto s = fromArguments(a, ds, facets);
    ASSERT_FALSE(s.ok());
    EXPECT_THAT(s.error().message, HasSubstr("from: invalid date '2015-13'"));
    a.from = QStringLiteral("2021");
    a.to = QStringLiteral("2015");
    s = fromArguments(a, ds, facets);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, "the date range is reversed: from 2021 is after to 2015");
}

TEST_F(FilterArgumentsTest, ToQueryWritesShortSlugsAndDatesInAFixedOrder)
{
    FilterState s;
    EXPECT_EQ(toQuery(s, ds, facets), QString());
    s.forums = {kOsce, kC1};
    s.topics = {kNorms};
    s.topicMatch = TopicMatch::All;
    s.from = day(2015, 1, 1);
    s.to = day(2021, 6, 30);
    s.kinds = {EventKind::Meeting, EventKind::ResolutionAdopted};
    s.actors = {"USA", "RUS"};
    s.statuses = {Verification::Unverified};
    EXPECT_EQ(toQuery(s, ds, facets),
        QStringLiteral("forums=unga-c1,osce&topics=norms&match=all&from=2015&to=2021-06"
                       "&kinds=resolution-adopted,meeting&actors=RUS,USA&statuses=unverified"));
    s = {};
    s.from = day(2019, 6, 15);
    s.to = day(2019, 12, 30);
    EXPECT_EQ(toQuery(s, ds, facets), QStringLiteral("from=2019-06-15&to=2019-12-30"));
}

TEST_F(FilterArgumentsTest, QueryRoundTrips)
{
    FilterState s;
    s.forums = {kGge, kPlenary};
    s.topics = {kThreats, kCybercrime};
    s.from = day(2012, 3, 1);
    s.to = day(2019, 2, 28);
    s.kinds = {EventKind::Session};
    s.actors = {"CHN"};
    s.statuses = {Verification::Verified, Verification::Unverified};
    const QString query = toQuery(s, ds, facets);
    auto back = fromQuery(query, ds, facets);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, s) << query.toStdString();

    auto bad = fromQuery(QStringLiteral("forums=osce&colour=red"), ds, facets);
    ASSERT_FALSE(bad.ok());
    EXPECT_THAT(bad.error().message, HasSubstr("unknown filter key 'colour'"));
}
