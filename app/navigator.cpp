#include "navigator.h"

#include "core/timelinedatabase.h"
#include "evidence/detailspane.h"
#include "evidence/sourcereader.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

#include <spdlog/spdlog.h>

namespace ict::app {

using core::Place;

Navigator::Navigator(QMainWindow *window, TimelinePanel *panel)
    : QObject(window)
    , m_window(window)
    , m_panel(panel)
    , m_details(new DetailsPane)
    , m_reader(new SourceReader)
{
    m_detailsDock = new QDockWidget(tr("Details"), window);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setMinimumWidth(340);
    window->addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_readerDock = new QDockWidget(tr("Source"), window);
    m_readerDock->setObjectName(QStringLiteral("readerDock"));
    m_readerDock->setWidget(m_reader);
    window->addDockWidget(Qt::RightDockWidgetArea, m_readerDock);
    window->tabifyDockWidget(m_detailsDock, m_readerDock);
    m_detailsDock->raise();
    // Wide enough for a quote to read as a paragraph, not a column of words;
    // a saved layout (restoreWindowState) overrides it.
    window->resizeDocks({m_detailsDock}, {460}, Qt::Horizontal);

    m_back = new QAction(window->style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("actionBack"));
    m_back->setShortcuts(QKeySequence::Back); // Alt+Left
    m_back->setStatusTip(tr("Go back to the previous event or passage"));
    connect(m_back, &QAction::triggered, this, &Navigator::back);
    m_forward = new QAction(window->style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forward->setObjectName(QStringLiteral("actionForward"));
    m_forward->setShortcuts(QKeySequence::Forward); // Alt+Right
    connect(m_forward, &QAction::triggered, this, &Navigator::forward);
    window->addAction(m_back);
    window->addAction(m_forward);

    auto *toolbar = window->addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_back);
    toolbar->addAction(m_forward);
    updateHistoryActions();

    TimelineView *v = view();
    connect(v, &TimelineView::selectionChanged, this, &Navigator::onSelectionChanged);
    connect(v, &TimelineView::eventActivated, this, [this](core::EventIndex) {
        m_detailsDock->show();
        m_detailsDock->raise();
        m_details->setFocus();
    });
    connect(m_details, &DetailsPane::passageActivated, this, &Navigator::openPassage);
    connect(m_details, &DetailsPane::eventActivated, v, &TimelineView::selectEvent);
    connect(m_reader, &SourceReader::passageClicked, this, &Navigator::onPassageClicked);
}

TimelineView *Navigator::view() const
{
    return m_panel->view();
}

void Navigator::setDatabase(const core::TimelineDatabase *db)
{
    m_db = db;
    m_history.clear();
    m_details->setDatabase(db);
    m_reader->setDatabase(db);
    m_panel->setDataset(db ? &db->dataset() : nullptr);
    updateHistoryActions();
}

QAction *Navigator::addTimelineAction(const QString &text, const QKeySequence &key, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    // The keys act on the timeline when it has the focus, so "+" or an arrow
    // typed into another widget stays that widget's.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_panel->addAction(action);
    m_timelineActions << action;
    return action;
}

void Navigator::addViewActions(QMenu *menu)
{
    TimelineView *v = view();
    connect(addTimelineAction(tr("Zoom &In"), QKeySequence(Qt::Key_Plus), "actionZoomIn"), &QAction::triggered, v,
            &TimelineView::zoomIn);
    connect(addTimelineAction(tr("Zoom &Out"), QKeySequence(Qt::Key_Minus), "actionZoomOut"), &QAction::triggered, v,
            &TimelineView::zoomOut);
    connect(addTimelineAction(tr("&Fit All"), QKeySequence(Qt::Key_Home), "actionFitAll"), &QAction::triggered, v,
            &TimelineView::fitAll);
    connect(addTimelineAction(tr("Zoom to &Selection"), QKeySequence(Qt::Key_Z), "actionZoomToSelection"),
            &QAction::triggered, v, &TimelineView::zoomToSelection);
    connect(addTimelineAction(tr("Pan &Left"), QKeySequence(Qt::Key_Left), "actionPanLeft"), &QAction::triggered, v,
            &TimelineView::panLeft);
    connect(addTimelineAction(tr("Pan &Right"), QKeySequence(Qt::Key_Right), "actionPanRight"), &QAction::triggered,
            v, &TimelineView::panRight);
    connect(addTimelineAction(tr("&Next Event"), QKeySequence(Qt::Key_Tab), "actionNextEvent"), &QAction::triggered,
            v, &TimelineView::selectNext);
    connect(addTimelineAction(tr("&Previous Event"), QKeySequence(Qt::SHIFT | Qt::Key_Backtab), "actionPreviousEvent"),
            &QAction::triggered, v, &TimelineView::selectPrevious);
    connect(addTimelineAction(tr("&Open Details"), QKeySequence(Qt::Key_Return), "actionOpenDetails"),
            &QAction::triggered, this, [this, v] {
                if (v->selection()) {
                    emit v->eventActivated(*v->selection());
                }
            });
    connect(addTimelineAction(tr("&Clear Selection"), QKeySequence(Qt::Key_Escape), "actionClearSelection"),
            &QAction::triggered, v, &TimelineView::clearSelection);

    for (QAction *a : std::as_const(m_timelineActions)) {
        menu->addAction(a);
        if (a->objectName() == u"actionZoomToSelection" || a->objectName() == u"actionPanRight"
            || a->objectName() == u"actionPreviousEvent") {
            menu->addSeparator();
        }
    }

    QMenu *group = menu->addMenu(tr("&Group Lanes By"));
    group->setObjectName(QStringLiteral("menuGroupBy"));
    m_grouping = new QActionGroup(this);
    const std::pair<QString, core::timeline::Grouping> groupings[] = {
        {tr("&Forum"), core::timeline::Grouping::Forum},
        {tr("&Topic"), core::timeline::Grouping::Topic},
        {tr("Event &Kind"), core::timeline::Grouping::Kind},
    };
    for (const auto &[text, grouping] : groupings) {
        QAction *a = group->addAction(text);
        a->setCheckable(true);
        a->setChecked(grouping == v->grouping());
        a->setActionGroup(m_grouping);
        connect(a, &QAction::triggered, v, [v, g = grouping] { v->setGrouping(g); });
    }
    menu->addSeparator();
    menu->addAction(m_detailsDock->toggleViewAction());
    menu->addAction(m_readerDock->toggleViewAction());
    menu->addSeparator();
}

QMenu *Navigator::createGoMenu(QMenu *parent)
{
    auto *go = new QMenu(tr("&Go"), parent ? static_cast<QWidget *>(parent) : m_window);
    go->setObjectName(QStringLiteral("menuGo"));
    go->addAction(m_back);
    go->addAction(m_forward);
    return go;
}

void Navigator::onSelectionChanged(qint64 event)
{
    if (event < 0) {
        m_details->clear();
        return;
    }
    const auto index = static_cast<core::EventIndex>(event);
    m_details->showEvent(index);
    if (!m_replaying) {
        m_history.visit({Place::Kind::Event, event});
        updateHistoryActions();
    }
}

void Navigator::openPassage(qint64 passageId)
{
    if (!m_reader->showPassage(passageId)) {
        emit message(tr("That passage could not be opened."));
        return;
    }
    m_readerDock->show();
    m_readerDock->raise();
    if (!m_replaying) {
        m_history.visit({Place::Kind::Passage, passageId});
        updateHistoryActions();
    }
}

void Navigator::openSource(qint64 sourceId)
{
    if (!m_reader->showSource(sourceId)) {
        emit message(tr("That source could not be opened."));
        return;
    }
    m_readerDock->show();
    m_readerDock->raise();
}

void Navigator::onPassageClicked(qint64 passageId)
{
    if (!m_db) {
        return;
    }
    auto events = m_db->eventsOf(passageId);
    if (!events || events->empty()) {
        emit message(tr("This passage is linked to no event."));
        return;
    }
    // The passage may speak of several events: select the first in time and
    // say which others there are; the details pane then lists its passages.
    const auto &ds = m_db->dataset();
    QStringList titles;
    for (auto e : *events) {
        titles << QString::fromUtf8(ds.title(e).data(), static_cast<qsizetype>(ds.title(e).size()));
    }
    view()->selectEvent(events->front());
    m_detailsDock->show();
    m_detailsDock->raise();
    emit message(tr("This passage is linked to: %1").arg(titles.join(u"; ")));
}

void Navigator::go(const Place &place)
{
    m_replaying = true;
    if (place.kind == Place::Kind::Event) {
        view()->selectEvent(static_cast<core::EventIndex>(place.id));
        m_detailsDock->show();
        m_detailsDock->raise();
    } else {
        openPassage(place.id);
    }
    m_replaying = false;
    updateHistoryActions();
}

void Navigator::back()
{
    if (auto place = m_history.back()) {
        go(*place);
    }
}

void Navigator::forward()
{
    if (auto place = m_history.forward()) {
        go(*place);
    }
}

void Navigator::updateHistoryActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

bool Navigator::selectEventBySlug(const QString &slug)
{
    const auto index = m_db ? m_db->dataset().findBySlug(slug.toStdString()) : std::nullopt;
    if (!index) {
        spdlog::warn("--event: unknown event '{}'", slug.toStdString());
        emit message(tr("Unknown event “%1”.").arg(slug));
        return false;
    }
    view()->selectEvent(*index);
    view()->zoomToSelection();
    m_detailsDock->show();
    m_detailsDock->raise();
    return true;
}

bool Navigator::openPassageBySlug(const QString &slug)
{
    auto passage = m_db ? m_db->passage(slug.toStdString()) : core::Result<core::PassageInfo>(core::Error{});
    if (!passage) {
        spdlog::warn("--passage: unknown passage '{}'", slug.toStdString());
        emit message(tr("Unknown passage “%1”.").arg(slug));
        return false;
    }
    openPassage(passage->id);
    return true;
}

} // namespace ict::app
