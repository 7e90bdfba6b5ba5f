#pragma once

// Ties the evidence path together in both directions: selecting an event on
// the timeline shows its details; activating a passage opens the source
// reader at it; clicking a passage in the reader selects a linked event on
// the timeline. Every such jump is recorded for Back and Forward. It also
// owns the actions that drive the timeline (View and Go menus) and the docks.

#include "core/dataset.h"
#include "core/navigationhistory.h"

#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace ict::core {
class TimelineDatabase;
}

namespace ict::app {

class DetailsPane;
class SourceReader;
class TimelinePanel;
class TimelineView;

class Navigator : public QObject {
    Q_OBJECT
public:
    Navigator(QMainWindow *window, TimelinePanel *panel);

    // nullptr detaches every view from the old database before it goes away.
    void setDatabase(const core::TimelineDatabase *db);

    // Deep links (--event, --passage). false, with a status message and a log
    // line, when the id is unknown.
    bool selectEventBySlug(const QString &slug);
    bool openPassageBySlug(const QString &slug);

    void addViewActions(QMenu *view);
    QMenu *createGoMenu(QMenu *parent = nullptr);

    DetailsPane *details() const { return m_details; }
    SourceReader *reader() const { return m_reader; }
    TimelineView *view() const;
    QDockWidget *detailsDock() const { return m_detailsDock; }
    QDockWidget *readerDock() const { return m_readerDock; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

public slots:
    void back();
    void forward();
    void openPassage(qint64 passageId);
    void openSource(qint64 sourceId);

signals:
    void message(const QString &text);

private:
    void onSelectionChanged(qint64 event);
    void onPassageClicked(qint64 passageId);
    void go(const core::Place &place);
    void updateHistoryActions();
    QAction *addTimelineAction(const QString &text, const QKeySequence &key, const char *name);

    QMainWindow *m_window = nullptr;
    TimelinePanel *m_panel = nullptr;
    const core::TimelineDatabase *m_db = nullptr;
    DetailsPane *m_details = nullptr;
    SourceReader *m_reader = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_readerDock = nullptr;
    core::NavigationHistory m_history;
    bool m_replaying = false; // true while Back/Forward move: do not record
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QList<QAction *> m_timelineActions;
    QActionGroup *m_grouping = nullptr;
};

} // namespace ict::app
