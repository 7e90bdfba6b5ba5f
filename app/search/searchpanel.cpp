#include "search/searchpanel.h"

#include "core/timelinedatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ict::app {

using namespace core::filter;

namespace {

// Typing pauses this long before a search runs: each keystroke would
// otherwise rebuild the list.
constexpr int kDebounceMs = 180;
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
constexpr int kSnippetRole = Qt::UserRole + 3;
constexpr int kSnippetLines = 3; // under a one-line kind and title

// Paints a result's rich text (kind, title, snippet with the matches in bold)
// for the rows on screen only. A QLabel per result laid out every row up
// front: 200 ms for a hundred results, ten times the search itself.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        // One line of kind and title, elided to the width; below it the
        // snippet with the matching words in bold, clipped to its lines.
        const QRect area = opt.rect.adjusted(4, 3, -4, -3);
        const QColor text = opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QString kind = index.data(kKindRole).toString() + u' ';
        painter->save();
        painter->setPen(text);
        painter->setFont(bold);
        painter->drawText(area.topLeft() + QPoint(0, boldMetrics.ascent()), kind);
        painter->setFont(opt.font);
        const int kindWidth = boldMetrics.horizontalAdvance(kind);
        const QString title =
            opt.fontMetrics.elidedText(index.data(kTitleRole).toString(), Qt::ElideRight, area.width() - kindWidth);
        painter->drawText(area.topLeft() + QPoint(kindWidth, boldMetrics.ascent()), title);

        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        doc.setHtml(index.data(kSnippetRole).toString());
        doc.setTextWidth(area.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, text);
        const int top = opt.fontMetrics.lineSpacing() + 2;
        painter->translate(area.topLeft() + QPoint(0, top));
        painter->setClipRect(QRect(0, 0, area.width(), area.height() - top));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, (1 + kSnippetLines) * option.fontMetrics.lineSpacing() + 8};
    }
};

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_box(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setPlaceholderText(tr("Search events, passages and sources"));
    m_box->setClearButtonEnabled(true);
    m_box->setToolTip(tr("Words must all match; \"a phrase\" in quotes; budap* for a prefix; OR; -word to exclude"));
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setMargin(4);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setUniformItemSizes(true);
    m_results->setItemDelegate(new ResultDelegate(m_results));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_box);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_box->text()); });
    connect(m_box, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(m_box, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search(m_box->text());
        if (!m_hits.empty()) {
            m_results->setCurrentRow(0);
            choose(0);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { choose(m_results->row(item)); });
    m_message->setText(tr("Type to search."));
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setDatabase(const core::TimelineDatabase *db)
{
    m_index.reset();
    m_hits.clear();
    m_results->clear();
    if (db) {
        auto index = SearchIndex::open(*db);
        if (index) {
            m_index = std::make_unique<SearchIndex>(std::move(*index));
        } else {
            spdlog::warn("search is not available for {}: {}", db->path(), index.error().message);
            m_message->setText(tr("Search is not available for this database."));
        }
    }
    if (!m_box->text().isEmpty()) {
        search(m_box->text());
    }
}

QString SearchPanel::message() const
{
    return m_message->text();
}

QString SearchPanel::titleOf(const SearchHit &hit)
{
    const QString title = QString::fromStdString(hit.title);
    switch (hit.kind) {
    case HitKind::Event:
        return title.isEmpty() ? tr("Event") : title;
    case HitKind::Passage:
        return title.isEmpty() ? tr("Passage") : tr("Passage in %1").arg(title);
    case HitKind::Source:
        return title.isEmpty() ? tr("Source") : tr("Source: %1").arg(title);
    }
    return {};
}

void SearchPanel::search(const QString &text)
{
    m_hits.clear();
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_message->setText(tr("Type to search."));
        return;
    }
    if (!m_index) {
        return;
    }
    auto hits = m_index->search(text.toStdString(), kMaxResults);
    if (!hits) {
        // The query language's own words: "unbalanced quotes", "the query has no words".
        m_message->setText(tr("Cannot search for this: %1").arg(QString::fromStdString(hits.error().message)));
        return;
    }
    m_hits = std::move(*hits);
    const auto &summary = m_index->lastSummary();
    m_message->setText(m_hits.empty() ? tr("Nothing found.")
                                      : tr("%1 events, %2 passages, %3 sources")
                                            .arg(summary.events.hits)
                                            .arg(summary.passages.hits)
                                            .arg(summary.sources.hits));
    for (const SearchHit &hit : m_hits) {
        auto *item = new QListWidgetItem(m_results);
        const QString kind = hit.kind == HitKind::Event     ? tr("EVENT")
                             : hit.kind == HitKind::Passage ? tr("PASSAGE")
                                                            : tr("SOURCE");
        const QString title = titleOf(hit);
        item->setData(kKindRole, kind);
        item->setData(kTitleRole, title);
        item->setData(kSnippetRole, snippetToHtml(hit.snippet));
        item->setToolTip(title);
        // Screen readers and tooltips get the plain words.
        item->setData(Qt::AccessibleTextRole, QString(kind + u' ' + title));
    }
}

void SearchPanel::choose(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_hits.size()) {
        return;
    }
    const SearchHit &hit = m_hits[static_cast<std::size_t>(row)];
    switch (hit.kind) {
    case HitKind::Event:
        emit eventChosen(static_cast<core::EventIndex>(hit.id));
        break;
    case HitKind::Passage:
        emit passageChosen(hit.id);
        break;
    case HitKind::Source:
        emit sourceChosen(hit.id);
        break;
    }
}

void SearchPanel::nextResult()
{
    if (m_hits.empty()) {
        return;
    }
    const int row = (m_results->currentRow() + 1) % static_cast<int>(m_hits.size());
    m_results->setCurrentRow(row);
    choose(row);
}

void SearchPanel::previousResult()
{
    if (m_hits.empty()) {
        return;
    }
    const int count = static_cast<int>(m_hits.size());
    const int row = (m_results->currentRow() - 1 + count) % count;
    m_results->setCurrentRow(row);
    choose(row);
}

void SearchPanel::focusBox()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

} // namespace ict::app
