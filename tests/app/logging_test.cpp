#include "app/logging.h"
#include "qtprinters.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ict::app {
namespace {

using testing::HasSubstr;
using testing::Not;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class Logging : public testing::Test {
protected:
    // Later tests should not write into a directory this test deletes.
    void TearDown() override
    {
        qInstallMessageHandler(nullptr);
        spdlog::set_default_logger(std::make_shared<spdlog::logger>(
            "ictimeline", std::make_shared<spdlog::sinks::stderr_color_sink_mt>()));
    }
};

TEST_F(Logging, WritesToAFileInTheGivenDirectory)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString directory = home.filePath(QStringLiteral("nested/logs"));

    const LogSetup setup = setUpLogging(spdlog::level::info, directory);
    EXPECT_EQ(setup.filePath, directory + QStringLiteral("/ictimeline.log"));
    EXPECT_TRUE(setup.problem.isEmpty()) << setup.problem.toStdString();

    spdlog::info("a line at info");
    spdlog::debug("a line below the level");
    qWarning("a warning from Qt");
    spdlog::default_logger()->flush();

    const std::string log = contentsOf(setup.filePath).toStdString();
    EXPECT_THAT(log, HasSubstr("a line at info"));
    EXPECT_THAT(log, HasSubstr("a warning from Qt"));
    EXPECT_THAT(log, Not(HasSubstr("a line below the level")));
}

TEST_F(Logging, HonoursTheLevel)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const LogSetup setup = setUpLogging(spdlog::level::trace, home.path());
    spdlog::trace("a trace line");
    spdlog::default_logger()->flush();
    EXPECT_THAT(contentsOf(setup.filePath).toStdString(), HasSubstr("a trace line"));
    EXPECT_EQ(spdlog::default_logger()->level(), spdlog::level::trace);
}

TEST_F(Logging, FallsBackToStderrWhenTheDirectoryCannotBeCreated)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    // A regular file where the directory should go: mkpath fails even as root.
    const QString blocker = home.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();

    const LogSetup setup = setUpLogging(spdlog::level::info, blocker + QStringLiteral("/logs"));
    EXPECT_TRUE(setup.filePath.isEmpty());
    EXPECT_THAT(setup.problem.toStdString(), HasSubstr("blocker/logs"));
    spdlog::info("still logging"); // to stderr, without crashing
}

TEST_F(Logging, DefaultDirectoryIsUnderAppDataAndNotTheRealHome)
{
    const QString directory = defaultLogDirectory();
    EXPECT_EQ(directory, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"));
    EXPECT_TRUE(directory.endsWith(QStringLiteral("/ICTimeline/ICTimeline/logs"))) << directory.toStdString();
    // The test main points XDG_DATA_HOME at a temporary directory.
    EXPECT_FALSE(directory.startsWith(QDir::homePath() + QStringLiteral("/.local"))) << directory.toStdString();
}

} // namespace
} // namespace ict::app
