// The curation rules, one fixture per rule: tests/fixtures/curated/valid is a
// small, valid db/ directory; each directory under invalid/ replaces one of
// its files so that exactly one rule breaks, and expected.txt names where
// (file:line) and what the validator must say.

#include "core/curation/databasewriter.h"
#include "core/curation/validator.h"
#include "core/sqlite.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ict::core;
using namespace ict::core::curation;
using ::testing::HasSubstr;

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(ICT_TEST_FIXTURES_DIR) / "curated";

// A fresh copy of the valid fixture with `overlay` (if any) copied on top.
fs::path prepare(const std::string &name, const fs::path &overlay = {})
{
    const fs::path dir = fs::temp_directory_path() / ("ictimeline-curation-" + name);
    fs::remove_all(dir);
    fs::copy(kFixtures / "valid", dir, fs::copy_options::recursive);
    if (!overlay.empty()) {
        fs::copy(overlay, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        fs::remove(dir / "expected.txt");
    }
    return dir;
}

Diagnostics check(const fs::path &dir, CuratedData *out = nullptr)
{
    Diagnostics d;
    CuratedData data = readCuratedDirectory(dir, d);
    validate(data, d);
    if (out) {
        *out = std::move(data);
    }
    return d;
}

std::string joined(const Diagnostics &d)
{
    std::string s;
    for (const auto &x : d) {
        s += x.toString() + "\n";
    }
    return s;
}

} // namespace

TEST(Curation, TheValidFixturePasses)
{
    CuratedData data;
    const auto d = check(prepare("valid"), &data);
    EXPECT_TRUE(d.empty()) << joined(d);
    EXPECT_EQ(data.events.size(), 2U);
    EXPECT_EQ(data.passages.size(), 2U);
}

TEST(Curation, PassageOffsetsCountCodePointsNotBytes)
{
    CuratedData data;
    ASSERT_TRUE(check(prepare("offsets"), &data).empty());
    const SourceRecord &source = data.sources.at(0);
    for (const PassageRecord &p : data.passages) {
        const auto start = static_cast<std::size_t>(p.start);
        const auto length = static_cast<std::size_t>(p.end - p.start);
        EXPECT_EQ(utf8FromCodePoints(std::u32string_view(source.codePoints).substr(start, length)), p.exact) << p.id;
    }
    // The curly-quote passage: its byte offset in the file differs from its
    // code-point offset, because the text before it holds no multi-byte
    // characters but the passage itself does; check the end instead.
    const PassageRecord &curly = data.passages.at(1);
    EXPECT_EQ(curly.end - curly.start, 41); // "A quote with “curly quotes” – and a dash." in code points
    EXPECT_EQ(curly.suffix, "\n");
    EXPECT_EQ(curly.prefix.size(), 32U); // 32 ASCII code points before it
}

class CurationRule : public ::testing::TestWithParam<std::string> {};

TEST_P(CurationRule, FailsWithItsOwnMessageAtItsOwnLine)
{
    const fs::path overlay = kFixtures / "invalid" / GetParam();
    std::ifstream expected(overlay / "expected.txt");
    std::string where, message;
    std::getline(expected, where);
    std::getline(expected, message);
    ASSERT_FALSE(where.empty()) << "fixture has no expected.txt";

    const auto d = check(prepare(GetParam(), overlay));
    ASSERT_EQ(d.size(), 1U) << "expected exactly one problem, got:\n" << joined(d);
    EXPECT_EQ(d[0].toString().substr(0, where.size() + 1), where + ":") << d[0].toString();
    EXPECT_THAT(d[0].message, HasSubstr(message));
}

INSTANTIATE_TEST_SUITE_P(EveryRule, CurationRule,
                         ::testing::Values("bad-date", "reversed-date", "no-forum", "no-topic", "no-citation",
                                           "unknown-forum", "unknown-topic", "duplicate-id", "malformed-symbol",
                                           "negative-vote", "quote-not-found", "quote-ambiguous", "straight-quotes",
                                           "sha-mismatch", "unlinked-passage", "unknown-field", "invalid-json"),
                         [](const auto &paramInfo) {
                             std::string name = paramInfo.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// ---- Built database files ----------------------------------------------------

namespace {

std::string buildFixtureDatabase(const std::string &name)
{
    CuratedData data;
    EXPECT_TRUE(check(prepare(name), &data).empty());
    const std::string out = (fs::temp_directory_path() / ("ictimeline-curation-" + name + ".sqlite")).string();
    auto r = writeDatabase(data, out, "2026-01-01T00:00:00Z", "test");
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return out;
}

void tamper(const std::string &path, const char *sql)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec(sql).ok());
}

} // namespace

TEST(CuratedDatabase, ABuiltDatabaseValidates)
{
    const auto path = buildFixtureDatabase("db-valid");
    const auto d = validateDatabaseFile(path);
    EXPECT_TRUE(d.empty()) << joined(d);
    EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST(CuratedDatabase, APassageMovedOffItsTextIsReported)
{
    const auto path = buildFixtureDatabase("db-offsets");
    tamper(path, "UPDATE passage SET start_offset = start_offset + 1 WHERE slug = 'sample-adopted'");
    const auto d = validateDatabaseFile(path);
    ASSERT_FALSE(d.empty());
    EXPECT_THAT(joined(d), HasSubstr("passage 'sample-adopted': exact text is not at offsets"));
}

TEST(CuratedDatabase, AWrongPrefixOrSuffixIsReported)
{
    const auto path = buildFixtureDatabase("db-prefix");
    tamper(path, "UPDATE passage SET prefix = 'elsewhere', suffix = 'nope' WHERE slug = 'sample-curly'");
    const auto text = joined(validateDatabaseFile(path));
    EXPECT_THAT(text, HasSubstr("passage 'sample-curly': prefix does not match"));
    EXPECT_THAT(text, HasSubstr("passage 'sample-curly': suffix does not match"));
}

TEST(CuratedDatabase, AFailedBuildLeavesNoFileBehind)
{
    CuratedData data;
    ASSERT_TRUE(check(prepare("db-fail"), &data).empty());
    data.events[0].forum = "no-such-forum"; // bypasses validation: the writer must still not leave a file
    const std::string out = (fs::temp_directory_path() / "ictimeline-curation-db-fail.sqlite").string();
    fs::remove(out);
    auto r = writeDatabase(data, out, "t", "test");
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(fs::exists(out + ".tmp"));
    EXPECT_FALSE(fs::exists(out));
}

TEST(CuratedDatabase, TheShippedDataValidates)
{
    Diagnostics d;
    CuratedData data = readCuratedDirectory(ICT_CURATED_DIR, d);
    validate(data, d);
    EXPECT_TRUE(d.empty()) << joined(d);
    EXPECT_GE(data.events.size(), 70U);
    EXPECT_GE(data.passages.size(), 30U);
}
