// The path from event to source quote and back, in the main window.

#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/evidence/detailspane.h"
#include "app/evidence/sourcereader.h"
#include "app/timeline/timelineview.h"
#include "core/timelinedatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ict::app {
namespace {

using ::testing::HasSubstr;

std::string str(const QString &s)
{
    return s.toStdString();
}

class EvidenceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_window.resize(1600, 900);
        m_window.show();
        ASSERT_TRUE(m_window.openDatabase(QStringLiteral(ICT_CURATED_DB))) << str(m_window.lastError());
        QCoreApplication::processEvents();
    }

    Navigator &nav() { return *m_window.navigator(); }
    const core::TimelineDatabase &db() { return *m_window.database(); }
    core::EventIndex indexOf(const char *slug) { return *db().dataset().findBySlug(slug); }

    MainWindow m_window;
};

TEST_F(EvidenceTest, Resolution74_247ShowsItsPlenaryVoteAndItsPassage)
{
    ASSERT_TRUE(nav().selectEventBySlug(QStringLiteral("unga-res-74-247")));
    const std::string text = str(nav().details()->plainText());
    EXPECT_THAT(text, HasSubstr("27 December 2019"));
    // One table row: stage, then the three counts in order.
    EXPECT_THAT(text, ::testing::ContainsRegex("Plenary[^0-9]*79[^0-9]+60[^0-9]+33"));
    auto passages = db().passagesOf(indexOf("unga-res-74-247"));
    ASSERT_TRUE(passages.ok());
    ASSERT_FALSE(passages->empty());
    EXPECT_THAT(text, HasSubstr(passages->front().exact));
    EXPECT_THAT(text, HasSubstr("CLAIM"));
}

TEST_F(EvidenceTest, Resolution53_70ShowsPassagesFromBothArticlesAsTheAuthorsClaims)
{
    ASSERT_TRUE(nav().selectEventBySlug(QStringLiteral("unga-res-53-70")));
    const std::string text = str(nav().details()->plainText());
    EXPECT_THAT(text, HasSubstr("4 December 1998"));
    EXPECT_THAT(text, HasSubstr("adopted without a vote"));
    EXPECT_THAT(text, HasSubstr("Andrey V. Krutskikh"));
    EXPECT_THAT(text, HasSubstr("Sergey Lavrov (attributed)"));
    EXPECT_THAT(text, HasSubstr("the author's claims"));
}

TEST_F(EvidenceTest, UnknownVoteCountsReadAsUnknownNotZero)
{
    ASSERT_TRUE(nav().selectEventBySlug(QStringLiteral("unga-res-73-266")));
    const std::string text = str(nav().details()->plainText());
    EXPECT_THAT(text, ::testing::ContainsRegex("Plenary\\s*unknown\\s*unknown\\s*unknown"));
}

TEST_F(EvidenceTest, CopyCitationPutsAFormattedReferenceOnTheClipboard)
{
    ASSERT_TRUE(nav().selectEventBySlug(QStringLiteral("unga-res-53-70")));
    nav().details()->copyCitation();
    EXPECT_EQ(str(QApplication::clipboard()->text()),
              "UN General Assembly resolution 53/70, A/RES/53/70, 4 December 1998");
}

TEST_F(EvidenceTest, ActivatingAPassageOpensTheReaderWithExactlyThatTextSelected)
{
    auto passages = db().passagesOf(indexOf("unga-res-53-70"));
    ASSERT_TRUE(passages.ok());
    for (const auto &p : *passages) {
        nav().openPassage(p.id);
        ASSERT_EQ(nav().reader()->passage(), p.id);
        const QTextCursor cursor = nav().reader()->textView()->textCursor();
        EXPECT_EQ(str(cursor.selectedText()), p.exact) << p.slug;
    }
    EXPECT_FALSE(nav().readerDock()->isHidden());
}

TEST_F(EvidenceTest, ClickingAPassageInTheReaderSelectsItsEventAndBackReturns)
{
    const auto start = indexOf("unga-res-74-247");
    nav().view()->selectEvent(start);
    auto passages = db().passagesOf(indexOf("unga-res-53-70"));
    ASSERT_TRUE(passages.ok());
    const auto &p = passages->front();
    nav().openPassage(p.id);
    QCoreApplication::processEvents();

    // Click in the middle of the passage.
    SourceReader *reader = nav().reader();
    const auto [first, last] = reader->rangeOf(p);
    QTextCursor middle(reader->textView()->document());
    middle.setPosition((first + last) / 2);
    const QPoint at = reader->textView()->cursorRect(middle).center();
    QTest::mouseClick(reader->textView()->viewport(), Qt::LeftButton, {}, at);

    auto linked = db().eventsOf(p.id);
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(nav().view()->selection(), linked->front());
    EXPECT_NE(*nav().view()->selection(), start);

    // Back: to the passage, then to where we started.
    ASSERT_TRUE(nav().backAction()->isEnabled());
    nav().back();
    EXPECT_EQ(nav().reader()->passage(), p.id);
    nav().back();
    EXPECT_EQ(nav().view()->selection(), start);
    EXPECT_TRUE(nav().forwardAction()->isEnabled());
    nav().forward();
    EXPECT_EQ(nav().reader()->passage(), p.id);
}

TEST_F(EvidenceTest, DeepLinksSelectKnownIdsAndReportUnknownOnes)
{
    EXPECT_TRUE(nav().selectEventBySlug(QStringLiteral("unga-res-73-27")));
    EXPECT_EQ(nav().view()->selection(), indexOf("unga-res-73-27"));
    EXPECT_FALSE(nav().selectEventBySlug(QStringLiteral("no-such-event")));
    EXPECT_THAT(str(m_window.statusBar()->currentMessage()), HasSubstr("no-such-event"));
    EXPECT_EQ(nav().view()->selection(), indexOf("unga-res-73-27")); // unchanged

    auto passages = db().passagesOf(indexOf("unga-res-73-27"));
    ASSERT_TRUE(passages.ok());
    ASSERT_FALSE(passages->empty());
    EXPECT_TRUE(nav().openPassageBySlug(QString::fromStdString(passages->front().slug)));
    EXPECT_EQ(nav().reader()->passage(), passages->front().id);
    EXPECT_FALSE(nav().openPassageBySlug(QStringLiteral("no-such-passage")));
    EXPECT_THAT(str(m_window.statusBar()->currentMessage()), HasSubstr("no-such-passage"));
}

} // namespace
} // namespace ict::app
