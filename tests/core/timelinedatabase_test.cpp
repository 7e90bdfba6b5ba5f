// The loader against the shipped curated database, and against broken files:
// every failure must be an error that names the problem, never a crash.

#include "core/curation/curatedtext.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/timelinedatabase.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace ict::core;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

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

EventIndex indexOf(const std::string &slug)
{
    auto i = curated().dataset().findBySlug(slug);
    EXPECT_TRUE(i.has_value()) << slug;
    return i.value_or(0);
}

// A writable copy of the curated database, changed by `sql`.
std::string brokenCopy(const std::string &name, const char *sql)
{
    const std::string path = (fs::temp_directory_path() / ("ictimeline-loader-" + name + ".sqlite")).string();
    fs::copy_file(ICT_CURATED_DB, path, fs::copy_options::overwrite_existing);
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    EXPECT_TRUE(db.ok());
    EXPECT_TRUE(db->exec(sql).ok()) << sql;
    return path;
}

} // namespace

TEST(TimelineDatabase, LoadsTheCuratedEventsSortedByStart)
{
    const Dataset &ds = curated().dataset();
    EXPECT_GE(ds.size(), 70U);
    EXPECT_TRUE(std::is_sorted(ds.starts().begin(), ds.starts().end()));
    EXPECT_EQ(ds.slug(0), "unga-res-53-70"); // the story starts in 1998
    EXPECT_EQ(ds.starts()[0], daysFromCivil(1998, 12, 4));
    EXPECT_FALSE(curated().meta().dataVersion.empty());
}

TEST(TimelineDatabase, Resolution74_247HasItsPlenaryVoteAndPassages)
{
    auto d = curated().details(indexOf("unga-res-74-247"));
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->startText, "2019-12-27");
    auto plenary = std::find_if(d->votes.begin(), d->votes.end(), [](const Vote &v) { return v.stage == "plenary"; });
    ASSERT_NE(plenary, d->votes.end());
    EXPECT_EQ(plenary->inFavour, 79);
    EXPECT_EQ(plenary->against, 60);
    EXPECT_EQ(plenary->abstaining, 33);
    EXPECT_FALSE(plenary->withoutVote);
    ASSERT_FALSE(d->citations.empty());
    EXPECT_EQ(d->citations[0].symbol, "A/RES/74/247");
    EXPECT_EQ(d->citations[0].link(), "https://docs.un.org/en/A/RES/74/247");
    auto passages = curated().passagesOf(indexOf("unga-res-74-247"));
    ASSERT_TRUE(passages.ok());
    EXPECT_FALSE(passages->empty());
}

TEST(TimelineDatabase, Resolution53_70HasPassagesFromBothArticlesThatMatchTheirSource)
{
    auto passages = curated().passagesOf(indexOf("unga-res-53-70"));
    ASSERT_TRUE(passages.ok());
    std::vector<std::string> sources;
    for (const PassageInfo &p : *passages) {
        sources.push_back(p.sourceSlug);
        auto source = curated().source(p.sourceId);
        ASSERT_TRUE(source.ok());
        const auto text = curation::codePointsFromUtf8(source->text);
        ASSERT_TRUE(text.has_value());
        const auto slice = std::u32string_view(*text).substr(static_cast<std::size_t>(p.start),
                                                             static_cast<std::size_t>(p.end - p.start));
        EXPECT_EQ(curation::utf8FromCodePoints(slice), p.exact) << p.slug;
    }
    EXPECT_THAT(sources, ::testing::Contains("krutskikh-chaos-to-order"));
    EXPECT_THAT(sources, ::testing::Contains("iis-post-covid-2020"));
}

TEST(TimelineDatabase, UnknownVoteCountsStayUnknown)
{
    // 73/266's plenary vote was recorded, but its figures are not confirmed.
    auto d = curated().details(indexOf("unga-res-73-266"));
    ASSERT_TRUE(d.ok());
    auto plenary = std::find_if(d->votes.begin(), d->votes.end(), [](const Vote &v) { return v.stage == "plenary"; });
    ASSERT_NE(plenary, d->votes.end());
    EXPECT_FALSE(plenary->inFavour.has_value());
    EXPECT_FALSE(plenary->withoutVote);
}

TEST(TimelineDatabase, PassagesLeadBackToTheirEvents)
{
    auto passages = curated().passagesOf(indexOf("unga-res-53-70"));
    ASSERT_TRUE(passages.ok());
    ASSERT_FALSE(passages->empty());
    auto events = curated().eventsOf(passages->front().id);
    ASSERT_TRUE(events.ok());
    EXPECT_THAT(*events, ::testing::Contains(indexOf("unga-res-53-70")));
    auto bySlug = curated().passage(passages->front().slug);
    ASSERT_TRUE(bySlug.ok());
    EXPECT_EQ(bySlug->exact, passages->front().exact);
    EXPECT_FALSE(curated().passage("no-such-passage").ok());
}

TEST(TimelineDatabase, AMissingFileIsReportedByName)
{
    auto db = TimelineDatabase::open("/nonexistent/ictimeline.sqlite");
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::FileNotFound);
    EXPECT_THAT(db.error().message, HasSubstr("/nonexistent/ictimeline.sqlite"));
}

TEST(TimelineDatabase, AFileThatIsNotADatabaseIsReported)
{
    const std::string path = (fs::temp_directory_path() / "ictimeline-loader-garbage.sqlite").string();
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < 4096; ++i) {
            out.put(static_cast<char>((i * 131) % 251));
        }
    }
    auto db = TimelineDatabase::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
    EXPECT_THAT(db.error().message, HasSubstr("garbage.sqlite"));
}

TEST(TimelineDatabase, AnEmptySqliteFileIsNotAnIctimelineDatabase)
{
    const std::string path = (fs::temp_directory_path() / "ictimeline-loader-empty.sqlite").string();
    fs::remove(path);
    {
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec("CREATE TABLE notes (x)").ok());
    }
    auto db = TimelineDatabase::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
}

TEST(TimelineDatabase, ADatabaseFromANewerVersionIsRefusedWithAReason)
{
    auto db = TimelineDatabase::open(brokenCopy("newer", "PRAGMA user_version = 99"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::SchemaTooNew);
    EXPECT_THAT(db.error().message, HasSubstr("newer version of ICTimeline"));
}

TEST(TimelineDatabase, AMissingRequiredTableIsNamed)
{
    auto db = TimelineDatabase::open(brokenCopy("no-vote", "DROP TABLE vote"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::SchemaInvalid);
    EXPECT_THAT(db.error().message, HasSubstr("required table 'vote' is missing"));
}

TEST(TimelineDatabase, ARowWithAnInvalidDateIsNamed)
{
    auto db = TimelineDatabase::open(
        brokenCopy("bad-date", "UPDATE event SET start_edtf = '2019-02-30' WHERE slug = 'unga-res-74-247'"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::InvalidData);
    EXPECT_THAT(db.error().message, HasSubstr("event 'unga-res-74-247'"));
    EXPECT_THAT(db.error().message, HasSubstr("2019-02-30"));
}

TEST(TimelineDatabase, OpeningNeverWritesToTheFile)
{
    const auto before = fs::last_write_time(ICT_CURATED_DB);
    const auto size = fs::file_size(ICT_CURATED_DB);
    {
        auto db = TimelineDatabase::open(ICT_CURATED_DB);
        ASSERT_TRUE(db.ok());
        (void)db->details(0);
    }
    EXPECT_EQ(fs::last_write_time(ICT_CURATED_DB), before);
    EXPECT_EQ(fs::file_size(ICT_CURATED_DB), size);
    EXPECT_FALSE(fs::exists(std::string(ICT_CURATED_DB) + "-journal"));
}
