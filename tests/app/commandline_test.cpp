#include "app/commandline.h"
#include "core/civildate.h"
#include "core/version.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QDir>

namespace ict::app {
namespace {

using testing::HasSubstr;

const QString kDefaultDb = QStringLiteral("/opt/ictimeline/share/ictimeline/ictimeline.sqlite");

ParseResult parse(QStringList args)
{
    args.prepend(QStringLiteral("ictimeline"));
    return parseCommandLine(args, kDefaultDb);
}

TEST(CommandLine, DefaultsToTheBundledDatabaseAndInfoLogging)
{
    const ParseResult result = parse({});
    ASSERT_TRUE(result.options.has_value()) << result.text.toStdString();
    EXPECT_EQ(result.exitCode, kExitOk);
    EXPECT_EQ(result.options->databasePath, kDefaultDb);
    EXPECT_TRUE(result.options->screenshotPath.isEmpty());
    EXPECT_EQ(result.options->logLevel, spdlog::level::info);
    EXPECT_TRUE(result.options->eventId.isEmpty());
    EXPECT_TRUE(result.options->passageId.isEmpty());
}

TEST(CommandLine, DbOptionReplacesTheDefault)
{
    const ParseResult result = parse({QStringLiteral("--db"), QStringLiteral("/data/synth.sqlite")});
    ASSERT_TRUE(result.options.has_value()) << result.text.toStdString();
    EXPECT_EQ(result.options->databasePath, QStringLiteral("/data/synth.sqlite"));
}

TEST(CommandLine, AcceptsOptionValuesAfterAnEqualsSign)
{
    const ParseResult result = parse({QStringLiteral("--db=/data/a.sqlite"), QStringLiteral("--log-level=debug")});
    ASSERT_TRUE(result.options.has_value()) << result.text.toStdString();
    EXPECT_EQ(result.options->databasePath, QStringLiteral("/data/a.sqlite"));
    EXPECT_EQ(result.options->logLevel, spdlog::level::debug);
}

TEST(CommandLine, StoresTheScreenshotPath)
{
    const ParseResult result = parse({QStringLiteral("--screenshot"), QStringLiteral("/tmp/shot.png")});
    ASSERT_TRUE(result.options.has_value()) << result.text.toStdString();
    EXPECT_EQ(result.options->screenshotPath, QStringLiteral("/tmp/shot.png"));
    EXPECT_EQ(result.options->databasePath, kDefaultDb);
}

TEST(CommandLine, StoresEventAndPassageForDeepLinks)
{
    const ParseResult result = parse({QStringLiteral("--event"), QStringLiteral("unga-res-73-27"),
                                      QStringLiteral("--passage"), QStringLiteral("res-73-27-op5")});
    ASSERT_TRUE(result.options.has_value()) << result.text.toStdString();
    EXPECT_EQ(result.options->eventId, QStringLiteral("unga-res-73-27"));
    EXPECT_EQ(result.options->passageId, QStringLiteral("res-73-27-op5"));
}

TEST(CommandLine, KnowsEveryLogLevelByName)
{
    EXPECT_EQ(logLevelFromName(QStringLiteral("trace")), spdlog::level::trace);
    EXPECT_EQ(logLevelFromName(QStringLiteral("debug")), spdlog::level::debug);
    EXPECT_EQ(logLevelFromName(QStringLiteral("info")), spdlog::level::info);
    EXPECT_EQ(logLevelFromName(QStringLiteral("warn")), spdlog::level::warn);
    EXPECT_EQ(logLevelFromName(QStringLiteral("error")), spdlog::level::err);
    EXPECT_EQ(logLevelFromName(QStringLiteral("critical")), spdlog::level::critical);
    EXPECT_EQ(logLevelFromName(QStringLiteral("off")), spdlog::level::off);
    EXPECT_EQ(logLevelFromName(QStringLiteral("WARN")), spdlog::level::warn);
    EXPECT_EQ(logLevelFromName(QStringLiteral("loud")), std::nullopt);
    EXPECT_EQ(logLevelFromName(QString()), std::nullopt);
}

TEST(CommandLine, RejectsAnUnknownLogLevelWithUsage)
{
    const ParseResult result = parse({QStringLiteral("--log-level"), QStringLiteral("loud")});
    EXPECT_FALSE(result.options.has_value());
    EXPECT_EQ(result.exitCode, kExitUsageError);
    EXPECT_TRUE(result.isError());
    const std::string text = result.text.toStdString();
    EXPECT_THAT(text, HasSubstr("\"loud\""));
    EXPECT_THAT(text, HasSubstr("trace, debug, info, warn, error, critical, off"));
    EXPECT_THAT(text, HasSubstr("Usage:"));
    EXPECT_THAT(text, HasSubstr("--log-level <level>"));
}

TEST(CommandLine, RejectsAnUnknownOptionWithUsage)
{
    const ParseResult result = parse({QStringLiteral("--bogus")});
    EXPECT_FALSE(result.options.has_value());
    EXPECT_EQ(result.exitCode, kExitUsageError);
    const std::string text = result.text.toStdString();
    EXPECT_THAT(text, HasSubstr("Unknown option 'bogus'"));
    EXPECT_THAT(text, HasSubstr("Usage:"));
    EXPECT_THAT(text, HasSubstr("--screenshot <path>"));
}

TEST(CommandLine, TellsQtsOwnOptionsFromUnknownOnes)
{
    // Before QApplication exists, -platform is unknown; main parses again
    // once QApplication has taken it out.
    const ParseResult qtOnly = parse({QStringLiteral("-platform"), QStringLiteral("offscreen")});
    EXPECT_EQ(qtOnly.exitCode, kExitUsageError);
    EXPECT_TRUE(qtOnly.unknownOptionsAreQts);

    const ParseResult mixed = parse({QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--bogus")});
    EXPECT_EQ(mixed.exitCode, kExitUsageError);
    EXPECT_FALSE(mixed.unknownOptionsAreQts);

    EXPECT_FALSE(parse({QStringLiteral("--bogus")}).unknownOptionsAreQts);
    EXPECT_FALSE(parse({QStringLiteral("--log-level"), QStringLiteral("loud")}).unknownOptionsAreQts);
}

TEST(CommandLine, RejectsAnOptionWithoutItsValue)
{
    const ParseResult result = parse({QStringLiteral("--db")});
    EXPECT_FALSE(result.options.has_value());
    EXPECT_EQ(result.exitCode, kExitUsageError);
    EXPECT_THAT(result.text.toStdString(), HasSubstr("--db"));
}

TEST(CommandLine, RejectsAnEmptyDatabasePath)
{
    const ParseResult result = parse({QStringLiteral("--db="), QStringLiteral("--screenshot=x.png")});
    EXPECT_EQ(result.exitCode, kExitUsageError);
    EXPECT_THAT(result.text.toStdString(), HasSubstr("--db needs a path"));
}

TEST(CommandLine, RejectsAStrayArgument)
{
    const ParseResult result = parse({QStringLiteral("timeline.sqlite")});
    EXPECT_EQ(result.exitCode, kExitUsageError);
    EXPECT_THAT(result.text.toStdString(), HasSubstr("Unexpected argument: timeline.sqlite"));
}

TEST(CommandLine, HelpListsEveryOptionAndExitsZero)
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const ParseResult result = parse({flag});
        EXPECT_FALSE(result.options.has_value());
        EXPECT_EQ(result.exitCode, kExitOk);
        EXPECT_FALSE(result.isError());
        const std::string text = result.text.toStdString();
        for (const char *option : {"--db <path>", "--screenshot <path>", "--log-level <level>", "--event <id>",
                                   "--passage <id>", "--version", "--help"}) {
            EXPECT_THAT(text, HasSubstr(option)) << flag.toStdString();
        }
        EXPECT_THAT(text, HasSubstr("Select this event at start"));
        EXPECT_THAT(text, HasSubstr("Open the source reader at this passage"));
    }
}

TEST(CommandLine, VersionPrintsNameAndVersion)
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const ParseResult result = parse({flag});
        EXPECT_FALSE(result.options.has_value());
        EXPECT_EQ(result.exitCode, kExitOk);
        EXPECT_EQ(result.text.toStdString(), std::string("ICTimeline ") + core::kVersion + "\n");
    }
}

TEST(CommandLine, BundledDatabaseIsInShareNextToBin)
{
    // The test binary lives in <build>/bin like the app, so the bundled path
    // it computes is the database the build produced.
    EXPECT_EQ(bundledDatabasePath(), QDir::cleanPath(QStringLiteral(ICT_CURATED_DB)));
}

} // namespace
} // namespace ict::app

namespace ict::app {
namespace {

TEST(CommandLineView, APeriodBecomesAVisibleRangeOfWholeDays)
{
    const auto year = parseCommandLine({QStringLiteral("ictimeline"), QStringLiteral("--view"), QStringLiteral("2019")},
                                       QStringLiteral("db.sqlite"));
    ASSERT_TRUE(year.options.has_value());
    ASSERT_TRUE(year.options->viewRange.has_value());
    EXPECT_EQ(year.options->viewRange->first, static_cast<double>(core::daysFromCivil(2019, 1, 1)));
    EXPECT_EQ(year.options->viewRange->second, static_cast<double>(core::daysFromCivil(2020, 1, 1)));

    const auto week = parseCommandLine(
        {QStringLiteral("ictimeline"), QStringLiteral("--view=2024-07-29/2024-08-04")}, QStringLiteral("db.sqlite"));
    ASSERT_TRUE(week.options.has_value());
    EXPECT_EQ(week.options->viewRange->second - week.options->viewRange->first, 7.0);
}

TEST(CommandLineView, AMalformedPeriodIsAUsageErrorThatSaysWhy)
{
    const auto bad = parseCommandLine(
        {QStringLiteral("ictimeline"), QStringLiteral("--view"), QStringLiteral("2019-13")}, QStringLiteral("db.sqlite"));
    EXPECT_FALSE(bad.options.has_value());
    EXPECT_EQ(bad.exitCode, kExitUsageError);
    EXPECT_TRUE(bad.text.contains(QStringLiteral("month 13"))) << bad.text.toStdString();
    const auto open = parseCommandLine(
        {QStringLiteral("ictimeline"), QStringLiteral("--view"), QStringLiteral("2019/..")}, QStringLiteral("db.sqlite"));
    EXPECT_EQ(open.exitCode, kExitUsageError);
}

} // namespace
} // namespace ict::app
