#pragma once

// The filters dock: forums as a tree (a parent includes the groups below
// it), topics with an any/all switch, event kinds, actors, verification
// status and a date range. Every value shows how many events it would give
// together with the other active filters; the counts come from the
// controller, which recomputes them on every change.

#include "core/filter/eventfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QListWidget;
class QListWidgetItem;
class QTreeWidget;
class QTreeWidgetItem;

namespace ict::app {

class FilterController;

class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(FilterController *controller, QWidget *parent = nullptr);

    QTreeWidget *forumTree() const { return m_forums; }
    QListWidget *topicList() const { return m_topics; }
    QListWidget *kindList() const { return m_kinds; }
    QListWidget *actorList() const { return m_actors; }
    QListWidget *statusList() const { return m_statuses; }

signals:
    // "Use the visible period": the main window answers with the timeline's range.
    void visiblePeriodRequested();

public slots:
    void setPeriod(double firstDay, double lastDay);

private:
    void rebuild();   // a new database: new values
    void refresh();   // new state or counts: check marks and numbers
    void commit();    // the user changed something: a new state for the controller
    core::filter::FilterState stateFromWidgets() const;

    FilterController *m_controller = nullptr;
    QTreeWidget *m_forums = nullptr;
    QListWidget *m_topics = nullptr;
    QComboBox *m_topicMatch = nullptr;
    QListWidget *m_kinds = nullptr;
    QListWidget *m_actors = nullptr;
    QListWidget *m_statuses = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    std::vector<QTreeWidgetItem *> m_forumItems; // by forum index
    bool m_updating = false; // true while refresh() sets widgets: no commits
};

} // namespace ict::app
