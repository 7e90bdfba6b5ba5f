// The `ictimeline` executable itself, run as a user or CI would run it: exit
// codes, what it prints, and a --screenshot checked pixel by pixel.

#include "core/version.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace {

using testing::HasSubstr;

constexpr int kTimeoutMs = 60'000;

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

class Executable : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    // Offscreen, and with its own settings and log directories, so a run
    // leaves nothing behind and can be checked for what it wrote.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return env;
    }

    // As on a server or in CI: no display and no platform chosen.
    QProcessEnvironment headlessEnvironment() const
    {
        QProcessEnvironment env = environment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
            env.remove(QString::fromLatin1(name));
        }
        return env;
    }

    Outcome run(const QStringList &arguments, const QProcessEnvironment &env) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ICT_APP_EXECUTABLE), arguments);
        Outcome result;
        if (!process.waitForFinished(kTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }
    Outcome run(const QStringList &arguments) const { return run(arguments, environment()); }

    QTemporaryDir m_home;
};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

TEST_F(Executable, PrintsItsVersionAndExitsZero)
{
    const Outcome result = run({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out.toStdString(), std::string("ICTimeline ") + ict::core::kVersion + "\n");
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
}

TEST_F(Executable, AnswersVersionHelpAndUsageErrorsWithoutADisplay)
{
    const QProcessEnvironment env = headlessEnvironment();
    const Outcome version = run({QStringLiteral("--version")}, env);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_THAT(version.out.toStdString(), HasSubstr(ict::core::kVersion));

    const Outcome help = run({QStringLiteral("--help")}, env);
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_THAT(help.out.toStdString(), HasSubstr("Usage: ictimeline [options]"));
    EXPECT_THAT(help.out.toStdString(), HasSubstr("--screenshot <path>"));

    const Outcome bogus = run({QStringLiteral("--bogus")}, env);
    EXPECT_EQ(bogus.exitCode, 2) << bogus.err.toStdString();
    EXPECT_THAT(bogus.err.toStdString(), HasSubstr("Unknown option 'bogus'"));
}

TEST_F(Executable, LeavesQtsOwnOptionsToQt)
{
    // -platform is QApplication's; with no display, it is what makes the run work.
    const QString path = m_home.filePath(QStringLiteral("platform.png"));
    const Outcome result =
        run({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--screenshot"), path},
            headlessEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(QImage(path).size(), QSize(1600, 900));
}

TEST_F(Executable, ExitsTwoWithUsageOnAnUnknownOption)
{
    const Outcome result = run({QStringLiteral("--bogus")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_THAT(result.err.toStdString(), HasSubstr("Unknown option 'bogus'"));
    EXPECT_THAT(result.err.toStdString(), HasSubstr("Usage: ictimeline [options]"));
}

TEST_F(Executable, ExitsTwoOnABadLogLevel)
{
    const Outcome result = run({QStringLiteral("--log-level"), QStringLiteral("loud")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err.toStdString(), HasSubstr("\"loud\""));
}

TEST_F(Executable, ScreenshotIsA1600x900PictureOfTheBundledData)
{
    const QString path = QStringLiteral(ICT_TEST_SCREENSHOT);
    QFile::remove(path);

    // No --db: the bundled database next to the executable.
    const Outcome result = run({QStringLiteral("--screenshot"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_THAT(result.err.toStdString(), HasSubstr("Opened "));

    const QImage image(path);
    ASSERT_FALSE(image.isNull()) << "no PNG at " << path.toStdString();
    EXPECT_EQ(image.size(), QSize(1600, 900));
    // Text, alternating rows, menus: far more than a blank or single-colour window.
    EXPECT_GT(distinctColours(image), 50);

    // --screenshot must not save the window layout over the user's.
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("config/ICTimeline/ICTimeline.conf"))));
    // ...but it does log to the app data directory (here a temporary one).
    EXPECT_TRUE(QFile::exists(m_home.filePath(QStringLiteral("data/ICTimeline/ICTimeline/logs/ictimeline.log"))));
}

TEST_F(Executable, ScreenshotOfAMissingDatabaseShowsTheEmptyState)
{
    const QString path = m_home.filePath(QStringLiteral("empty.png"));
    const Outcome result = run({QStringLiteral("--db"), QStringLiteral("/nonexistent-ictimeline-dir/missing.sqlite"),
                            QStringLiteral("--screenshot"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_THAT(result.err.toStdString(), HasSubstr("missing.sqlite"));
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1600, 900));
    EXPECT_GT(distinctColours(image), 10);
}

TEST_F(Executable, ScreenshotThatCannotBeSavedExitsOne)
{
    const Outcome result = run({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-ictimeline-dir/shot.png")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err.toStdString(), HasSubstr("Cannot save the screenshot to /nonexistent-ictimeline-dir/shot.png"));
}

} // namespace
