#include "evidence/detailspane.h"

#include "core/citationtext.h"
#include "core/datetext.h"
#include "core/timelinedatabase.h"
#include "evidence/evidencestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace ict::app {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString esc(const std::string &s)
{
    return q(s).toHtmlEscaped();
}

QString count(const std::optional<std::int64_t> &v)
{
    return v ? QString::number(*v) : DetailsPane::tr("unknown");
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_copyButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    m_browser->setOpenLinks(false); // every link is handled in onAnchor
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailsPane::onAnchor);

    m_copyButton->setObjectName(QStringLiteral("copyCitationButton"));
    m_copyButton->setText(tr("Copy citation"));
    m_copyButton->setToolTip(tr("Copy a formatted reference to the primary document"));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QToolButton::clicked, this, &DetailsPane::copyCitation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 6);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    clear();
}

void DetailsPane::setDatabase(const core::TimelineDatabase *db)
{
    m_db = db;
    clear();
}

void DetailsPane::clear()
{
    m_event.reset();
    m_details = {};
    m_copyButton->setEnabled(false);
    m_browser->setHtml(u"<p style='color:%1'>"_s.arg(mutedColour(palette()).name())
                       + tr("Select an event on the timeline to see its dates, votes, documents and the source "
                            "passages that speak of it.")
                       + u"</p>");
}

void DetailsPane::showEvent(core::EventIndex event)
{
    if (!m_db) {
        return;
    }
    auto details = m_db->details(event);
    auto passages = m_db->passagesOf(event);
    if (!details || !passages) {
        const std::string message = !details ? details.error().message : passages.error().message;
        spdlog::warn("cannot show event {}: {}", event, message);
        m_browser->setHtml(u"<p>"_s + tr("Cannot read this event: %1").arg(q(message).toHtmlEscaped()) + u"</p>");
        return;
    }
    m_event = event;
    m_details = std::move(*details);
    m_copyButton->setEnabled(!m_details.citations.empty());
    m_browser->setHtml(render(m_details, *passages));
}

QString DetailsPane::plainText() const
{
    return m_browser->toPlainText();
}

QString DetailsPane::citationText() const
{
    if (!m_event || m_details.citations.empty()) {
        return {};
    }
    return core::formatCitation(m_details, m_details.citations.front(), locale());
}

void DetailsPane::copyCitation()
{
    const QString text = citationText();
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void DetailsPane::onAnchor(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"ict-passage") {
        emit passageActivated(url.path().toLongLong());
    } else if (scheme == u"ict-event") {
        emit eventActivated(static_cast<core::EventIndex>(url.path().toULong()));
    } else if (scheme == u"ict-copy") {
        const auto i = url.path().toULong();
        if (i < m_details.citations.size()) {
            QApplication::clipboard()->setText(core::formatCitation(m_details, m_details.citations[i], locale()));
        }
    } else if (scheme == u"http" || scheme == u"https") {
        QDesktopServices::openUrl(url);
    }
}

QString DetailsPane::render(const core::EventDetails &d, const std::vector<core::PassageInfo> &passages) const
{
    const QPalette pal = palette();
    const QString muted = mutedColour(pal).name();
    QString html;
    html += u"<h2 style='margin-bottom:2px'>" + esc(d.title) + u"</h2>";
    html += u"<p style='margin-top:0'><b>" + core::describeDates(d.startText, d.endText, locale()).toHtmlEscaped() + u"</b>";
    html += u" &nbsp;·&nbsp; " + esc(d.forumName) + u"<br/><span style='color:" + muted + u"'>"
            + kindName(d.kind).toHtmlEscaped() + u" &nbsp;·&nbsp; ";
    QStringList topics;
    for (const auto &t : d.topicSlugs) {
        topics << topicName(m_db, t);
    }
    html += topics.join(u", ").toHtmlEscaped() + u"</span></p>";
    html += u"<p>" + statusBadge(d.status, pal) + u"</p>";
    if (!d.note.empty()) {
        html += u"<p style='color:" + muted + u"'><i>" + tr("Note:") + u"</i> " + esc(d.note) + u"</p>";
    }
    html += u"<p>" + esc(d.summary) + u"</p>";

    if (!d.votes.empty()) {
        html += u"<h3>" + tr("Votes") + u"</h3><table cellpadding='3' cellspacing='0' border='0'>";
        html += u"<tr><th align='left'>" + tr("Stage") + u"</th><th align='right'>" + tr("In favour")
                + u"</th><th align='right'>" + tr("Against") + u"</th><th align='right'>" + tr("Abstaining")
                + u"</th></tr>";
        for (const auto &v : d.votes) {
            html += u"<tr><td>" + stageName(v.stage).toHtmlEscaped();
            if (!v.document.empty()) {
                html += u" <span style='color:" + muted + u"'>(" + esc(v.document) + u")</span>";
            }
            html += u"</td>";
            if (v.withoutVote) {
                html += u"<td colspan='3'>" + tr("adopted without a vote") + u"</td>";
            } else {
                html += u"<td align='right'>" + count(v.inFavour) + u"</td><td align='right'>" + count(v.against)
                        + u"</td><td align='right'>" + count(v.abstaining) + u"</td>";
            }
            html += u"</tr>";
        }
        html += u"</table>";
    }

    if (!d.citations.empty()) {
        html += u"<h3>" + tr("Documents") + u"</h3><ul style='margin-left:-20px'>";
        for (std::size_t i = 0; i < d.citations.size(); ++i) {
            const auto &c = d.citations[i];
            const QString link = q(c.link());
            QString label = !c.symbol.empty() ? q(c.symbol) : (!c.sourceSlug.empty() ? q(c.sourceSlug) : link);
            html += u"<li>";
            if (!link.isEmpty()) {
                html += u"<a href='" + link.toHtmlEscaped() + u"'>" + label.toHtmlEscaped() + u"</a>";
            } else {
                html += label.toHtmlEscaped();
            }
            if (!c.pinpoint.empty()) {
                html += u" <span style='color:" + muted + u"'>" + esc(c.pinpoint) + u"</span>";
            }
            html += u" &nbsp;<a href='ict-copy:" + QString::number(i) + u"' style='color:" + muted + u"'>"
                    + tr("copy") + u"</a></li>";
        }
        html += u"</ul>";
    }

    html += u"<h3>" + tr("What the sources say") + u"</h3>";
    if (passages.empty()) {
        html += u"<p style='color:" + muted + u"'>" + tr("No source passage is linked to this event.") + u"</p>";
    }
    std::string lastSource;
    for (const auto &p : passages) {
        if (p.sourceSlug != lastSource) {
            lastSource = p.sourceSlug;
            html += sourceHeading(m_db, p.sourceId, pal, locale());
        }
        html += u"<p style='margin-left:8px'>" + labelBadge(p.label, pal) + u" <span style='color:" + muted
                + u"'>" + relationName(p.relation).toHtmlEscaped() + u"</span><br/>"
                + u"<a href='ict-passage:" + QString::number(p.id) + u"' style='text-decoration:none'>\u201c"
                + esc(p.exact) + u"\u201d</a></p>";
    }

    if (!d.related.empty() && m_db) {
        html += u"<h3>" + tr("Related events") + u"</h3><ul style='margin-left:-20px'>";
        const auto &ds = m_db->dataset();
        for (auto r : d.related) {
            html += u"<li><a href='ict-event:" + QString::number(r) + u"'>"
                    + QString::fromUtf8(ds.title(r).data(), static_cast<qsizetype>(ds.title(r).size())).toHtmlEscaped()
                    + u"</a> <span style='color:" + muted + u"'>"
                    + core::describeDates(ds.startText(r), ds.endText(r), locale()).toHtmlEscaped() + u"</span></li>";
        }
        html += u"</ul>";
    }
    return html;
}

} // namespace ict::app
