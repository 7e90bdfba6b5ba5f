#include "app/filters/filtercontroller.h"
#include "app/navigator.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/timelineview.h"
#include "app/mainwindow.h"
#include "core/timelinedatabase.h"
#include "core/version.h"
#include "qtprinters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryFile>
#include <QTimer>
#include <QTreeView>

#include <optional>
#include <vector>

namespace ict::app {
namespace {

using testing::HasSubstr;
using testing::StartsWith;

const QString kCuratedDb = QStringLiteral(ICT_CURATED_DB);

std::string str(const QString &text)
{
    return text.toStdString();
}

// What the status bar shows at rest (the summary) and for a while after a
// failure (a temporary message, shown in front of it).
QString summaryOf(const MainWindow &window)
{
    const auto *label = window.findChild<QLabel *>(QStringLiteral("statusSummary"));
    return label != nullptr ? label->text() : QString();
}

std::size_t curatedEventCount()
{
    auto database = core::TimelineDatabase::open(kCuratedDb.toStdString());
    EXPECT_TRUE(database.ok()) << (database.ok() ? std::string() : database.error().message);
    return database.ok() ? database->dataset().size() : 0;
}

// A modal dialog would block a start-up with a bad --db forever (and hang
// --screenshot). Closes any that appears and remembers that one did.
class ModalDialogWatch {
public:
    ModalDialogWatch()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                m_seen = true;
                modal->close();
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

TEST(MainWindow, HasItsMenusInTheUsualOrder)
{
    MainWindow window;
    QStringList titles;
    for (QAction *action : window.menuBar()->actions()) {
        titles << action->text();
    }
    EXPECT_EQ(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Search"),
                                 QStringLiteral("&Go"), QStringLiteral("V&iews"), QStringLiteral("&Help")}));

    for (const char *name : {"menuFile", "menuView", "menuSearch", "menuGo", "menuViews", "menuHelp"}) {
        const auto *menu = window.findChild<QMenu *>(QString::fromLatin1(name));
        ASSERT_NE(menu, nullptr) << name;
        EXPECT_FALSE(menu->actions().isEmpty()) << name;
    }
}

TEST(MainWindow, PutsEachNamedActionInItsMenu)
{
    MainWindow window;
    const std::vector<std::pair<const char *, const char *>> expected{
        {"menuFile", "actionOpenDatabase"}, {"menuFile", "actionQuit"},
        {"menuView", "actionFullScreen"},   {"menuView", "actionShowStatusBar"},
        {"menuHelp", "actionAbout"},        {"menuHelp", "actionAboutQt"},
    };
    for (const auto &[menuName, actionName] : expected) {
        const auto *menu = window.findChild<QMenu *>(QString::fromLatin1(menuName));
        auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
        ASSERT_NE(menu, nullptr) << menuName;
        ASSERT_NE(action, nullptr) << actionName;
        EXPECT_TRUE(menu->actions().contains(action)) << actionName << " not in " << menuName;
        EXPECT_FALSE(action->text().isEmpty()) << actionName;
    }
}

TEST(MainWindow, UsesStandardShortcuts)
{
    MainWindow window;
    const auto *open = window.findChild<QAction *>(QStringLiteral("actionOpenDatabase"));
    const auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    const auto *fullScreen = window.findChild<QAction *>(QStringLiteral("actionFullScreen"));
    ASSERT_NE(open, nullptr);
    ASSERT_NE(quit, nullptr);
    ASSERT_NE(fullScreen, nullptr);

    EXPECT_EQ(open->shortcuts(), QKeySequence::keyBindings(QKeySequence::Open));
    EXPECT_TRUE(open->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_O)));
    if (!QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()) {
        EXPECT_EQ(quit->shortcuts(), QKeySequence::keyBindings(QKeySequence::Quit));
    }
    EXPECT_TRUE(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    EXPECT_EQ(fullScreen->shortcut(), QKeySequence(Qt::Key_F11));
    EXPECT_TRUE(fullScreen->isCheckable());
}

TEST(MainWindow, ShowStatusBarActionHidesAndShowsTheStatusBar)
{
    MainWindow window;
    auto *toggle = window.findChild<QAction *>(QStringLiteral("actionShowStatusBar"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_TRUE(toggle->isChecked());
    toggle->trigger();
    EXPECT_TRUE(window.statusBar()->isHidden());
    toggle->trigger();
    EXPECT_FALSE(window.statusBar()->isHidden());
}

TEST(MainWindow, StartsOnTheEmptyStateWithNoDatabase)
{
    MainWindow window;
    EXPECT_EQ(window.database(), nullptr);
    EXPECT_EQ(window.currentPage(), MainWindow::EmptyPage);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("ICTimeline"));
    EXPECT_EQ(summaryOf(window), QStringLiteral("No database loaded"));
    EXPECT_NE(window.findChild<QWidget *>(QStringLiteral("emptyStateOpenButton")), nullptr);
}

TEST(MainWindow, OpeningTheBundledDatabaseShowsItsEventCount)
{
    const std::size_t expected = curatedEventCount();
    ASSERT_GT(expected, 0U);

    MainWindow window;
    int changes = 0;
    QObject::connect(&window, &MainWindow::databaseChanged, [&changes] { ++changes; });
    ASSERT_TRUE(window.openDatabase(kCuratedDb)) << str(window.lastError());

    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->dataset().size(), expected);
    EXPECT_EQ(changes, 1);
    EXPECT_TRUE(window.lastError().isEmpty());
    EXPECT_EQ(window.currentPage(), MainWindow::TimelinePage);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("ICTimeline — ictimeline.sqlite"));

    const QString count = QLocale().toString(static_cast<qlonglong>(expected));
    const QString dataVersion = QString::fromStdString(window.database()->meta().dataVersion);
    EXPECT_THAT(str(summaryOf(window)),
                StartsWith(str(count + (expected == 1 ? QStringLiteral(" event ·") : QStringLiteral(" events ·")))));
    EXPECT_THAT(str(summaryOf(window)), HasSubstr(" · ictimeline.sqlite · data "));
    if (!dataVersion.isEmpty()) {
        EXPECT_THAT(str(summaryOf(window)), HasSubstr(str(QStringLiteral("data ") + dataVersion)));
    }

    // The timeline shows every event, fitted to the whole span.
    const auto *panel = window.timelinePanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(window.centralTimeline()->isAncestorOf(panel));
    const auto *view = panel->view();
    ASSERT_EQ(view->dataset(), &window.database()->dataset());
    EXPECT_LE(view->scale().startDay(), static_cast<double>(window.database()->dataset().firstDay()));
    EXPECT_GE(view->scale().endDay(), static_cast<double>(window.database()->dataset().lastDay()));
}

TEST(MainWindow, CountsEventsInEnglishPluralForms)
{
    // Without the English translation these would read "1 event(s)".
    const auto summary = [](int n) {
        return QCoreApplication::translate("ict::app::MainWindow", "%Ln event(s) · %1 · data %2", "status bar", n);
    };
    EXPECT_EQ(summary(1), QStringLiteral("1 event · %1 · data %2"));
    EXPECT_EQ(summary(98), QStringLiteral("98 events · %1 · data %2"));
}

TEST(MainWindow, OpeningShowsTheWaitCursorAndRestoresItWhateverHappens)
{
    MainWindow window;
    // The filters recount while the database is being taken in: the cursor
    // then is what a user sees during the load.
    std::optional<Qt::CursorShape> during;
    QObject::connect(window.filters(), &FilterController::changed, &window, [&during] {
        if (const QCursor *c = QApplication::overrideCursor()) {
            during = c->shape();
        }
    });
    ASSERT_TRUE(window.openDatabase(kCuratedDb)) << str(window.lastError());
    EXPECT_EQ(during, Qt::WaitCursor);
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    EXPECT_FALSE(window.openDatabase(QStringLiteral("/nonexistent-ictimeline-dir/missing.sqlite")));
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
}

TEST(MainWindow, AMissingFileKeepsThePreviousDatabaseAndNamesTheFile)
{
    MainWindow window;
    ModalDialogWatch dialogs;
    ASSERT_TRUE(window.openDatabase(kCuratedDb)) << str(window.lastError());
    const QString summaryBefore = summaryOf(window);

    const QString missing = QStringLiteral("/nonexistent-ictimeline-dir/missing.sqlite");
    EXPECT_FALSE(window.openDatabase(missing));
    QCoreApplication::processEvents();

    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(QString::fromStdString(window.database()->path()), kCuratedDb);
    EXPECT_EQ(window.currentPage(), MainWindow::TimelinePage);
    EXPECT_EQ(summaryOf(window), summaryBefore);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("ICTimeline — ictimeline.sqlite"));
    EXPECT_THAT(str(window.statusBar()->currentMessage()), HasSubstr("missing.sqlite"));
    EXPECT_THAT(str(window.lastError()), HasSubstr(str(missing)));
    EXPECT_FALSE(dialogs.seen());
}

TEST(MainWindow, AGarbageFileKeepsThePreviousDatabaseAndNamesTheFile)
{
    QTemporaryFile garbage(QDir::tempPath() + QStringLiteral("/garbage-XXXXXX.sqlite"));
    ASSERT_TRUE(garbage.open());
    QByteArray bytes(8192, '\0');
    QRandomGenerator generator(20240229);
    for (char &byte : bytes) {
        byte = static_cast<char>(generator.bounded(256));
    }
    ASSERT_EQ(garbage.write(bytes), bytes.size());
    garbage.close();
    const QString fileName = QFileInfo(garbage.fileName()).fileName();

    MainWindow window;
    ModalDialogWatch dialogs;
    ASSERT_TRUE(window.openDatabase(kCuratedDb)) << str(window.lastError());
    const QString summaryBefore = summaryOf(window);

    EXPECT_FALSE(window.openDatabase(garbage.fileName()));
    QCoreApplication::processEvents();

    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(QString::fromStdString(window.database()->path()), kCuratedDb);
    EXPECT_EQ(window.currentPage(), MainWindow::TimelinePage);
    EXPECT_EQ(summaryOf(window), summaryBefore);
    EXPECT_EQ(window.statusBar()->currentMessage(), fileName + QStringLiteral(" is not an ICTimeline database."));
    EXPECT_THAT(str(window.lastError()), HasSubstr(str(fileName)));
    EXPECT_FALSE(dialogs.seen());
}

TEST(MainWindow, AFailedFirstOpenShowsTheReasonOnTheEmptyState)
{
    MainWindow window;
    ModalDialogWatch dialogs;
    const QString missing = QStringLiteral("/nonexistent-ictimeline-dir/missing.sqlite");
    EXPECT_FALSE(window.openDatabase(missing));
    QCoreApplication::processEvents();

    EXPECT_EQ(window.database(), nullptr);
    EXPECT_EQ(window.currentPage(), MainWindow::EmptyPage);
    const auto *reason = window.findChild<QLabel *>(QStringLiteral("emptyStateReason"));
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(reason->text(), missing + QStringLiteral(" does not exist."));
    EXPECT_THAT(str(window.statusBar()->currentMessage()), HasSubstr("missing.sqlite"));
    EXPECT_FALSE(dialogs.seen());
}

TEST(MainWindow, AboutTextNamesVersionDatabaseAndLogFile)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(kCuratedDb)) << str(window.lastError());
    window.setLogFile(QStringLiteral("/var/tmp/ictimeline-logs/ictimeline.log"));

    const std::string about = str(window.aboutText());
    EXPECT_THAT(about, HasSubstr(std::string("ICTimeline ") + core::kVersion));
    EXPECT_THAT(about, HasSubstr("ICT-security diplomacy"));
    EXPECT_THAT(about, HasSubstr(str(kCuratedDb)));
    EXPECT_THAT(about, HasSubstr(window.database()->meta().dataVersion));
    EXPECT_THAT(about, HasSubstr(str(QLocale().toString(static_cast<qlonglong>(window.database()->dataset().size())))));
    EXPECT_THAT(about, HasSubstr("/var/tmp/ictimeline-logs/ictimeline.log"));
}

TEST(MainWindow, AboutTextSaysWhyThereIsNoLogFile)
{
    MainWindow window;
    window.setLogFile({}, QStringLiteral("cannot create the directory /x"));
    const std::string about = str(window.aboutText());
    EXPECT_THAT(about, HasSubstr("stderr only"));
    EXPECT_THAT(about, HasSubstr("cannot create the directory /x"));
}

TEST(MainWindow, SavesItsLayoutOnlyAfterRestoringIt)
{
    QSettings settings(QStringLiteral("ICTimeline"), QStringLiteral("ICTimeline"));
    settings.clear();
    settings.sync();
    {
        MainWindow window; // like --screenshot: never restored
        window.close();
    }
    settings.sync();
    EXPECT_FALSE(settings.contains(QStringLiteral("mainWindow/geometry")));
    {
        MainWindow window;
        window.restoreWindowState();
        window.show();
        window.close();
    }
    settings.sync();
    EXPECT_TRUE(settings.contains(QStringLiteral("mainWindow/geometry")));
    EXPECT_TRUE(settings.contains(QStringLiteral("mainWindow/state")));
    settings.clear();
}

} // namespace
} // namespace ict::app
