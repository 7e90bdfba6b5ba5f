#pragma once

// The central area: the overview strip above the timeline view and the
// legend below it, wired so that the overview follows the view and moving
// the overview window moves the view.

#include <QWidget>

namespace ict::core {
class Dataset;
}

namespace ict::app {

class OverviewStrip;
class TimelineLegend;
class TimelineView;

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    void setDataset(const core::Dataset *dataset);
    TimelineView *view() const { return m_view; }
    OverviewStrip *overview() const { return m_overview; }
    TimelineLegend *legend() const { return m_legend; }

private:
    OverviewStrip *m_overview = nullptr;
    TimelineView *m_view = nullptr;
    TimelineLegend *m_legend = nullptr;
};

} // namespace ict::app
