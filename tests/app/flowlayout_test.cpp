// The layout behind the filter chips: items wrap onto new lines when the
// width runs out, the height follows the width, and the minimum width is
// that of the widest item, never the sum.

#include "app/filters/flowlayout.h"

#include <QWidget>

#include <gtest/gtest.h>

#include <initializer_list>
#include <vector>

namespace ict::app {
namespace {

// A parent with `widths.size()` fixed-size children of height 20, 4 px apart
// both ways, no margins.
struct Flow {
    QWidget parent;
    FlowLayout *layout = new FlowLayout(4, 4);
    std::vector<QWidget *> items;

    explicit Flow(std::initializer_list<int> widths)
    {
        layout->setContentsMargins(0, 0, 0, 0);
        parent.setLayout(layout);
        for (int w : widths) {
            auto *item = new QWidget(&parent);
            item->setFixedSize(w, 20);
            layout->addWidget(item);
            items.push_back(item);
        }
    }
};

TEST(FlowLayout, WrapsWhenTheLineIsFullAndGrowsDownwards)
{
    Flow flow({100, 100, 100});
    EXPECT_TRUE(flow.layout->hasHeightForWidth());
    EXPECT_EQ(flow.layout->heightForWidth(400), 20); // 100 + 4 + 100 + 4 + 100 = 308: one line
    EXPECT_EQ(flow.layout->heightForWidth(250), 44); // two on the first line, one on the second
    EXPECT_EQ(flow.layout->heightForWidth(100), 68); // one a line
    flow.layout->setGeometry(QRect(0, 0, 250, 44));
    EXPECT_EQ(flow.items[0]->geometry(), QRect(0, 0, 100, 20));
    EXPECT_EQ(flow.items[1]->geometry(), QRect(104, 0, 100, 20));
    EXPECT_EQ(flow.items[2]->geometry(), QRect(0, 24, 100, 20));
}

TEST(FlowLayout, NeedsOnlyItsWidestItemAndPrefersOneLine)
{
    Flow flow({60, 150, 90});
    EXPECT_EQ(flow.layout->minimumSize().width(), 150);
    EXPECT_EQ(flow.layout->sizeHint(), QSize(60 + 4 + 150 + 4 + 90, 20));
}

TEST(FlowLayout, CentresAShorterItemOnItsLine)
{
    Flow flow({100, 100});
    flow.items[1]->setFixedSize(100, 10);
    flow.layout->setGeometry(QRect(0, 0, 300, 20));
    EXPECT_EQ(flow.items[1]->geometry(), QRect(104, 5, 100, 10));
}

TEST(FlowLayout, HiddenItemsTakeNoRoom)
{
    Flow flow({100, 100, 100});
    flow.items[1]->hide();
    EXPECT_EQ(flow.layout->heightForWidth(250), 20);
    flow.layout->setGeometry(QRect(0, 0, 250, 20));
    EXPECT_EQ(flow.items[2]->geometry(), QRect(104, 0, 100, 20));
}

} // namespace
} // namespace ict::app
