// The synthetic generator behind `ictimeline-db synth`: what it writes must
// open in the app, pass the validator, have the shape of the real data, and
// depend on nothing but its arguments. Nothing here is timed: the speed at a
// million events is checked by hand with a Release build.

#include "core/civildate.h"
#include "core/curation/validator.h"
#include "core/sqlite.h"
#include "core/synth/generator.h"
#include "core/taxonomy.h"
#include "core/timelinedatabase.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace ict::core;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kEvents = 2000;

std::string tempPath(const std::string &name)
{
    // Per process: CTest runs each test in its own process, in parallel, and
    // several of them write the shared small database.
    return (fs::temp_directory_path()
            / ("ictimeline-synth-" + name + "-" + std::to_string(::getpid()) + ".sqlite"))
        .string();
}

std::string generate(const std::string &name, std::int64_t events, std::uint64_t seed)
{
    const std::string path = tempPath(name);
    synth::Options options;
    options.events = events;
    options.seed = seed;
    const auto written = synth::writeSyntheticDatabase(options, path);
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message);
    if (written) {
        EXPECT_EQ(written->events, events);
    }
    return path;
}

std::string bytesOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

// One 2,000-event database, written once, for the tests that only read it.
const std::string &smallDatabase()
{
    static const std::string path = generate("small", kEvents, 7);
    return path;
}

const TimelineDatabase &loaded()
{
    static TimelineDatabase db = [] {
        auto r = TimelineDatabase::open(smallDatabase());
        if (!r) {
            ADD_FAILURE() << r.error().message;
            std::abort();
        }
        return std::move(r).value();
    }();
    return db;
}

sql::Database openSmall()
{
    auto db = sql::Database::open(smallDatabase(), sql::Database::Mode::ReadOnly);
    EXPECT_TRUE(db.ok());
    return std::move(db).value();
}

std::int64_t scalar(sql::Database &db, const char *sql)
{
    auto v = db.scalarInt(sql);
    EXPECT_TRUE(v.ok()) << sql << ": " << (v ? std::string() : v.error().message);
    return v ? *v : -1;
}

std::string joined(const curation::Diagnostics &diagnostics)
{
    std::string s;
    for (const auto &d : diagnostics) {
        s += d.toString() + "\n";
    }
    return s;
}

} // namespace

TEST(Synth, ASmallDatabaseOpensWithExactlyTheRequestedNumberOfEvents)
{
    EXPECT_EQ(loaded().dataset().size(), static_cast<std::size_t>(kEvents));
    auto db = openSmall();
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM event"), kEvents);
    EXPECT_EQ(scalar(db, "SELECT max(id) FROM event"), kEvents);
}

TEST(Synth, ASmallDatabasePassesTheValidatorWithNoDiagnostics)
{
    const auto diagnostics = curation::validateDatabaseFile(smallDatabase());
    EXPECT_TRUE(diagnostics.empty()) << joined(diagnostics);
}

TEST(Synth, ASmallDatabaseKeepsEveryConstraintOfTheSchema)
{
    // integrity_check covers CHECK and NOT NULL constraints and the indexes;
    // foreign_key_check every reference (the generator writes with foreign
    // keys off, for speed).
    auto db = openSmall();
    auto integrity = db.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(integrity.ok());
    ASSERT_TRUE(integrity->step().ok());
    EXPECT_EQ(integrity->text(0), "ok");
    auto fk = db.prepare("PRAGMA foreign_key_check");
    ASSERT_TRUE(fk.ok());
    auto row = fk->step();
    ASSERT_TRUE(row.ok());
    EXPECT_FALSE(*row) << "a row of " << fk->text(0) << " refers to a missing row";
}

TEST(Synth, ForumsFormATreeOfAtLeastTwelve)
{
    const auto &forums = loaded().dataset().forumList();
    EXPECT_GE(forums.size(), 12U);
    int children = 0;
    for (const Forum &f : forums) {
        children += f.parent >= 0 ? 1 : 0;
    }
    EXPECT_GT(children, 0);
    const auto unga = loaded().dataset().forumIndex("unga");
    const auto c1 = loaded().dataset().forumIndex("unga-c1");
    ASSERT_TRUE(unga && c1);
    EXPECT_TRUE(loaded().dataset().forumWithin(*c1, *unga));
}

TEST(Synth, TheTopicsAreTheElevenOfTheTaxonomy)
{
    std::vector<std::string> slugs;
    for (const Topic &t : loaded().dataset().topicList()) {
        slugs.push_back(t.slug);
    }
    EXPECT_THAT(slugs,
        ::testing::ElementsAre("threats", "norms", "international-law", "cbms", "capacity-building",
            "institutional-dialogue", "cybercrime", "internet-governance", "military-use", "human-rights",
            "development"));
}

TEST(Synth, AboutEightyPercentOfEventsAreSingleDates)
{
    std::size_t single = 0;
    for (auto flags : loaded().dataset().dateFlags()) {
        single += (flags & DateFlag::Interval) == 0 ? 1U : 0U;
    }
    EXPECT_GE(single, static_cast<std::size_t>(kEvents) * 70 / 100);
    EXPECT_LE(single, static_cast<std::size_t>(kEvents) * 90 / 100);
}

TEST(Synth, SomeDatesHaveMonthOrYearPrecisionAndSomeAreApproximateOrUncertain)
{
    std::size_t imprecise = 0, qualified = 0, open = 0;
    for (auto flags : loaded().dataset().dateFlags()) {
        imprecise += (flags & DateFlag::ImpreciseStart) != 0 ? 1U : 0U;
        qualified += (flags & (DateFlag::StartApproximate | DateFlag::StartUncertain)) != 0 ? 1U : 0U;
        open += (flags & DateFlag::OpenEnd) != 0 ? 1U : 0U;
    }
    // Expected shares: about 10 % and 5 %; far from both 0 and everything.
    EXPECT_GE(imprecise, static_cast<std::size_t>(kEvents) / 50);
    EXPECT_LE(imprecise, static_cast<std::size_t>(kEvents) / 4);
    EXPECT_GE(qualified, static_cast<std::size_t>(kEvents) / 100);
    EXPECT_LE(qualified, static_cast<std::size_t>(kEvents) / 8);
    auto db = openSmall();
    EXPECT_GT(scalar(db, "SELECT count(*) FROM event WHERE length(start_edtf) = 4"), 0) << "year precision, 2004";
    EXPECT_GT(scalar(db, "SELECT count(*) FROM event WHERE length(start_edtf) = 7 AND start_edtf GLOB '*-*'"), 0)
        << "month precision, 2019-06";
    EXPECT_GT(scalar(db, "SELECT count(*) FROM event WHERE start_edtf GLOB '*[~?%]'"), 0);
}

TEST(Synth, DatesLieBetween1990And2026AndClusterAroundSessions)
{
    const Dataset &ds = loaded().dataset();
    EXPECT_GE(ds.firstDay(), daysFromCivil(1990, 1, 1));
    std::size_t december = 0;
    for (EventIndex i = 0; i < ds.size(); ++i) {
        if ((ds.dateFlags()[i] & DateFlag::OpenEnd) == 0) {
            EXPECT_LE(ds.ends()[i], daysFromCivil(2026, 12, 31));
        }
        december += civilFromDays(ds.starts()[i]).month == 12 ? 1U : 0U;
    }
    // Spread evenly, December would hold 1/12 (8 %); GA votes and
    // ministerial meetings make it clearly more.
    EXPECT_GT(december, ds.size() * 12U / 100U);
    // And more events in the 2020s than in the 1990s, as in real life.
    auto db = openSmall();
    EXPECT_GT(scalar(db, "SELECT count(*) FROM event WHERE start_edtf >= '2020'"),
        3 * scalar(db, "SELECT count(*) FROM event WHERE start_edtf < '2000'"));
}

TEST(Synth, EveryEventHasAForumOneToThreeTopicsAndOneOrTwoCitations)
{
    auto db = openSmall();
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM event WHERE forum_id NOT IN (SELECT id FROM forum)"), 0);
    EXPECT_EQ(scalar(db,
                  "SELECT count(*) FROM (SELECT e.id, count(t.topic_id) AS n FROM event e "
                  "LEFT JOIN event_topic t ON t.event_id = e.id GROUP BY e.id) WHERE n NOT BETWEEN 1 AND 3"),
        0);
    EXPECT_EQ(scalar(db,
                  "SELECT count(*) FROM (SELECT e.id, count(c.id) AS n FROM event e "
                  "LEFT JOIN citation c ON c.event_id = e.id GROUP BY e.id) WHERE n NOT BETWEEN 1 AND 2"),
        0);
    // Every status and at least the common kinds occur.
    EXPECT_EQ(scalar(db, "SELECT count(DISTINCT status) FROM event"), 3);
    EXPECT_GE(scalar(db, "SELECT count(DISTINCT kind) FROM event"), 10);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM event_actor"), 0);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM event_relation"), 0);
}

TEST(Synth, CitationSymbolsAreWellFormedAndUrlsAreWebAddresses)
{
    auto db = openSmall();
    auto stmt = db.prepare("SELECT symbol FROM citation WHERE symbol IS NOT NULL "
                           "UNION ALL SELECT document FROM vote WHERE document IS NOT NULL");
    ASSERT_TRUE(stmt.ok());
    std::size_t symbols = 0;
    ASSERT_TRUE(stmt->forEach([&](const sql::Statement &row) {
                        ++symbols;
                        EXPECT_TRUE(isWellFormedUnSymbol(row.text(0))) << row.text(0);
                    })
                    .ok());
    EXPECT_GT(symbols, 100U);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM citation WHERE symbol GLOB 'A/RES/[0-9]*/[0-9]*'"), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM citation WHERE url IS NOT NULL AND url NOT LIKE 'https://%'"), 0);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM citation WHERE source_id IS NOT NULL"), 0);
}

TEST(Synth, VoteCountsThatAreNotKnownAreNullNeverZero)
{
    auto db = openSmall();
    EXPECT_GT(scalar(db, "SELECT count(*) FROM vote"), 0);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM vote WHERE without_vote = 1"), 0);
    EXPECT_GT(scalar(db,
                  "SELECT count(*) FROM vote WHERE without_vote = 0 AND "
                  "(in_favour IS NULL OR against IS NULL OR abstaining IS NULL)"),
        0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM vote WHERE in_favour = 0 OR against = 0 OR abstaining = 0"), 0);
}

TEST(Synth, TitlesAndSummariesHaveRealisticLengths)
{
    // SQLite's length() of TEXT counts characters (code points), as the spec does.
    auto db = openSmall();
    EXPECT_GE(scalar(db, "SELECT min(length(title)) FROM event"), 40);
    EXPECT_LE(scalar(db, "SELECT max(length(title)) FROM event"), 90);
    EXPECT_GE(scalar(db, "SELECT min(length(summary)) FROM event"), 150);
    EXPECT_LE(scalar(db, "SELECT max(length(summary)) FROM event"), 300);
    EXPECT_GT(scalar(db, "SELECT count(DISTINCT title) FROM event"), kEvents / 2);
}

TEST(Synth, PassagesQuoteTheirSourcesAboutOncePerTenEventsAndLinkToOneOrTwoEvents)
{
    auto db = openSmall();
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM source"), kEvents / 50);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM passage"), kEvents / 10);
    EXPECT_EQ(scalar(db,
                  "SELECT count(*) FROM (SELECT passage_id, count(*) AS n FROM event_passage "
                  "GROUP BY passage_id) WHERE n NOT BETWEEN 1 AND 2"),
        0);
    EXPECT_GE(scalar(db, "SELECT min(length(text)) FROM source"), 1900);
    // Some text is not ASCII, so code-point offsets differ from byte offsets.
    EXPECT_GT(scalar(db, "SELECT count(*) FROM source WHERE length(text) <> length(CAST(text AS BLOB))"), 0);
    // The first passage, read back through the loader's API.
    auto passage = loaded().passageById(1);
    ASSERT_TRUE(passage.ok()) << passage.error().message;
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM passage WHERE length(prefix) > 32 OR length(suffix) > 32"), 0);
}

TEST(Synth, FullTextSearchFindsAWordOfAGeneratedTitle)
{
    auto db = openSmall();
    // "Resolution" or "resolution" is in every title of a resolution-adopted
    // event made from the first two title templates; the query is any case.
    const auto titles = scalar(db, "SELECT count(*) FROM event WHERE title LIKE '%resolution%'");
    ASSERT_GT(titles, 0);
    auto match = db.prepare("SELECT count(*) FROM event_fts WHERE event_fts MATCH ?1");
    ASSERT_TRUE(match.ok());
    ASSERT_TRUE(match->bind(1, "title:resolution").ok());
    ASSERT_TRUE(match->step().ok());
    EXPECT_EQ(match->int64(0), titles);
    match->reset();
    ASSERT_TRUE(match->bind(1, "zanzibarquux").ok());
    ASSERT_TRUE(match->step().ok());
    EXPECT_EQ(match->int64(0), 0);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'States'"), 0);
    EXPECT_GT(scalar(db, "SELECT count(*) FROM source_fts WHERE source_fts MATCH 'международная'"), 0);
}

TEST(Synth, TheSameSeedWritesIdenticalBytes)
{
    const std::string a = generate("same-a", 500, 42);
    const std::string b = generate("same-b", 500, 42);
    const std::string bytes = bytesOf(a);
    EXPECT_GT(bytes.size(), 100'000U);
    EXPECT_TRUE(bytes == bytesOf(b));
}

TEST(Synth, DifferentSeedsWriteDifferentBytes)
{
    const std::string a = generate("seed-a", 500, 42);
    const std::string b = generate("seed-b", 500, 43);
    EXPECT_FALSE(bytesOf(a) == bytesOf(b));
}

TEST(Synth, TinyAndUnevenCountsAreValidToo)
{
    // One event (one source, one passage) and a last block of one event.
    for (const std::int64_t n : {1, 51}) {
        const std::string path = generate("tiny-" + std::to_string(n), n, 3);
        const auto diagnostics = curation::validateDatabaseFile(path);
        EXPECT_TRUE(diagnostics.empty()) << n << ":\n" << joined(diagnostics);
        auto db = TimelineDatabase::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message;
        EXPECT_EQ(db->dataset().size(), static_cast<std::size_t>(n));
    }
}

TEST(Synth, AnEventCountOutOfRangeIsRefusedAndWritesNothing)
{
    const std::string path = tempPath("out-of-range");
    fs::remove(path);
    for (const std::int64_t n : {std::int64_t {0}, std::int64_t {-5}, synth::kMaxEvents + 1}) {
        synth::Options options;
        options.events = n;
        const auto written = synth::writeSyntheticDatabase(options, path);
        ASSERT_FALSE(written.ok()) << n;
        EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument);
        EXPECT_THAT(written.error().message, HasSubstr("between 1 and 10000000"));
        EXPECT_FALSE(fs::exists(path));
    }
}

TEST(Synth, AFailedWriteSaysWhyAndLeavesNoFile)
{
    // The output's directory is a regular file, so nothing can be created.
    const fs::path blocker = fs::temp_directory_path() / "ictimeline-synth-blocker";
    fs::remove_all(blocker);
    std::ofstream(blocker) << "not a directory";
    const std::string path = (blocker / "out.sqlite").string();
    synth::Options options;
    options.events = 10;
    const auto written = synth::writeSyntheticDatabase(options, path);
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.error().message, HasSubstr(path));
    EXPECT_FALSE(fs::exists(path));
    EXPECT_FALSE(fs::exists(path + ".tmp"));
    fs::remove(blocker);
}

TEST(Synth, TheMetaRowsNameTheGeneratorAndDependOnlyOnTheArguments)
{
    auto db = openSmall();
    auto stmt = db.prepare("SELECT key, value FROM meta ORDER BY key");
    ASSERT_TRUE(stmt.ok());
    std::map<std::string, std::string> meta;
    ASSERT_TRUE(
        stmt->forEach([&](const sql::Statement &row) { meta[std::string(row.text(0))] = std::string(row.text(1)); })
            .ok());
    EXPECT_EQ(meta["schema_version"], "1");
    EXPECT_EQ(meta["data_version"], "synth-n2000-s7");
    EXPECT_EQ(meta["built_at"], "1970-01-01T00:00:00Z");
    EXPECT_THAT(meta["generator"], HasSubstr("synth --events 2000 --seed 7"));
}
