// Filters, search and saved views in the main window.

#include "app/commandline.h"
#include "app/filters/filterchips.h"
#include "app/filters/filtercontroller.h"
#include "app/filters/filterpanel.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/search/searchpanel.h"
#include "app/startup.h"
#include "app/timeline/timelineview.h"
#include "app/views/currentview.h"
#include "core/timelinedatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTreeWidget>

#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ict::app {
namespace {

using ::testing::HasSubstr;

std::string str(const QString &s)
{
    return s.toStdString();
}

// Events of the First Committee (or below it) with the topic norms that
// overlap 2015..2021, counted by brute force over the dataset.
std::vector<std::uint8_t> firstCommitteeNorms(const core::Dataset &ds)
{
    const int c1 = *ds.forumIndex("unga-c1");
    const int norms = *ds.topicIndex("norms");
    const auto from = core::daysFromCivil(2015, 1, 1);
    const auto to = core::daysFromCivil(2021, 12, 31);
    std::vector<std::uint8_t> pass(ds.size(), 0);
    for (core::EventIndex i = 0; i < ds.size(); ++i) {
        pass[i] = ds.forumWithin(ds.forums()[i], c1) && (ds.topicMasks()[i] >> norms & 1U) && ds.starts()[i] <= to
                  && ds.ends()[i] >= from;
    }
    return pass;
}

class FiltersTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QFile::remove(ViewStore::defaultPath());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 900);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(QStringLiteral(ICT_CURATED_DB)));
    }
    void TearDown() override { QFile::remove(ViewStore::defaultPath()); }

    const core::Dataset &ds() { return m_window->database()->dataset(); }
    std::vector<std::uint8_t> mask() const
    {
        auto m = m_window->filters()->passMask();
        return {m.begin(), m.end()};
    }

    void checkByHand()
    {
        FilterPanel *panel = m_window->filterPanel();
        const int c1 = *ds().forumIndex("unga-c1");
        for (QTreeWidgetItemIterator it(panel->forumTree()); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toInt() == c1) {
                (*it)->setCheckState(0, Qt::Checked);
            }
        }
        const int norms = *ds().topicIndex("norms");
        for (int row = 0; row < panel->topicList()->count(); ++row) {
            if (panel->topicList()->item(row)->data(Qt::UserRole).toInt() == norms) {
                panel->topicList()->item(row)->setCheckState(Qt::Checked);
            }
        }
        core::filter::FilterState state = m_window->filters()->state();
        state.from = core::daysFromCivil(2015, 1, 1);
        state.to = core::daysFromCivil(2021, 12, 31);
        m_window->filters()->setState(state);
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_F(FiltersTest, CheckingFirstCommitteeAndNormsGivesTheBruteForceSet)
{
    checkByHand();
    const auto expected = firstCommitteeNorms(ds());
    EXPECT_EQ(mask(), expected);
    const auto n = static_cast<std::size_t>(std::count(expected.begin(), expected.end(), 1));
    ASSERT_GT(n, 0U);
    EXPECT_EQ(m_window->filters()->passingCount(), n);
    // Chips name each active filter; the summary says how many are shown.
    const QStringList chips = m_window->filterChips()->chipTexts();
    EXPECT_THAT(str(chips.join(u'|')), HasSubstr("Forum: UNGA First Committee"));
    EXPECT_THAT(str(chips.join(u'|')), HasSubstr("From 2015-01-01"));
    EXPECT_THAT(str(m_window->findChild<QLabel *>(QStringLiteral("statusSummary"))->text()),
                HasSubstr(std::to_string(n) + " of "));
}

TEST_F(FiltersTest, TheCommandLineGivesTheSameSetAsFiltersSetByHand)
{
    checkByHand();
    const auto byHand = mask();
    m_window->filters()->clear();
    ASSERT_EQ(m_window->filters()->passingCount(), ds().size());

    const auto parsed = parseCommandLine({QStringLiteral("ictimeline"), QStringLiteral("--forum"),
                                          QStringLiteral("unga-c1"), QStringLiteral("--topic"), QStringLiteral("norms"),
                                          QStringLiteral("--from"), QStringLiteral("2015"), QStringLiteral("--to"),
                                          QStringLiteral("2021")},
                                         QStringLiteral(ICT_CURATED_DB));
    ASSERT_TRUE(parsed.options.has_value()) << str(parsed.text);
    applyStartOptions(*m_window, *parsed.options, false);
    EXPECT_EQ(mask(), byHand);
}

TEST_F(FiltersTest, AnUnknownForumOnTheCommandLineIsReportedAndNothingIsFiltered)
{
    const auto parsed = parseCommandLine(
        {QStringLiteral("ictimeline"), QStringLiteral("--forum"), QStringLiteral("unga-c9")}, QStringLiteral(ICT_CURATED_DB));
    ASSERT_TRUE(parsed.options.has_value());
    applyStartOptions(*m_window, *parsed.options, false);
    EXPECT_THAT(str(m_window->statusBar()->currentMessage()), HasSubstr("unga-c9"));
    EXPECT_TRUE(m_window->filters()->state().isEmpty());
}

TEST_F(FiltersTest, ChipsRemoveTheirFilterAndClearAllClearsEverything)
{
    checkByHand();
    auto *chips = m_window->filterChips();
    EXPECT_TRUE(chips->isVisible());
    auto *clear = chips->findChild<QToolButton *>(QStringLiteral("clearFilters"));
    ASSERT_NE(clear, nullptr);
    clear->click();
    EXPECT_TRUE(m_window->filters()->state().isEmpty());
    EXPECT_FALSE(chips->isVisible());
}

TEST_F(FiltersTest, ManyChipsWrapOntoMoreLinesInsteadOfWideningTheWindow)
{
    // Six filters with long names: one row of chips was 1,700 px wide and
    // the window could not be narrower than that.
    core::filter::FilterState state;
    for (const char *forum : {"unga-c1", "un-ahc-cybercrime", "un-cybercrime-convention"}) {
        state.forums.insert(*ds().forumIndex(forum));
    }
    state.topics.insert(*ds().topicIndex("norms"));
    state.from = core::daysFromCivil(2015, 1, 1);
    state.to = core::daysFromCivil(2021, 12, 31);
    m_window->filters()->setState(state);
    auto *chips = m_window->filterChips();
    ASSERT_EQ(chips->chipTexts().size(), 7); // six filters and Clear all
    m_window->resize(1200, 800);
    QCoreApplication::processEvents();
    EXPECT_LE(m_window->minimumSizeHint().width(), 1200);
    EXPECT_EQ(m_window->width(), 1200);
    // The bar is no wider than its widest chip needs.
    int widest = 0;
    for (QToolButton *chip : chips->findChildren<QToolButton *>()) {
        widest = std::max(widest, chip->minimumSizeHint().width());
    }
    EXPECT_LE(chips->minimumSizeHint().width(), widest + 20);

    // Every chip inside the bar, on more than one line.
    std::set<int> lines;
    for (QToolButton *chip : chips->findChildren<QToolButton *>()) {
        const QRect r = chip->geometry();
        EXPECT_TRUE(chips->rect().contains(r)) << str(chip->text());
        lines.insert(r.top());
    }
    EXPECT_GE(lines.size(), 2U);
}

TEST_F(FiltersTest, ClearingGivesTheUnfilteredCountsAndAFullMask)
{
    FilterController *filters = m_window->filters();
    checkByHand();
    ASSERT_LT(filters->passingCount(), ds().size());
    filters->clear();
    // The counts with no filter, computed afresh, against what clearing
    // restored from the controller's copy.
    const auto fresh = core::filter::computeFacetCounts(ds(), filters->facets(), {});
    const auto &cleared = filters->counts();
    EXPECT_EQ(cleared.passing, ds().size());
    EXPECT_EQ(cleared.passing, fresh.passing);
    EXPECT_EQ(cleared.forums, fresh.forums);
    EXPECT_EQ(cleared.forumsWithSubtree, fresh.forumsWithSubtree);
    EXPECT_EQ(cleared.topics, fresh.topics);
    EXPECT_EQ(cleared.kinds, fresh.kinds);
    EXPECT_EQ(cleared.statuses, fresh.statuses);
    EXPECT_EQ(cleared.actors, fresh.actors);
    ASSERT_EQ(filters->passMask().size(), ds().size());
    EXPECT_EQ(std::count(filters->passMask().begin(), filters->passMask().end(), 1),
              static_cast<std::ptrdiff_t>(ds().size()));
}

TEST_F(FiltersTest, DimModeKeepsEveryEventOnTheTimeline)
{
    checkByHand();
    m_window->filters()->setMode(core::timeline::FilterMode::Dim);
    const auto &layout = m_window->navigator()->view()->currentLayout();
    std::uint32_t total = 0;
    for (const auto &lane : layout.lanes) {
        total += lane.eventCount;
    }
    EXPECT_EQ(total, ds().size());
}

TEST_F(FiltersTest, SearchFindsTheBudapestConventionAndSelectsIt)
{
    SearchPanel *search = m_window->searchPanel();
    search->search(QStringLiteral("Budapest"));
    ASSERT_FALSE(search->hits().empty()) << str(search->message());
    const auto &first = search->hits().front();
    ASSERT_EQ(first.kind, core::filter::HitKind::Event);
    EXPECT_THAT(std::string(ds().title(static_cast<core::EventIndex>(first.id))), HasSubstr("Budapest"));
    search->nextResult();
    EXPECT_EQ(m_window->navigator()->view()->selection(), static_cast<core::EventIndex>(first.id));
    // Each row is headed by what it is and where it comes from (its tooltip
    // holds the same title the delegate paints).
    ASSERT_EQ(search->results()->count(), static_cast<int>(search->hits().size()));
    EXPECT_EQ(str(search->results()->item(0)->toolTip()), std::string(ds().title(static_cast<core::EventIndex>(first.id))));
    bool passage = false;
    for (std::size_t row = 0; row < search->hits().size(); ++row) {
        if (search->hits()[row].kind == core::filter::HitKind::Passage) {
            passage = true;
            EXPECT_THAT(str(search->results()->item(static_cast<int>(row))->toolTip()),
                HasSubstr("Passage in International information security"));
        }
    }
    EXPECT_TRUE(passage) << "the Krutskikh article speaks of the Budapest Convention";
}

TEST_F(FiltersTest, AMalformedSearchGetsAShortMessage)
{
    SearchPanel *search = m_window->searchPanel();
    search->search(QStringLiteral("\"unbalanced"));
    EXPECT_TRUE(search->hits().empty());
    EXPECT_THAT(str(search->message()), HasSubstr("unbalanced quotes"));
    search->search(QStringLiteral("OR"));
    EXPECT_THAT(str(search->message()), HasSubstr("Cannot search"));
}

TEST_F(FiltersTest, ASavedViewSurvivesARestart)
{
    checkByHand();
    m_window->searchPanel()->box()->setText(QStringLiteral("budapest"));
    m_window->navigator()->view()->setGrouping(core::timeline::Grouping::Topic);
    m_window->navigator()->view()->setVisibleRange(core::daysFromCivil(2015, 1, 1), core::daysFromCivil(2022, 1, 1));
    CurrentView *current = m_window->currentView();
    const SavedView before = current->capture(QStringLiteral("C1 norms"));
    current->store().views.append(before);
    current->saveLast();
    const auto expectedMask = mask();

    m_window.reset(); // "restart"
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 900);
    ASSERT_TRUE(m_window->openDatabase(QStringLiteral(ICT_CURATED_DB)));
    QString error;
    ASSERT_TRUE(m_window->currentView()->loadStore(&error)) << str(error);
    ASSERT_EQ(m_window->currentView()->store().views.size(), 1);
    EXPECT_EQ(m_window->currentView()->store().views.front(), before);
    m_window->currentView()->restoreLast();
    EXPECT_EQ(mask(), expectedMask);
    EXPECT_EQ(m_window->searchPanel()->box()->text(), QStringLiteral("budapest"));
    EXPECT_EQ(m_window->navigator()->view()->grouping(), core::timeline::Grouping::Topic);
    EXPECT_NEAR(m_window->navigator()->view()->scale().startDay(), core::daysFromCivil(2015, 1, 1), 1.0);
}

TEST_F(FiltersTest, AViewFileCutShortIsDetectedAndTheAppStartsWithDefaults)
{
    CurrentView *current = m_window->currentView();
    current->store().views.append(current->capture(QStringLiteral("A view")));
    current->saveLast();
    QFile file(ViewStore::defaultPath());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    file.resize(whole.size() / 2); // a crash mid-write without QSaveFile would leave this
    file.close();

    QString error;
    EXPECT_FALSE(current->loadStore(&error));
    EXPECT_THAT(str(error), HasSubstr("damaged"));
    EXPECT_THAT(str(error), HasSubstr("starting with defaults"));
    EXPECT_TRUE(current->store().views.isEmpty());
    EXPECT_FALSE(QFile::exists(ViewStore::defaultPath())); // moved aside, not overwritten
}

TEST(SavedView, RoundTripsThroughALinkAndReadsAsACommandLine)
{
    SavedView v;
    v.filter = QStringLiteral("forums=unga-c1,un-oewg-2019&topics=norms&from=2015&to=2021");
    v.search = QStringLiteral("budapest convention");
    v.grouping = 1;
    v.firstDay = core::daysFromCivil(2015, 1, 1);
    v.lastDay = core::daysFromCivil(2022, 1, 1);
    v.selection = QStringLiteral("unga-res-73-27");
    QString error;
    const auto back = SavedView::fromUrl(v.toUrl(), &error);
    ASSERT_TRUE(back.has_value()) << str(error);
    EXPECT_EQ(*back, v);
    EXPECT_EQ(str(v.toCommandLine()),
              "ictimeline --forum unga-c1,un-oewg-2019 --topic norms --from 2015 --to 2021 --search 'budapest "
              "convention' --view 2015-01-01/2021-12-31 --group topic --event unga-res-73-27");
    EXPECT_FALSE(SavedView::fromUrl(QUrl(QStringLiteral("https://example.org/?forums=x")), &error).has_value());
}

} // namespace
} // namespace ict::app
