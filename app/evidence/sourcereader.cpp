#include "evidence/sourcereader.h"

#include "core/citationtext.h"
#include "core/timelinedatabase.h"
#include "evidence/evidencestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ict::app {

SourceReader::SourceReader(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_copyButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("sourceReader"));
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setOpenExternalLinks(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setMargin(6);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setCursor(Qt::IBeamCursor);
    // A reading measure of about 75 characters is easier on the eye than
    // lines as wide as the dock.
    m_text->document()->setDocumentMargin(12);

    m_copyButton->setObjectName(QStringLiteral("copyQuoteButton"));
    m_copyButton->setText(tr("Copy quote with citation"));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QToolButton::clicked, this, &SourceReader::copyQuoteWithCitation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 6);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    clear();
}

void SourceReader::setDatabase(const core::TimelineDatabase *db)
{
    m_db = db;
    clear();
}

void SourceReader::clear()
{
    m_passage.reset();
    m_source = {};
    m_passages.clear();
    m_utf16Of.clear();
    m_header->setText(tr("Open a passage from the details of an event to read it in its source."));
    m_text->clear();
    m_copyButton->setEnabled(false);
}

QString SourceReader::headerText() const
{
    return m_header->text();
}

std::pair<int, int> SourceReader::rangeOf(const core::PassageInfo &p) const
{
    if (m_utf16Of.empty() || p.start < 0 || static_cast<std::size_t>(p.end) >= m_utf16Of.size()) {
        return {0, 0};
    }
    return {m_utf16Of[static_cast<std::size_t>(p.start)], m_utf16Of[static_cast<std::size_t>(p.end)]};
}

bool SourceReader::loadSource(qint64 sourceId)
{
    if (sourceId == m_source.id && !m_text->document()->isEmpty()) {
        return true;
    }
    auto source = m_db->source(sourceId);
    auto all = m_db->passagesOfSource(sourceId);
    if (!source || !all) {
        spdlog::warn("cannot open source {}", sourceId);
        return false;
    }
    m_source = std::move(*source);
    m_passages = std::move(*all);
    const QString text = QString::fromStdString(m_source.text);
    // Offsets are code points (W3C TextPositionSelector); QTextDocument
    // counts UTF-16 units, which differ wherever a character lies outside
    // the Basic Multilingual Plane.
    m_utf16Of.clear();
    m_utf16Of.reserve(static_cast<std::size_t>(text.size()) + 1);
    for (int i = 0; i < text.size(); ++i) {
        m_utf16Of.push_back(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            ++i;
        }
    }
    m_utf16Of.push_back(static_cast<int>(text.size()));
    m_text->setPlainText(text);
    QString header = u"<b>" + core::formatSourceReference(m_source, locale()).toHtmlEscaped() + u"</b>";
    QStringList facts;
    if (!m_source.genre.empty()) {
        facts << tr("Genre: %1").arg(QString::fromStdString(m_source.genre).toHtmlEscaped());
    }
    if (!m_source.url.empty()) {
        const QString url = QString::fromStdString(m_source.url).toHtmlEscaped();
        facts << u"<a href='" + url + u"'>" + url + u"</a>";
    }
    if (!facts.isEmpty()) {
        header += u"<br/>" + facts.join(u" · ");
    }
    if (!m_source.attribution.empty()) {
        header += u"<br/><span style='color:" + mutedColour(palette()).name() + u"'>"
                  + QString::fromStdString(m_source.attribution).toHtmlEscaped() + u"</span>";
    }
    if (isOpinionPiece(m_source.kind)) {
        header += u"<br/><i>"
                  + tr("An opinion piece: its passages are the author's claims or stated positions, not verified "
                       "facts.")
                  + u"</i>";
    }
    m_header->setText(header);
    return true;
}

bool SourceReader::showSource(qint64 sourceId)
{
    if (!m_db || !loadSource(sourceId)) {
        return false;
    }
    m_passage.reset();
    markPassages();
    m_text->moveCursor(QTextCursor::Start);
    m_copyButton->setEnabled(false);
    return true;
}

bool SourceReader::showPassage(qint64 passageId)
{
    if (!m_db) {
        return false;
    }
    auto passage = m_db->passageById(passageId);
    if (!passage) {
        spdlog::warn("cannot open passage {}: {}", passageId, passage.error().message);
        return false;
    }
    if (!loadSource(passage->sourceId)) {
        return false;
    }
    m_passage = passageId;
    markPassages();

    const auto [first, last] = rangeOf(*passage);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(first);
    cursor.setPosition(last, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    // Centre the passage rather than leaving it at the bottom edge.
    m_text->ensureCursorVisible();
    const QRect r = m_text->cursorRect(cursor);
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + r.center().y() - m_text->viewport()->height() / 2);
    m_copyButton->setEnabled(true);
    return true;
}

void SourceReader::markPassages()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QPalette pal = palette();
    QColor light = pal.color(QPalette::Highlight);
    light.setAlphaF(0.18F);
    QColor strong = pal.color(QPalette::Highlight);
    strong.setAlphaF(0.45F);
    for (const auto &p : m_passages) {
        const auto [first, last] = rangeOf(p);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(first);
        mark.cursor.setPosition(last, QTextCursor::KeepAnchor);
        const bool active = m_passage && p.id == *m_passage;
        mark.format.setBackground(active ? strong : light);
        mark.format.setToolTip(active ? tr("The passage you opened") : tr("A linked passage: click to see its events"));
        if (!active) {
            mark.format.setUnderlineStyle(QTextCharFormat::DotLine);
        }
        marks << mark;
    }
    m_text->setExtraSelections(marks);
}

bool SourceReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A press and release in (nearly) the same place is a click; a
            // longer move selected text. The selection itself cannot tell:
            // the opened passage is selected, and a click inside a selection
            // only clears it after this handler.
            const QPoint pos = mouse->position().toPoint();
            if (mouse->button() == Qt::LeftButton
                && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
                const int position = m_text->cursorForPosition(pos).position();
                for (const auto &p : m_passages) {
                    const auto [first, last] = rangeOf(p);
                    if (position >= first && position < last) {
                        emit passageClicked(p.id);
                        break;
                    }
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SourceReader::copyQuoteWithCitation()
{
    if (!m_passage) {
        return;
    }
    for (const auto &p : m_passages) {
        if (p.id == *m_passage) {
            QApplication::clipboard()->setText(core::formatQuoteWithCitation(p, m_source, locale()));
            return;
        }
    }
}

} // namespace ict::app
