#include "views/currentview.h"

#include "core/timelinedatabase.h"
#include "filters/filtercontroller.h"
#include "navigator.h"
#include "search/searchpanel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace ict::app {

CurrentView::CurrentView(QWidget *window, FilterController *filters, SearchPanel *search, Navigator *navigator,
                         QString storePath)
    : QObject(window)
    , m_window(window)
    , m_filters(filters)
    , m_search(search)
    , m_navigator(navigator)
    , m_store(std::move(storePath))
{
}

SavedView CurrentView::capture(const QString &name) const
{
    SavedView v;
    v.name = name;
    v.filter = m_filters->query();
    v.search = m_search->box()->text();
    const TimelineView *view = m_navigator->view();
    v.grouping = static_cast<int>(view->grouping());
    v.dim = m_filters->mode() == core::timeline::FilterMode::Dim;
    v.firstDay = view->scale().startDay();
    v.lastDay = view->scale().endDay();
    const core::TimelineDatabase *db = m_filters->database();
    if (db && view->selection()) {
        v.selection = QString::fromUtf8(db->dataset().slug(*view->selection()).data(),
                                        static_cast<qsizetype>(db->dataset().slug(*view->selection()).size()));
    }
    return v;
}

bool CurrentView::apply(const SavedView &v, QString *error)
{
    QStringList problems;
    QString problem;
    if (!m_filters->applyQuery(v.filter, &problem)) {
        problems << problem;
    }
    m_filters->setMode(v.dim ? core::timeline::FilterMode::Dim : core::timeline::FilterMode::Hide);
    TimelineView *view = m_navigator->view();
    view->setGrouping(static_cast<core::timeline::Grouping>(std::clamp(v.grouping, 0, 2)));
    if (!v.selection.isEmpty() && !m_navigator->selectEventBySlug(v.selection)) {
        problems << QStringLiteral("unknown event \"%1\"").arg(v.selection);
    }
    if (v.lastDay > v.firstDay) {
        view->setVisibleRange(v.firstDay, v.lastDay);
    } else if (v.selection.isEmpty()) {
        view->fitAll();
    }
    m_search->box()->setText(v.search);
    m_search->search(v.search);
    if (!problems.isEmpty() && error) {
        *error = problems.join(QStringLiteral("; "));
    }
    return problems.isEmpty();
}

bool CurrentView::loadStore(QString *error)
{
    const bool ok = m_store.load(error);
    rebuildMenu();
    return ok;
}

void CurrentView::restoreLast()
{
    if (!m_store.last || !m_filters->database()) {
        return;
    }
    QString error;
    if (!apply(*m_store.last, &error)) {
        spdlog::info("the last view did not fully apply to this database: {}", error.toStdString());
    }
}

void CurrentView::saveLast()
{
    if (!m_filters->database()) {
        return;
    }
    m_store.last = capture();
    writeStore();
}

bool CurrentView::writeStore()
{
    QString error;
    if (!m_store.save(&error)) {
        spdlog::warn("{}", error.toStdString());
        emit message(error);
        return false;
    }
    return true;
}

QMenu *CurrentView::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("V&iews"), parent);
    menu->setObjectName(QStringLiteral("menuViews"));
    QAction *save = menu->addAction(tr("&Save Current View…"), this, &CurrentView::saveAs);
    save->setObjectName(QStringLiteral("actionSaveView"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_openMenu = menu->addMenu(tr("&Open View"));
    m_openMenu->setObjectName(QStringLiteral("menuOpenView"));
    menu->addAction(tr("&Rename View…"), this, &CurrentView::renameView)->setObjectName(QStringLiteral("actionRenameView"));
    menu->addAction(tr("&Delete View…"), this, &CurrentView::deleteView)->setObjectName(QStringLiteral("actionDeleteView"));
    menu->addSeparator();
    QAction *link = menu->addAction(tr("&Copy Link to This View"), this, &CurrentView::copyLink);
    link->setObjectName(QStringLiteral("actionCopyViewLink"));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    rebuildMenu();
    return menu;
}

void CurrentView::rebuildMenu()
{
    if (!m_openMenu) {
        return;
    }
    m_openMenu->clear();
    if (m_store.views.isEmpty()) {
        m_openMenu->addAction(tr("No saved views"))->setEnabled(false);
        return;
    }
    for (const SavedView &v : std::as_const(m_store.views)) {
        m_openMenu->addAction(v.name, this, [this, v] {
            QString error;
            if (!apply(v, &error)) {
                emit message(tr("The view “%1” did not fully apply: %2").arg(v.name, error));
            }
        });
    }
}

void CurrentView::saveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    if (m_store.find(name)
        && QMessageBox::question(m_window, tr("Save View"), tr("Replace the view “%1”?").arg(name))
               != QMessageBox::Yes) {
        return;
    }
    m_store.remove(name);
    m_store.views.append(capture(name));
    if (writeStore()) {
        emit message(tr("Saved the view “%1”.").arg(name));
    }
    rebuildMenu();
}

std::optional<QString> CurrentView::pickView(const QString &title)
{
    if (m_store.views.isEmpty()) {
        return std::nullopt;
    }
    QStringList names;
    for (const SavedView &v : std::as_const(m_store.views)) {
        names << v.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, title, tr("View:"), names, 0, false, &ok);
    return ok ? std::optional(name) : std::nullopt;
}

void CurrentView::renameView()
{
    const auto old = pickView(tr("Rename View"));
    if (!old) {
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Rename View"), tr("New name:"), QLineEdit::Normal, *old, &ok).trimmed();
    if (!ok || name.isEmpty() || name == *old || m_store.find(name)) {
        return;
    }
    m_store.find(*old)->name = name;
    writeStore();
    rebuildMenu();
}

void CurrentView::deleteView()
{
    const auto name = pickView(tr("Delete View"));
    if (name && m_store.remove(*name)) {
        writeStore();
        rebuildMenu();
    }
}

void CurrentView::copyLink()
{
    const SavedView v = capture();
    // Both forms: the command line for a terminal, the link for --open-url.
    QApplication::clipboard()->setText(v.toCommandLine() + u'\n' + v.toUrl().toString(QUrl::FullyEncoded));
    emit message(tr("Copied a link to this view."));
}

} // namespace ict::app
