// The timeline widget on the offscreen platform: zoom anchoring, every
// keyboard binding, clicks, and fitting, against the curated database.

#include "app/timeline/timelineview.h"
#include "core/timelinedatabase.h"

#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

namespace ict::app {
namespace {

using core::timeline::Hit;

class TimelineViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = core::TimelineDatabase::open(ICT_CURATED_DB);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::make_unique<core::TimelineDatabase>(std::move(db).value());
        m_view.resize(1200, 700);
        m_view.show();
        m_view.setDataset(&m_db->dataset());
        QCoreApplication::processEvents();
    }

    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(&m_view, static_cast<Qt::Key>(k), modifiers);
    }

    void wheel(QPointF at, int delta)
    {
        QWheelEvent e(at, m_view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view.viewport(), &e);
    }

    bool showsEverything() const
    {
        const auto &ds = m_db->dataset();
        return m_view.scale().startDay() <= static_cast<double>(ds.firstDay())
               && m_view.scale().endDay() >= static_cast<double>(ds.lastDay());
    }

    std::unique_ptr<core::TimelineDatabase> m_db;
    TimelineView m_view;
};

TEST_F(TimelineViewTest, OpensFittedToEveryEvent)
{
    EXPECT_TRUE(showsEverything());
    // Fitted, not lost in empty decades: the data spans most of the width.
    const auto &ds = m_db->dataset();
    const double span = static_cast<double>(ds.lastDay() - ds.firstDay());
    EXPECT_GT(span / (m_view.scale().endDay() - m_view.scale().startDay()), 0.85);
}

TEST_F(TimelineViewTest, WheelZoomKeepsTheTimeUnderTheCursorWithinAPixel)
{
    for (const double x : {100.0, 600.0, 1100.0}) {
        const double dayUnderCursor = m_view.scale().day(x);
        const double before = m_view.scale().daysPerPixel();
        wheel(QPointF(x, 300), 120);
        EXPECT_LT(m_view.scale().daysPerPixel(), before);
        EXPECT_NEAR(m_view.scale().x(dayUnderCursor), x, 1.0);
        wheel(QPointF(x, 300), -240);
        EXPECT_NEAR(m_view.scale().x(dayUnderCursor), x, 1.0);
    }
}

TEST_F(TimelineViewTest, PlusAndMinusZoomAndArrowsPan)
{
    const double dpp = m_view.scale().daysPerPixel();
    key(Qt::Key_Plus);
    EXPECT_NEAR(m_view.scale().daysPerPixel(), dpp / TimelineView::kKeyZoomFactor, dpp * 1e-9);
    key(Qt::Key_Minus);
    EXPECT_NEAR(m_view.scale().daysPerPixel(), dpp, dpp * 1e-9);
    key(Qt::Key_Plus);
    const double start = m_view.scale().startDay();
    key(Qt::Key_Left);
    EXPECT_LT(m_view.scale().startDay(), start);
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    EXPECT_GT(m_view.scale().startDay(), start);
}

TEST_F(TimelineViewTest, HomeShowsEveryEventAgain)
{
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    key(Qt::Key_Right);
    EXPECT_FALSE(showsEverything());
    key(Qt::Key_Home);
    EXPECT_TRUE(showsEverything());
}

TEST_F(TimelineViewTest, TabAndShiftTabStepThroughEventsInTimeOrder)
{
    QSignalSpy selections(&m_view, &TimelineView::selectionChanged);
    key(Qt::Key_Tab);
    ASSERT_TRUE(m_view.selection().has_value());
    EXPECT_EQ(*m_view.selection(), 0U);
    key(Qt::Key_Tab);
    EXPECT_EQ(*m_view.selection(), 1U);
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(*m_view.selection(), 0U);
    key(Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(*m_view.selection(), 1U);
    ASSERT_EQ(selections.count(), 4);
    EXPECT_EQ(selections.last().at(0).toLongLong(), 1);
}

TEST_F(TimelineViewTest, EnterActivatesAndEscapeClearsTheSelection)
{
    QSignalSpy activated(&m_view, &TimelineView::eventActivated);
    QSignalSpy selections(&m_view, &TimelineView::selectionChanged);
    key(Qt::Key_Tab);
    key(Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<core::EventIndex>(), 0U);
    key(Qt::Key_Escape);
    EXPECT_FALSE(m_view.selection().has_value());
    EXPECT_EQ(selections.last().at(0).toLongLong(), -1);
}

TEST_F(TimelineViewTest, ClickingAMarkerSelectsItsEvent)
{
    const auto &layout = m_view.currentLayout();
    ASSERT_FALSE(layout.markers.empty());
    const auto &marker = layout.markers.back();
    QSignalSpy selections(&m_view, &TimelineView::selectionChanged);
    const QPoint at(static_cast<int>(std::lround(marker.x)), static_cast<int>(std::lround(marker.y + marker.height / 2)));
    QTest::mouseClick(m_view.viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(selections.count(), 1);
    EXPECT_EQ(selections.at(0).at(0).toLongLong(), static_cast<qlonglong>(marker.event));
    EXPECT_EQ(m_view.selection(), marker.event);
}

TEST_F(TimelineViewTest, DraggingPansByTheDistanceMoved)
{
    const double start = m_view.scale().startDay();
    const double dpp = m_view.scale().daysPerPixel();
    QTest::mousePress(m_view.viewport(), Qt::LeftButton, {}, QPoint(600, 680));
    QTest::mouseMove(m_view.viewport(), QPoint(500, 680));
    QTest::mouseRelease(m_view.viewport(), Qt::LeftButton, {}, QPoint(500, 680));
    EXPECT_NEAR(m_view.scale().startDay(), start + 100 * dpp, dpp);
}

TEST_F(TimelineViewTest, SelectingAnOffscreenEventBringsItIntoView)
{
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    const auto last = static_cast<core::EventIndex>(m_db->dataset().size() - 1);
    m_view.selectEvent(last);
    const double start = static_cast<double>(m_db->dataset().starts()[last]);
    EXPECT_GE(start, m_view.scale().startDay());
    EXPECT_LE(start, m_view.scale().endDay());
}

TEST_F(TimelineViewTest, TheSelectedLabelGetsTheRoomItsBoldTitleNeeds)
{
    const auto &ds = m_db->dataset();
    const auto session = ds.findBySlug("ahc-session-1");
    ASSERT_TRUE(session.has_value());
    // The first week of the session: its bar spans the view, its label fits.
    m_view.setVisibleRange(core::daysFromCivil(2022, 2, 27), core::daysFromCivil(2022, 3, 7));
    const auto labelOf = [this](core::EventIndex event) -> std::optional<core::timeline::LabelRecord> {
        for (const auto &l : m_view.currentLayout().labels) {
            if (l.event == event) {
                return l;
            }
        }
        return std::nullopt;
    };
    const QString title = QString::fromUtf8(ds.title(*session).data(), static_cast<qsizetype>(ds.title(*session).size()));
    QFont bold = m_view.font();
    bold.setBold(true);
    const double regularWidth = QFontMetricsF(m_view.font()).horizontalAdvance(title);
    const double boldWidth = QFontMetricsF(bold).horizontalAdvance(title);
    ASSERT_GT(boldWidth, regularWidth + 1.0);

    const auto before = labelOf(*session);
    ASSERT_TRUE(before.has_value());
    EXPECT_NEAR(before->width, regularWidth, 0.5);
    m_view.selectEvent(*session);
    const auto selected = labelOf(*session);
    ASSERT_TRUE(selected.has_value());
    EXPECT_FALSE(selected->elided);
    EXPECT_NEAR(selected->width, boldWidth, 0.5);
    m_view.clearSelection();
    const auto after = labelOf(*session);
    ASSERT_TRUE(after.has_value());
    EXPECT_NEAR(after->width, regularWidth, 0.5);
}

} // namespace
} // namespace ict::app
