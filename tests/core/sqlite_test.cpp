#include "core/sqlite.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace ict::core;
using ::testing::HasSubstr;

namespace {

std::string tempPath(const std::string &name)
{
    return (std::filesystem::temp_directory_path() / ("ictimeline-sqlite-test-" + name)).string();
}

} // namespace

TEST(SqliteDatabase, RoundTripsValuesThroughPreparedStatements)
{
    auto db = sql::Database::openMemory();
    ASSERT_TRUE(db.ok()) << db.error().message;
    ASSERT_TRUE(db->exec("CREATE TABLE t (i INTEGER, s TEXT, n INTEGER)").ok());
    auto insert = db->prepare("INSERT INTO t VALUES (?1, ?2, ?3)");
    ASSERT_TRUE(insert.ok());
    ASSERT_TRUE(insert->bind(1, std::int64_t{42}).ok());
    ASSERT_TRUE(insert->bind(2, std::string_view("Резолюция 53/70")).ok());
    ASSERT_TRUE(insert->bindNull(3).ok());
    ASSERT_TRUE(insert->run().ok());

    auto select = db->prepare("SELECT i, s, n FROM t");
    ASSERT_TRUE(select.ok());
    auto row = select->step();
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(*row);
    EXPECT_EQ(select->int64(0), 42);
    EXPECT_EQ(select->text(1), "Резолюция 53/70");
    EXPECT_FALSE(select->optionalInt64(2).has_value());
    auto done = select->step();
    ASSERT_TRUE(done.ok());
    EXPECT_FALSE(*done);
}

TEST(SqliteDatabase, ReportsSqlErrorsWithSqlitesMessage)
{
    auto db = sql::Database::openMemory();
    ASSERT_TRUE(db.ok());
    auto bad = db->prepare("SELEC nonsense");
    ASSERT_FALSE(bad.ok());
    EXPECT_THAT(bad.error().message, HasSubstr("syntax error"));
    auto missing = db->prepare("SELECT * FROM no_such_table");
    ASSERT_FALSE(missing.ok());
    EXPECT_THAT(missing.error().message, HasSubstr("no such table: no_such_table"));
}

TEST(SqliteDatabase, OpeningAMissingFileIsFileNotFound)
{
    auto db = sql::Database::open(tempPath("does-not-exist.sqlite"), sql::Database::Mode::ReadOnly);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::FileNotFound);
    EXPECT_THAT(db.error().message, HasSubstr("does-not-exist.sqlite"));
}

TEST(SqliteDatabase, OpeningAFileThatIsNotADatabaseFailsAtOpen)
{
    const std::string path = tempPath("garbage.sqlite");
    {
        std::ofstream out(path, std::ios::binary);
        out << "This is plainly not an SQLite database, but it is long enough to have a header of sorts.";
    }
    auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
    EXPECT_THAT(db.error().message, HasSubstr("garbage.sqlite"));
    std::remove(path.c_str());
}

TEST(SqliteDatabase, ReadOnlyOpenRefusesWrites)
{
    const std::string path = tempPath("readonly.sqlite");
    std::remove(path.c_str());
    {
        auto rw = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(rw.ok());
        ASSERT_TRUE(rw->exec("CREATE TABLE t (x)").ok());
    }
    auto ro = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(ro.ok());
    auto write = ro->exec("INSERT INTO t VALUES (1)");
    ASSERT_FALSE(write.ok());
    EXPECT_THAT(write.error().message, HasSubstr("readonly"));
    std::remove(path.c_str());
}

TEST(SqliteStatement, ForEachStopsAtTheFirstErrorAndReportsIt)
{
    auto db = sql::Database::openMemory();
    ASSERT_TRUE(db.ok());
    // abs() of the smallest integer overflows at the third row: a runtime error.
    ASSERT_TRUE(db->exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (-9223372036854775808)").ok());
    auto s = db->prepare("SELECT abs(x) FROM t ORDER BY rowid");
    ASSERT_TRUE(s.ok());
    int rows = 0;
    auto r = s->forEach([&](const sql::Statement &) { ++rows; });
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(rows, 2);
    EXPECT_THAT(r.error().message, HasSubstr("integer overflow"));
}
