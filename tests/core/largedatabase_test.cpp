// The loader on databases large enough for its two-thread path (one thread
// steps SQLite, another builds the Dataset): the result must be the same
// events in the same order as the query returns them, and a bad row anywhere,
// in the first batch or the last, must come back as an error that names it,
// never as a hang or a partial load.

#include "core/sqlite.h"
#include "core/synth/generator.h"
#include "core/timelinedatabase.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace ict::core;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

namespace {

// Above the loader's threshold for its second thread (20,000 events), and
// more than the batches it keeps in flight (4 of 4,096 rows), so a builder
// that stops early leaves the reader waiting for a batch.
constexpr std::int64_t kEvents = 30'000;

// Per process: CTest runs each test in its own process, in parallel. The
// files go when the process ends (30,000 events make 30 MB).
std::string tempPath(const std::string &name)
{
    struct RemoveAtExit {
        std::vector<std::string> paths;
        ~RemoveAtExit()
        {
            for (const auto &p : paths) {
                std::error_code ignored;
                fs::remove(p, ignored);
            }
        }
    };
    static RemoveAtExit files;
    files.paths.push_back(
        (fs::temp_directory_path() / ("ictimeline-large-" + name + "-" + std::to_string(::getpid()) + ".sqlite"))
            .string());
    return files.paths.back();
}

const std::string &largeDatabase()
{
    static const std::string path = [] {
        const std::string p = tempPath("db");
        synth::Options options;
        options.events = kEvents;
        options.seed = 11;
        const auto written = synth::writeSyntheticDatabase(options, p);
        EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message);
        return p;
    }();
    return path;
}

// A copy of the large database changed by `sql`.
std::string changedCopy(const std::string &name, const std::string &sql)
{
    const std::string path = tempPath(name);
    fs::copy_file(largeDatabase(), path, fs::copy_options::overwrite_existing);
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    EXPECT_TRUE(db.ok());
    EXPECT_TRUE(db->exec(sql).ok()) << sql;
    return path;
}

// The slug of the event at `position` in the loader's order.
std::string slugAt(const char *position)
{
    auto db = sql::Database::open(largeDatabase(), sql::Database::Mode::ReadOnly);
    EXPECT_TRUE(db.ok());
    auto s = db->prepare(std::string("SELECT slug FROM event ORDER BY start_earliest, end_latest, id ") + position);
    EXPECT_TRUE(s.ok());
    auto row = s->step();
    EXPECT_TRUE(row.ok() && *row);
    return std::string(s->text(0));
}

} // namespace

TEST(LargeDatabase, LoadsEveryEventInTheQueryOrderWithItsTexts)
{
    auto loaded = TimelineDatabase::open(largeDatabase());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    const Dataset &ds = loaded->dataset();
    ASSERT_EQ(ds.size(), static_cast<std::size_t>(kEvents));

    auto db = sql::Database::open(largeDatabase(), sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    auto s = db->prepare("SELECT id, slug, title, start_edtf, coalesce(end_edtf, '') FROM event "
                         "ORDER BY start_earliest, end_latest, id");
    ASSERT_TRUE(s.ok());
    EventIndex i = 0;
    std::size_t mismatches = 0;
    ASSERT_TRUE(s->forEach([&](const sql::Statement &row) {
                     if (ds.rowIds()[i] != row.int64(0) || ds.slug(i) != row.text(1) || ds.title(i) != row.text(2)
                         || ds.startText(i) != row.text(3) || ds.endText(i) != row.text(4)) {
                         ++mismatches;
                     }
                     ++i;
                 }).ok());
    EXPECT_EQ(i, ds.size());
    EXPECT_EQ(mismatches, 0U);
    EXPECT_TRUE(std::is_sorted(ds.starts().begin(), ds.starts().end()));

    // The lookups built from what the second thread appended.
    const EventIndex last = static_cast<EventIndex>(ds.size() - 1);
    EXPECT_EQ(ds.findBySlug(ds.slug(last)), last);
    EXPECT_EQ(ds.findByRowId(ds.rowIds()[last]), last);
}

TEST(LargeDatabase, AnInvalidDateInTheFirstBatchIsNamedWithoutWaitingForTheRest)
{
    const std::string slug = slugAt("LIMIT 1 OFFSET 10");
    auto db = TimelineDatabase::open(
        changedCopy("bad-first", "UPDATE event SET start_edtf = '2019-02-30' WHERE slug = '" + slug + "'"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::InvalidData);
    EXPECT_THAT(db.error().message, HasSubstr("event '" + slug + "' has an invalid date"));
    EXPECT_THAT(db.error().message, HasSubstr("2019-02-30"));
}

TEST(LargeDatabase, AnUnknownForumInTheLastRowIsNamed)
{
    const std::string slug = slugAt(("LIMIT 1 OFFSET " + std::to_string(kEvents - 1)).c_str());
    auto db = TimelineDatabase::open(changedCopy(
        "bad-last", "PRAGMA foreign_keys = OFF; UPDATE event SET forum_id = 9999 WHERE slug = '" + slug + "'"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::InvalidData);
    EXPECT_THAT(db.error().message, HasSubstr("event '" + slug + "' has an unknown kind, status or forum"));
}
