#include "filters/filterpanel.h"

#include "core/civildate.h"
#include "core/timelinedatabase.h"
#include "evidence/evidencestyle.h"
#include "filters/filtercontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ict::app {

using namespace core::filter;

namespace {

constexpr int kIndexRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

QDate dateOf(core::DayNumber day)
{
    const auto c = core::civilFromDays(day);
    return QDate(c.year, c.month, c.day);
}

core::DayNumber dayOf(const QDate &d)
{
    return core::daysFromCivil(d.year(), d.month(), d.day());
}

QListWidget *makeList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setUniformItemSizes(true);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return list;
}

QString withCount(const QString &name, std::uint32_t count)
{
    return name + QStringLiteral("  (") + QString::number(count) + u')';
}

} // namespace

FilterPanel::FilterPanel(FilterController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("filterPanel"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *forumBox = new QGroupBox(tr("Forums"), content);
    auto *forumLayout = new QVBoxLayout(forumBox);
    m_forums = new QTreeWidget(forumBox);
    m_forums->setObjectName(QStringLiteral("forumFilter"));
    m_forums->setHeaderHidden(true);
    m_forums->setRootIsDecorated(true);
    m_forums->setMinimumHeight(220);
    m_forums->setToolTip(tr("A checked group includes every forum below it"));
    forumLayout->addWidget(m_forums);
    layout->addWidget(forumBox);

    auto *topicBox = new QGroupBox(tr("Topics"), content);
    auto *topicLayout = new QVBoxLayout(topicBox);
    m_topicMatch = new QComboBox(topicBox);
    m_topicMatch->setObjectName(QStringLiteral("topicMatch"));
    m_topicMatch->addItem(tr("any of the checked topics"));
    m_topicMatch->addItem(tr("all of the checked topics"));
    m_topics = makeList(topicBox, "topicFilter");
    topicLayout->addWidget(m_topicMatch);
    topicLayout->addWidget(m_topics);
    layout->addWidget(topicBox);

    auto *periodBox = new QGroupBox(tr("Period"), content);
    auto *periodLayout = new QFormLayout(periodBox);
    m_useFrom = new QCheckBox(tr("From"), periodBox);
    m_useTo = new QCheckBox(tr("To"), periodBox);
    m_from = new QDateEdit(periodBox);
    m_to = new QDateEdit(periodBox);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setDate(QDate(1998, 1, 1));
    m_to->setDate(QDate::currentDate());
    periodLayout->addRow(m_useFrom, m_from);
    periodLayout->addRow(m_useTo, m_to);
    auto *visible = new QPushButton(tr("Use the visible period"), periodBox);
    visible->setObjectName(QStringLiteral("useVisiblePeriod"));
    periodLayout->addRow(visible);
    connect(visible, &QPushButton::clicked, this, &FilterPanel::visiblePeriodRequested);
    layout->addWidget(periodBox);

    auto *kindBox = new QGroupBox(tr("Kind of event"), content);
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_kinds = makeList(kindBox, "kindFilter");
    kindLayout->addWidget(m_kinds);
    layout->addWidget(kindBox);

    auto *statusBox = new QGroupBox(tr("Verification"), content);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_statuses = makeList(statusBox, "statusFilter");
    statusLayout->addWidget(m_statuses);
    layout->addWidget(statusBox);

    // The roles go in a wrapped line under a short title: a group box is at
    // least as wide as its title, and the Russian one widened the dock past
    // its width.
    auto *actorBox = new QGroupBox(tr("Actors"), content);
    auto *actorLayout = new QVBoxLayout(actorBox);
    auto *actorRoles = new QLabel(tr("In any role: sponsor, co-sponsor, chair, author, or a State that voted against."),
                                  actorBox);
    actorRoles->setObjectName(QStringLiteral("actorRoles"));
    actorRoles->setWordWrap(true);
    actorLayout->addWidget(actorRoles);
    m_actors = makeList(actorBox, "actorFilter");
    m_actors->setMinimumHeight(160);
    actorLayout->addWidget(m_actors);
    layout->addWidget(actorBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_forums, &QTreeWidget::itemChanged, this, [this] { commit(); });
    for (QListWidget *list : {m_topics, m_kinds, m_actors, m_statuses}) {
        connect(list, &QListWidget::itemChanged, this, [this] { commit(); });
    }
    connect(m_topicMatch, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    for (QCheckBox *box : {m_useFrom, m_useTo}) {
        connect(box, &QCheckBox::toggled, this, [this] { commit(); });
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { commit(); });
    }
    connect(m_controller, &FilterController::changed, this, &FilterPanel::refresh);
    rebuild();
}

void FilterPanel::rebuild()
{
    m_updating = true;
    m_forums->clear();
    m_forumItems.clear();
    m_topics->clear();
    m_kinds->clear();
    m_actors->clear();
    m_statuses->clear();
    const core::TimelineDatabase *db = m_controller->database();
    if (db) {
        const auto &forums = db->dataset().forumList();
        m_forumItems.resize(forums.size(), nullptr);
        for (std::size_t i = 0; i < forums.size(); ++i) {
            const int parent = forums[i].parent;
            auto *item = parent >= 0 && m_forumItems[static_cast<std::size_t>(parent)]
                             ? new QTreeWidgetItem(m_forumItems[static_cast<std::size_t>(parent)])
                             : new QTreeWidgetItem(m_forums);
            item->setData(0, kIndexRole, static_cast<int>(i));
            item->setData(0, kNameRole, QString::fromStdString(forums[i].name));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, QString::fromStdString(forums[i].name));
            m_forumItems[i] = item;
        }
        m_forums->expandAll();
        const auto addAll = [](QListWidget *list, const std::vector<std::pair<QString, int>> &values) {
            for (const auto &[name, index] : values) {
                auto *item = new QListWidgetItem(list);
                item->setData(kIndexRole, index);
                item->setData(kNameRole, name);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        };
        std::vector<std::pair<QString, int>> values;
        const auto &topics = db->dataset().topicList();
        for (std::size_t i = 0; i < topics.size(); ++i) {
            values.emplace_back(QString::fromStdString(topics[i].name), static_cast<int>(i));
        }
        addAll(m_topics, values);
        values.clear();
        for (std::size_t i = 0; i < core::kEventKindSlugs.size(); ++i) {
            values.emplace_back(kindName(std::string(core::kEventKindSlugs[i])), static_cast<int>(i));
        }
        addAll(m_kinds, values);
        values.clear();
        const QString statusNames[] = {tr("verified"), tr("partly verified"), tr("unverified")};
        for (int i = 0; i < 3; ++i) {
            values.emplace_back(statusNames[i], i);
        }
        addAll(m_statuses, values);
        values.clear();
        const auto &actors = m_controller->facets().actors();
        for (std::size_t i = 0; i < actors.size(); ++i) {
            values.emplace_back(QString::fromStdString(actors[i].name), static_cast<int>(i));
        }
        addAll(m_actors, values);
        m_actors->sortItems();
    }
    // Show every value of the short vocabularies without scrolling; long
    // lists (forums, actors) get a dozen rows and a scroll bar.
    for (QListWidget *list : {m_topics, m_kinds, m_statuses, m_actors}) {
        const int rows = std::min(list->count(), list == m_actors ? 10 : 12);
        list->setMinimumHeight(rows * std::max(1, list->sizeHintForRow(0)) + 2 * list->frameWidth() + 2);
    }
    m_forums->setMinimumHeight(14 * std::max(1, m_forums->fontMetrics().height() + 4));
    m_updating = false;
    refresh();
}

void FilterPanel::refresh()
{
    const core::TimelineDatabase *db = m_controller->database();
    if (!db) {
        return;
    }
    if (m_forumItems.size() != db->dataset().forumList().size()
        || static_cast<std::size_t>(m_actors->count()) != m_controller->facets().actors().size()) {
        rebuild(); // a different database
        return;
    }
    m_updating = true;
    const FilterState &state = m_controller->state();
    const FacetCounts &counts = m_controller->counts();
    for (std::size_t i = 0; i < m_forumItems.size(); ++i) {
        QTreeWidgetItem *item = m_forumItems[i];
        const auto n = i < counts.forumsWithSubtree.size() ? counts.forumsWithSubtree[i] : 0;
        item->setText(0, withCount(item->data(0, kNameRole).toString(), n));
        item->setCheckState(0, state.forums.count(static_cast<int>(i)) ? Qt::Checked : Qt::Unchecked);
        // Values that would give nothing stay visible (they are still part of
        // the vocabulary) but read as unavailable.
        item->setForeground(0, n == 0 ? palette().brush(QPalette::PlaceholderText) : palette().brush(QPalette::Text));
    }
    const auto refreshList = [this](QListWidget *list, auto countOf, auto isChecked) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            const int index = item->data(kIndexRole).toInt();
            const std::uint32_t n = countOf(index);
            item->setText(withCount(item->data(kNameRole).toString(), n));
            item->setCheckState(isChecked(index) ? Qt::Checked : Qt::Unchecked);
            item->setForeground(n == 0 ? palette().brush(QPalette::PlaceholderText) : palette().brush(QPalette::Text));
        }
    };
    refreshList(
        m_topics,
        [&](int i) { return static_cast<std::size_t>(i) < counts.topics.size() ? counts.topics[static_cast<std::size_t>(i)] : 0U; },
        [&](int i) { return state.topics.count(i) > 0; });
    refreshList(
        m_kinds, [&](int i) { return counts.kinds[static_cast<std::size_t>(i)]; },
        [&](int i) { return state.kinds.count(static_cast<core::EventKind>(i)) > 0; });
    refreshList(
        m_statuses, [&](int i) { return counts.statuses[static_cast<std::size_t>(i)]; },
        [&](int i) { return state.statuses.count(static_cast<core::Verification>(i)) > 0; });
    const auto &actors = m_controller->facets().actors();
    refreshList(
        m_actors,
        [&](int i) { return static_cast<std::size_t>(i) < counts.actors.size() ? counts.actors[static_cast<std::size_t>(i)] : 0U; },
        [&](int i) { return state.actors.count(actors[static_cast<std::size_t>(i)].code) > 0; });
    m_topicMatch->setCurrentIndex(state.topicMatch == TopicMatch::All ? 1 : 0);
    m_useFrom->setChecked(state.from.has_value());
    m_useTo->setChecked(state.to.has_value());
    if (state.from) {
        m_from->setDate(dateOf(*state.from));
    }
    if (state.to) {
        m_to->setDate(dateOf(*state.to));
    }
    m_from->setEnabled(state.from.has_value());
    m_to->setEnabled(state.to.has_value());
    m_updating = false;
}

FilterState FilterPanel::stateFromWidgets() const
{
    FilterState s;
    for (std::size_t i = 0; i < m_forumItems.size(); ++i) {
        if (m_forumItems[i]->checkState(0) == Qt::Checked) {
            s.forums.insert(static_cast<int>(i));
        }
    }
    const auto checked = [](QListWidget *list, auto insert) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked) {
                insert(list->item(row)->data(kIndexRole).toInt());
            }
        }
    };
    checked(m_topics, [&](int i) { s.topics.insert(i); });
    checked(m_kinds, [&](int i) { s.kinds.insert(static_cast<core::EventKind>(i)); });
    checked(m_statuses, [&](int i) { s.statuses.insert(static_cast<core::Verification>(i)); });
    const auto &actors = m_controller->facets().actors();
    checked(m_actors, [&](int i) { s.actors.insert(actors[static_cast<std::size_t>(i)].code); });
    s.topicMatch = m_topicMatch->currentIndex() == 1 ? TopicMatch::All : TopicMatch::Any;
    if (m_useFrom->isChecked()) {
        s.from = dayOf(m_from->date());
    }
    if (m_useTo->isChecked()) {
        s.to = dayOf(m_to->date());
    }
    return s;
}

void FilterPanel::commit()
{
    if (m_updating) {
        return;
    }
    m_controller->setState(stateFromWidgets());
}

void FilterPanel::setPeriod(double firstDay, double lastDay)
{
    FilterState s = m_controller->state();
    s.from = static_cast<core::DayNumber>(std::floor(firstDay));
    s.to = static_cast<core::DayNumber>(std::ceil(lastDay)) - 1;
    m_controller->setState(s);
}

} // namespace ict::app
