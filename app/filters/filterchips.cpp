#include "filters/filterchips.h"

#include "core/civildate.h"
#include "core/timelinedatabase.h"
#include "evidence/evidencestyle.h"
#include "filters/filtercontroller.h"
#include "filters/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <functional>

namespace ict::app {

using core::filter::FilterState;

namespace {

QString dayText(core::DayNumber day)
{
    const auto c = core::civilFromDays(day);
    return QStringLiteral("%1-%2-%3")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'));
}

} // namespace

FilterChips::FilterChips(FilterController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("filterChips"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    // The chips wrap onto more lines rather than widen the window.
    m_chips = new FlowLayout;
    layout->addLayout(m_chips, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("filterCount"));
    connect(m_controller, &FilterController::changed, this, &FilterChips::rebuild);
    rebuild();
}

QStringList FilterChips::chipTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_chips->count(); ++i) {
        if (auto *button = qobject_cast<QToolButton *>(m_chips->itemAt(i)->widget())) {
            texts << button->text();
        }
    }
    return texts;
}

void FilterChips::rebuild()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        if (item->widget() != m_count) {
            delete item->widget();
        }
        delete item;
    }
    const FilterState &state = m_controller->state();
    const core::TimelineDatabase *db = m_controller->database();
    setVisible(db && !state.isEmpty());
    if (!db || state.isEmpty()) {
        return;
    }
    const auto &ds = db->dataset();
    const auto addChip = [this](const QString &text, std::function<void(FilterState &)> remove) {
        auto *chip = new QToolButton(this);
        // Forum names run to 90 characters; a chip's text stays under about
        // 16 lines' height wide, its whole text in the tooltip, so that the
        // widest chip does not set the window's minimum width.
        const int maxTextWidth = chip->fontMetrics().height() * 16;
        chip->setText(chip->fontMetrics().elidedText(text, Qt::ElideRight, maxTextWidth) + QStringLiteral("  \u00D7"));
        chip->setToolTip(tr("%1: click to remove this filter").arg(text));
        chip->setAccessibleName(text);
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, remove] {
            FilterState next = m_controller->state();
            remove(next);
            m_controller->setState(next);
        });
        m_chips->addWidget(chip);
    };
    for (int f : state.forums) {
        addChip(tr("Forum: %1").arg(QString::fromStdString(ds.forumList()[static_cast<std::size_t>(f)].name)),
                [f](FilterState &s) { s.forums.erase(f); });
    }
    const bool all = state.topicMatch == core::filter::TopicMatch::All && state.topics.size() > 1;
    for (int t : state.topics) {
        addChip((all ? tr("Topic (all): %1") : tr("Topic: %1"))
                    .arg(QString::fromStdString(ds.topicList()[static_cast<std::size_t>(t)].name)),
                [t](FilterState &s) { s.topics.erase(t); });
    }
    for (auto k : state.kinds) {
        addChip(tr("Kind: %1").arg(kindName(std::string(core::slugOf(k)))), [k](FilterState &s) { s.kinds.erase(k); });
    }
    for (const std::string &a : state.actors) {
        QString name = QString::fromStdString(a);
        if (auto i = m_controller->facets().actorIndex(a)) {
            name = QString::fromStdString(m_controller->facets().actors()[*i].name);
        }
        addChip(tr("Actor: %1").arg(name), [a](FilterState &s) { s.actors.erase(a); });
    }
    for (auto v : state.statuses) {
        addChip(tr("Status: %1").arg(QString::fromUtf8(core::slugOf(v).data())),
                [v](FilterState &s) { s.statuses.erase(v); });
    }
    if (state.from) {
        addChip(tr("From %1").arg(dayText(*state.from)), [](FilterState &s) { s.from.reset(); });
    }
    if (state.to) {
        addChip(tr("To %1").arg(dayText(*state.to)), [](FilterState &s) { s.to.reset(); });
    }
    auto *clearAll = new QToolButton(this);
    clearAll->setObjectName(QStringLiteral("clearFilters"));
    clearAll->setText(tr("Clear all"));
    clearAll->setAutoRaise(true);
    connect(clearAll, &QToolButton::clicked, m_controller, &FilterController::clear);
    m_chips->addWidget(clearAll);
    // The count ends the flow, after Clear all; rebuild() takes it out of
    // the layout first, so it is re-added, never deleted.
    m_chips->addWidget(m_count);
    m_count->setText(tr("%1 of %2 events").arg(m_controller->passingCount()).arg(m_controller->totalCount()));
}

} // namespace ict::app
