#include "timeline/timelinepanel.h"

#include "timeline/overviewstrip.h"
#include "timeline/timelinelegend.h"
#include "timeline/timelineview.h"

#include <QFrame>
#include <QVBoxLayout>

namespace ict::app {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_overview(new OverviewStrip(this))
    , m_view(new TimelineView(this))
    , m_legend(new TimelineLegend(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_overview);
    layout->addWidget(m_view, 1);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_legend);
    setFocusProxy(m_view);

    connect(m_view, &TimelineView::visibleRangeChanged, m_overview, &OverviewStrip::setVisibleRange);
    connect(m_overview, &OverviewStrip::rangeRequested, m_view, &TimelineView::setVisibleRange);
}

void TimelinePanel::setDataset(const core::Dataset *dataset)
{
    m_overview->setDataset(dataset);
    m_view->setDataset(dataset);
    m_legend->setColours(&m_view->colours());
    m_overview->setVisibleRange(m_view->scale().startDay(), m_view->scale().endDay());
}

} // namespace ict::app
