// Full-text search: the query language, its error messages, and results on a
// small database with English and Russian text built here.

#include "core/filter/search.h"

#include "core/civildate.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/timelinedatabase.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

using namespace ict::core;
using namespace ict::core::filter;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

namespace fs = std::filesystem;

namespace {

struct FixtureEvent {
    const char *slug, *title, *summary, *date;
    int y, m, d;
};

// Event 2 writes "Киберпреступность" with a capital, event 3 has another
// form of the word (киберпреступности), event 4 an accented "Genève".
const FixtureEvent kEvents[] = {
    {"budapest-convention-signature", "Council of Europe Convention on Cybercrime opened for signature in Budapest",
        "The Budapest Convention is the first international treaty on crimes committed via the Internet.", "2001-11-23",
        2001, 11, 23},
    {"russian-statement-2011", "Russia proposes a UN convention",
        "Киберпреступность — глобальная угроза, заявила Россия в Екатеринбурге.", "2011-09-12", 2011, 9, 12},
    {"gge-report-2015", "GGE report on norms of responsible State behaviour",
        "The group agreed eleven voluntary norms in Genève.", "2015-07-22", 2015, 7, 22},
    {"uncc-adopted", "UN Convention against Cybercrime adopted",
        "Генеральная Ассамблея приняла конвенцию против киберпреступности.", "2024-12-24", 2024, 12, 24},
    {"budapest-protocol-2", "Second Additional Protocol to the Budapest Convention",
        "Opened for signature; it concerns electronic evidence.", "2022-05-12", 2022, 5, 12},
};

constexpr const char *kArticle = "Some states proposed a new treaty to replace the Budapest Convention which is flawed "
                                 "and outdated, they said.";
constexpr const char *kRussianText = "Международная информационная безопасность требует договора: киберпреступность "
                                     "не знает границ.";

void exec(sql::Database &db, const std::string &sql)
{
    auto r = db.exec(sql);
    ASSERT_TRUE(r.ok()) << r.error().message << "\n" << sql;
}

// Builds the fixture file once per test binary run.
const std::string &fixturePath()
{
    static const std::string path = [] {
        std::string p = (fs::temp_directory_path() / ("ictimeline-search-test-" + std::to_string(::getpid()) + ".sqlite")).string();
        // Per process: CTest runs each test in its own process, in parallel,
        // and a shared fixture file would be rebuilt under another reader.
        fs::remove(p);
        auto db = sql::Database::open(p, sql::Database::Mode::ReadWriteCreate);
        EXPECT_TRUE(db.ok()) << db.error().message;
        exec(*db, kSchemaSql);
        exec(*db, "BEGIN");
        exec(*db, "INSERT INTO forum (id, slug, name) VALUES (1, 'other', 'Other')");
        exec(*db, "INSERT INTO topic (id, slug, name) VALUES (1, 'cybercrime', 'Cybercrime')");
        auto insert = db->prepare(
            "INSERT INTO event (id, slug, title, summary, start_edtf, start_earliest, start_latest, end_earliest, "
            "end_latest, kind, forum_id, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?6, 'other', 1, 'verified')");
        EXPECT_TRUE(insert.ok());
        std::int64_t id = 10; // row ids that are not event indexes
        for (const FixtureEvent &e : kEvents) {
            EXPECT_TRUE(insert->bind(1, id++).ok());
            EXPECT_TRUE(insert->bind(2, e.slug).ok());
            EXPECT_TRUE(insert->bind(3, e.title).ok());
            EXPECT_TRUE(insert->bind(4, e.summary).ok());
            EXPECT_TRUE(insert->bind(5, e.date).ok());
            EXPECT_TRUE(insert->bind(6, daysFromCivil(e.y, e.m, e.d)).ok());
            auto ran = insert->run();
            EXPECT_TRUE(ran.ok()) << ran.error().message;
        }
        const std::string sha(64, 'a');
        exec(*db,
            "INSERT INTO source (id, slug, kind, title, text, sha256) VALUES "
            "(1, 'article', 'article', 'A new treaty?', '"
                + std::string(kArticle) + "', '" + sha + "'), (2, 'iis', 'article', 'Информационная безопасность', '"
                + kRussianText + "', '" + sha + "')");
        // Offsets are not checked by search; they only need to be valid.
        exec(*db,
            "INSERT INTO passage (id, slug, source_id, start_offset, end_offset, exact, prefix, suffix, label, "
            "status) VALUES (7, 'article-flawed', 1, 45, 84, 'the Budapest Convention which is flawed', '', '', "
            "'claim', 'verified'), (8, 'iis-borders', 2, 60, 100, 'киберпреступность не знает границ', '', '', "
            "'statement', 'verified')");
        exec(*db,
            "INSERT INTO event_fts(event_fts) VALUES ('rebuild');"
            "INSERT INTO passage_fts(passage_fts) VALUES ('rebuild');"
            "INSERT INTO source_fts(source_fts) VALUES ('rebuild');");
        exec(*db, "COMMIT");
        return p;
    }();
    return path;
}

class SearchTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        auto db = TimelineDatabase::open(fixturePath());
        ASSERT_TRUE(db.ok()) << db.error().message;
        s_db = new TimelineDatabase(std::move(*db));
        auto index = SearchIndex::open(*s_db);
        ASSERT_TRUE(index.ok()) << index.error().message;
        s_index = new SearchIndex(std::move(*index));
    }
    static void TearDownTestSuite()
    {
        delete s_index;
        delete s_db;
        s_index = nullptr;
        s_db = nullptr;
    }

    std::vector<SearchHit> hits(const std::string &query, std::size_t limit = 20)
    {
        auto r = s_index->search(query, limit);
        EXPECT_TRUE(r.ok()) << query << ": " << (r.ok() ? "" : r.error().message);
        return r.ok() ? *r : std::vector<SearchHit> {};
    }
    // The slugs of the event hits, in hit order.
    std::vector<std::string> events(const std::string &query)
    {
        std::vector<std::string> out;
        for (const SearchHit &h : hits(query)) {
            if (h.kind == HitKind::Event) {
                out.emplace_back(s_db->dataset().slug(static_cast<EventIndex>(h.id)));
            }
        }
        return out;
    }
    std::vector<std::int64_t> ids(const std::string &query, HitKind kind)
    {
        std::vector<std::int64_t> out;
        for (const SearchHit &h : hits(query)) {
            if (h.kind == kind) {
                out.push_back(h.id);
            }
        }
        return out;
    }
    std::string error(const std::string &query)
    {
        auto r = s_index->search(query, 20);
        EXPECT_FALSE(r.ok()) << query;
        if (r.ok()) {
            return {};
        }
        EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << query;
        return r.error().message;
    }

    static TimelineDatabase *s_db;
    static SearchIndex *s_index;
};

TimelineDatabase *SearchTest::s_db = nullptr;
SearchIndex *SearchTest::s_index = nullptr;

} // namespace

TEST_F(SearchTest, AnEnglishWordFindsEventsThenPassagesThenSources)
{
    const auto h = hits("budapest");
    ASSERT_EQ(h.size(), 4U);
    EXPECT_EQ(h[0].kind, HitKind::Event);
    EXPECT_EQ(h[1].kind, HitKind::Event);
    EXPECT_EQ(h[2].kind, HitKind::Passage);
    EXPECT_EQ(h[2].id, 7);
    EXPECT_EQ(h[3].kind, HitKind::Source);
    EXPECT_EQ(h[3].id, 1);
    EXPECT_LE(h[0].rank, h[1].rank); // bm25: best (most negative) first
    EXPECT_THAT(events("budapest"), UnorderedElementsAre("budapest-convention-signature", "budapest-protocol-2"));
    // Case of the text is kept; the match is marked.
    EXPECT_THAT(h[2].snippet,
        HasSubstr("\x01"
                  "Budapest"
                  "\x02"));
    EXPECT_THAT(events("BUDAPEST"), UnorderedElementsAre("budapest-convention-signature", "budapest-protocol-2"));
}

TEST_F(SearchTest, HitsCarryTheTitleTheyAreListedUnder)
{
    const auto h = hits("budapest");
    ASSERT_EQ(h.size(), 4U);
    for (const SearchHit &hit : h) {
        if (hit.kind == HitKind::Event) {
            EXPECT_EQ(hit.title, s_db->dataset().title(static_cast<EventIndex>(hit.id)));
        }
    }
    EXPECT_THAT(h[0].title, HasSubstr("Budapest"));
    EXPECT_EQ(h[2].title, "A new treaty?"); // passage 7 quotes source 1
    EXPECT_EQ(h[3].title, "A new treaty?");
    const auto russian = hits("границ");
    ASSERT_EQ(russian.size(), 2U); // passage 8 and the source it quotes
    EXPECT_EQ(russian[0].kind, HitKind::Passage);
    EXPECT_EQ(russian[0].title, "Информационная безопасность");
    EXPECT_EQ(russian[1].kind, HitKind::Source);
    EXPECT_EQ(russian[1].title, "Информационная безопасность");
}

TEST_F(SearchTest, EventIdsAreDatasetIndexesNotRowIds)
{
    const auto h = hits("genève");
    ASSERT_EQ(h.size(), 1U);
    EXPECT_EQ(h[0].kind, HitKind::Event);
    EXPECT_EQ(s_db->dataset().slug(static_cast<EventIndex>(h[0].id)), "gge-report-2015");
    EXPECT_EQ(h[0].id, 2); // the third event in time; its row id is 12
}

TEST_F(SearchTest, DiacriticsFold)
{
    EXPECT_THAT(events("geneve"), ElementsAre("gge-report-2015"));
    EXPECT_THAT(events("Genève"), ElementsAre("gge-report-2015"));
}

TEST_F(SearchTest, ARussianWordMatchesWhateverItsCase)
{
    EXPECT_THAT(events("киберпреступность"), ElementsAre("russian-statement-2011")); // written "Киберпреступность"
    EXPECT_THAT(events("КИБЕРПРЕСТУПНОСТЬ"), ElementsAre("russian-statement-2011"));
    EXPECT_THAT(ids("киберпреступность", HitKind::Passage), ElementsAre(8));
    EXPECT_THAT(ids("киберпреступность", HitKind::Source), ElementsAre(2));
    EXPECT_THAT(events("Екатеринбурге"), ElementsAre("russian-statement-2011"));
}

TEST_F(SearchTest, APrefixFindsEveryFormOfARussianWord)
{
    EXPECT_THAT(events("киберпреступ*"), UnorderedElementsAre("russian-statement-2011", "uncc-adopted"));
    EXPECT_THAT(events("Киберпреступ*"), UnorderedElementsAre("russian-statement-2011", "uncc-adopted"));
}

TEST_F(SearchTest, PrefixesPhrasesOrAndNot)
{
    EXPECT_THAT(events("budap*"), UnorderedElementsAre("budapest-convention-signature", "budapest-protocol-2"));
    EXPECT_THAT(events("cyber*"), UnorderedElementsAre("budapest-convention-signature", "uncc-adopted"));
    // Phrase: the words adjacent and in order.
    EXPECT_THAT(events("\"Budapest Convention\""),
        UnorderedElementsAre("budapest-convention-signature", "budapest-protocol-2"));
    EXPECT_THAT(events("\"Convention Budapest\""), IsEmpty());
    EXPECT_THAT(
        events("\"Budapest Conv\"*"), UnorderedElementsAre("budapest-convention-signature", "budapest-protocol-2"));
    EXPECT_THAT(ids("\"the Budapest Convention which is flawed\"", HitKind::Passage), ElementsAre(7));
    // Implicit AND.
    EXPECT_THAT(events("convention cybercrime"), UnorderedElementsAre("budapest-convention-signature", "uncc-adopted"));
    EXPECT_THAT(
        events("convention AND cybercrime"), UnorderedElementsAre("budapest-convention-signature", "uncc-adopted"));
    // OR.
    EXPECT_THAT(events("norms OR protocol"), UnorderedElementsAre("gge-report-2015", "budapest-protocol-2"));
    EXPECT_THAT(events("convention norms OR protocol"), ElementsAre("budapest-protocol-2"));
    // NOT, as a minus or a word.
    EXPECT_THAT(events("budapest -protocol"), ElementsAre("budapest-convention-signature"));
    EXPECT_THAT(events("budapest NOT protocol"), ElementsAre("budapest-convention-signature"));
    EXPECT_THAT(
        events("convention -\"second additional\" -киберпреступ*"), ElementsAre("budapest-convention-signature"));
    // Lower-case "or" and "not" are words, as in web search.
    EXPECT_THAT(events("norms or protocol"), IsEmpty());
}

TEST_F(SearchTest, MalformedQueriesAreErrorsAPersonUnderstands)
{
    EXPECT_EQ(error(""), "the query is empty");
    EXPECT_EQ(error("   \t "), "the query is empty");
    EXPECT_THAT(error("\"budapest convention"), HasSubstr("unbalanced quotes"));
    EXPECT_THAT(error("budapest \"convention"), HasSubstr("unbalanced quotes"));
    EXPECT_EQ(error("OR"), "OR needs a word on each side");
    EXPECT_EQ(error("budapest OR"), "OR needs a word on each side");
    EXPECT_EQ(error("OR budapest"), "OR needs a word on each side");
    EXPECT_EQ(error("budapest OR OR convention"), "OR needs a word on each side");
    EXPECT_EQ(error("budapest OR -convention"), "OR needs a word on each side");
    EXPECT_EQ(error("AND"), "AND needs a word on each side");
    EXPECT_EQ(error("NOT"), "NOT needs a word after it");
    EXPECT_EQ(error("budapest NOT"), "NOT needs a word after it");
    EXPECT_EQ(error("-"), "a minus sign needs a word right after it, as in -protocol");
    EXPECT_EQ(error("budapest - convention"), "a minus sign needs a word right after it, as in -protocol");
    EXPECT_EQ(error("***"), "the query has no words");
    EXPECT_EQ(error("!!! ... \"\" \"?!\""), "the query has no words");
    EXPECT_EQ(error("-budapest"), "the query only excludes words: add a word to look for");
    EXPECT_EQ(error("NOT budapest"), "the query only excludes words: add a word to look for");
}

TEST_F(SearchTest, SpecialCharactersNeverReachFts5Syntax)
{
    // Each is either a valid search or an InvalidArgument with our message;
    // never an SQLite or FTS5 error.
    const std::vector<std::string> queries = {"title:budapest", "NEAR(budapest convention)", "budapest^", "(budapest",
        "budapest)", "{title summary}:budapest", "A/RES/53/70", "a + b", "'budapest'", "budapest;DROP TABLE event",
        "*budapest", "bud*apest", "\"\"budapest\"\"", "-\"budapest\"*", "--budapest convention", "budapest\x01\x02",
        std::string("budapest\0convention", 19), "\xff\xfe", "NEAR", "AND OR NOT", "budapest AND NOT convention",
        "\"a\"\"b\"", "\\\"budapest"};
    for (const std::string &q : queries) {
        auto r = s_index->search(q, 5);
        if (!r.ok()) {
            EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << q << ": " << r.error().message;
            EXPECT_THAT(r.error().message, ::testing::Not(HasSubstr("fts5"))) << q;
            EXPECT_THAT(r.error().message, ::testing::Not(HasSubstr("syntax"))) << q;
        }
    }
    EXPECT_THAT(events("title:budapest"), IsEmpty()); // the phrase "title budapest", not a column filter
    EXPECT_THAT(events("(budapest"), UnorderedElementsAre("budapest-convention-signature", "budapest-protocol-2"));
    EXPECT_THAT(events("budapest AND NOT protocol"), ElementsAre("budapest-convention-signature"));
}

TEST_F(SearchTest, TranslatesToQuotedFts5Strings)
{
    auto t = translateQuery("budap* \"Budapest Convention\" -protocol norms OR cbms");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(*t, "((\"budap\"*) AND (\"Budapest Convention\") AND (\"norms\" OR \"cbms\")) NOT (\"protocol\")");
    t = translateQuery("title:x NEAR(y)");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, "(\"title:x\") AND (\"NEAR(y)\")");
}

TEST_F(SearchTest, LimitCapsEachKind)
{
    const auto h = hits("budapest", 1);
    ASSERT_EQ(h.size(), 3U);
    EXPECT_EQ(h[0].kind, HitKind::Event);
    EXPECT_EQ(h[1].kind, HitKind::Passage);
    EXPECT_EQ(h[2].kind, HitKind::Source);
    EXPECT_THAT(hits("budapest", 0), IsEmpty());
    EXPECT_THAT(std::string(s_db->dataset().slug(static_cast<EventIndex>(h[0].id))), HasSubstr("budapest"));
    EXPECT_THAT(hits("nothingmatchesthis"), IsEmpty());
}

TEST_F(SearchTest, FewMatchesAreAllRankedByBm25)
{
    EXPECT_EQ(s_index->rankWindow(), 4000);
    ASSERT_EQ(hits("convention").size(), 6U); // 4 events, the passage and the article
    const SearchSummary &summary = s_index->lastSummary();
    EXPECT_EQ(summary.events.hits, 4U);
    EXPECT_TRUE(summary.events.rankedAll);
    EXPECT_TRUE(summary.passages.rankedAll);
    EXPECT_TRUE(summary.sources.rankedAll);
}

// With more matches than the window, only the newest (highest row ids) are
// ranked, by ict_rank; the summary says so.
TEST_F(SearchTest, ManyMatchesAreRankedInTheNewestWindow)
{
    s_index->setRankWindow(2);
    // "convention" is in events 10 (title), 11 (title), 13 (title, and
    // конвенцию does not count) and 14 (title): the newest two are 13 and 14.
    const auto window = events("convention");
    const SearchSummary summary = s_index->lastSummary();
    const auto exact = hits("budapest"); // two events: within the window
    const SearchSummary budapest = s_index->lastSummary();
    s_index->setRankWindow(4000);
    EXPECT_THAT(window, UnorderedElementsAre("uncc-adopted", "budapest-protocol-2"));
    EXPECT_FALSE(summary.events.rankedAll);
    EXPECT_EQ(summary.events.hits, 2U);
    EXPECT_TRUE(summary.sources.rankedAll);
    EXPECT_EQ(exact.size(), 4U);
    EXPECT_TRUE(budapest.events.rankedAll);
}

TEST_F(SearchTest, TheWindowRankingPrefersTitleMatchesAndRanksBestFirst)
{
    s_index->setRankWindow(1);
    // "signature" is in the title of event 10 and the summary of event 14:
    // with a window of one, only 14 (the newest) is ranked.
    const auto one = hits("signature");
    s_index->setRankWindow(2);
    const auto two = hits("signature");
    s_index->setRankWindow(4000);
    ASSERT_FALSE(one.empty());
    EXPECT_EQ(s_db->dataset().slug(static_cast<EventIndex>(one[0].id)), "budapest-protocol-2");
    EXPECT_LT(one[0].rank, 0.0);
    ASSERT_GE(two.size(), 2U);
    // Title beats summary (weight 10 against 1).
    EXPECT_EQ(s_db->dataset().slug(static_cast<EventIndex>(two[0].id)), "budapest-convention-signature");
    EXPECT_EQ(s_db->dataset().slug(static_cast<EventIndex>(two[1].id)), "budapest-protocol-2");
    EXPECT_LT(two[0].rank, two[1].rank);
}

TEST_F(SearchTest, AFailedSearchClearsTheSummary)
{
    (void)hits("budapest");
    EXPECT_EQ(s_index->lastSummary().events.hits, 2U);
    EXPECT_FALSE(s_index->search("OR", 10).ok());
    EXPECT_EQ(s_index->lastSummary().events.hits, 0U);
}

TEST_F(SearchTest, PreparedStatementsAreReusedAcrossSearches)
{
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(hits("budapest").size(), 4U);
        EXPECT_EQ(error("OR"), "OR needs a word on each side");
        EXPECT_EQ(events("киберпреступность").size(), 1U);
    }
}

TEST(SnippetToHtml, EscapesAndBoldsMatches)
{
    EXPECT_EQ(snippetToHtml("a <b> & \x01"
                            "Budapest\x02 …"),
        QStringLiteral("a &lt;b&gt; &amp; <b>Budapest</b> …"));
}

TEST(SearchIndexOpen, ADatabaseWithoutSearchTablesIsAnError)
{
    const std::string p = (fs::temp_directory_path() / ("ictimeline-search-nofts-" + std::to_string(::getpid()) + ".sqlite")).string();
    fs::remove(p);
    {
        auto db = sql::Database::open(p, sql::Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("CREATE TABLE event (id INTEGER PRIMARY KEY)").ok());
    }
    const Dataset empty;
    auto index = SearchIndex::open(p, empty);
    ASSERT_FALSE(index.ok());
    EXPECT_THAT(index.error().message, HasSubstr("has no search index"));
    EXPECT_FALSE(SearchIndex::open("/no/such/file.sqlite", empty).ok());
}
