#include "app/startup.h"

#include "app/commandline.h"
#include "app/filters/filtercontroller.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/search/searchpanel.h"
#include "app/timeline/timelineview.h"
#include "app/views/currentview.h"

#include <QLineEdit>
#include <QStatusBar>

#include <spdlog/spdlog.h>

namespace ict::app {

namespace {

void report(MainWindow &window, const QString &text)
{
    spdlog::warn("{}", text.toStdString());
    window.statusBar()->showMessage(text, 15'000);
}

} // namespace

void applyStartOptions(MainWindow &window, const Options &options, bool restoreLastView)
{
    QString error;
    if (!window.currentView()->loadStore(&error)) {
        report(window, error);
    }
    if (!window.database()) {
        return;
    }
    if (!options.describesAView()) {
        if (restoreLastView) {
            window.currentView()->restoreLast();
        }
        return;
    }
    if (!options.openUrl.isEmpty()) {
        const auto view = SavedView::fromUrl(QUrl(options.openUrl), &error);
        if (!view) {
            report(window, QObject::tr("Cannot open the link: %1").arg(error));
        } else if (!window.currentView()->apply(*view, &error)) {
            report(window, QObject::tr("The link did not fully apply: %1").arg(error));
        }
    }
    const auto &f = options.filter;
    if (!f.forums.isEmpty() || !f.topics.isEmpty() || !f.from.isEmpty() || !f.to.isEmpty() || !f.kinds.isEmpty()
        || !f.actors.isEmpty() || !f.statuses.isEmpty()) {
        if (!window.filters()->applyArguments(f, &error)) {
            report(window, QObject::tr("Filters not applied: %1").arg(error));
        }
    }
    if (!options.grouping.isEmpty()) {
        const auto grouping = options.grouping == u"topic" ? core::timeline::Grouping::Topic
                              : options.grouping == u"kind" ? core::timeline::Grouping::Kind
                                                            : core::timeline::Grouping::Forum;
        window.navigator()->view()->setGrouping(grouping);
    }
    if (!options.search.isEmpty()) {
        window.searchPanel()->box()->setText(options.search);
        window.searchPanel()->search(options.search);
        window.showSearch();
    }
    if (!options.eventId.isEmpty()) {
        window.navigator()->selectEventBySlug(options.eventId);
    }
    if (!options.passageId.isEmpty()) {
        window.navigator()->openPassageBySlug(options.passageId);
    }
    if (options.viewRange) {
        window.navigator()->view()->setVisibleRange(options.viewRange->first, options.viewRange->second);
    }
}

} // namespace ict::app
