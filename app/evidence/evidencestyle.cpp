#include "evidence/evidencestyle.h"

#include "core/citationtext.h"
#include "core/timelinedatabase.h"

#include <QCoreApplication>

namespace ict::app {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives tr() the context "ict::app::Evidence" in a way
// lupdate understands, so the .ts files file these strings where they are used.
struct Evidence {
    Q_DECLARE_TR_FUNCTIONS(ict::app::Evidence)
};


QString badge(const QString &text, const QColor &background)
{
    // White on a mid-tone background reads in light and dark mode alike.
    return u"<span style='background-color:" + background.name() + u"; color:#ffffff'>&nbsp;" + text.toHtmlEscaped()
           + u"&nbsp;</span>";
}

} // namespace

QColor mutedColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5, (text.greenF() * 3 + base.greenF() * 2) / 5,
                            (text.blueF() * 3 + base.blueF() * 2) / 5);
}

QString kindName(const std::string &kind)
{
    static const std::pair<const char *, const char *> names[] = {
        {"resolution-adopted", QT_TRANSLATE_NOOP("ict::app::Evidence", "Resolution adopted")},
        {"draft-tabled", QT_TRANSLATE_NOOP("ict::app::Evidence", "Draft tabled")},
        {"committee-vote", QT_TRANSLATE_NOOP("ict::app::Evidence", "Committee vote")},
        {"report-adopted", QT_TRANSLATE_NOOP("ict::app::Evidence", "Report adopted")},
        {"session", QT_TRANSLATE_NOOP("ict::app::Evidence", "Session")},
        {"treaty-adopted", QT_TRANSLATE_NOOP("ict::app::Evidence", "Treaty adopted")},
        {"treaty-signature", QT_TRANSLATE_NOOP("ict::app::Evidence", "Treaty opened for signature")},
        {"treaty-in-force", QT_TRANSLATE_NOOP("ict::app::Evidence", "Treaty in force")},
        {"meeting", QT_TRANSLATE_NOOP("ict::app::Evidence", "Meeting")},
        {"statement", QT_TRANSLATE_NOOP("ict::app::Evidence", "Statement")},
        {"publication", QT_TRANSLATE_NOOP("ict::app::Evidence", "Publication")},
        {"other", QT_TRANSLATE_NOOP("ict::app::Evidence", "Other")},
    };
    for (const auto &[slug, name] : names) {
        if (kind == slug) {
            return Evidence::tr(name);
        }
    }
    return QString::fromStdString(kind);
}

QString stageName(const std::string &stage)
{
    if (stage == "first-committee") {
        return Evidence::tr("First Committee");
    }
    if (stage == "third-committee") {
        return Evidence::tr("Third Committee");
    }
    if (stage == "plenary") {
        return Evidence::tr("Plenary");
    }
    if (stage == "committee") {
        return Evidence::tr("Committee");
    }
    if (stage == "council") {
        return Evidence::tr("Council");
    }
    return QString::fromStdString(stage);
}

QString relationName(const std::string &relation)
{
    if (relation == "supports") {
        return Evidence::tr("supports");
    }
    if (relation == "mentions") {
        return Evidence::tr("mentions");
    }
    if (relation == "disputes") {
        return Evidence::tr("disputes");
    }
    return QString::fromStdString(relation);
}

QString labelName(const std::string &label)
{
    if (label == "record") {
        return Evidence::tr("record");
    }
    if (label == "statement") {
        return Evidence::tr("statement");
    }
    if (label == "claim") {
        return Evidence::tr("claim");
    }
    if (label == "reported") {
        return Evidence::tr("reported");
    }
    if (label == "summary") {
        return Evidence::tr("curators' summary");
    }
    return QString::fromStdString(label);
}

QString topicName(const core::TimelineDatabase *db, const std::string &slug)
{
    if (db) {
        if (auto i = db->dataset().topicIndex(slug)) {
            return QString::fromStdString(db->dataset().topicList()[static_cast<std::size_t>(*i)].name);
        }
    }
    return QString::fromStdString(slug);
}

QString statusBadge(const std::string &status, const QPalette &)
{
    if (status == "verified") {
        return badge(Evidence::tr("verified"), QColor(0x1b, 0x7a, 0x3d));
    }
    if (status == "partly-verified") {
        return badge(Evidence::tr("partly verified"), QColor(0x9a, 0x6a, 0x00));
    }
    return badge(Evidence::tr("unverified"), QColor(0xb0, 0x3a, 0x2e));
}

QString labelBadge(const std::string &label, const QPalette &)
{
    // Distinct hues that stay apart for the common colour-vision deficiencies
    // (blue / orange / purple / grey / green from the Okabe–Ito set).
    QColor c(0x55, 0x55, 0x55);
    if (label == "record") {
        c = QColor(0x00, 0x72, 0xb2);
    } else if (label == "statement") {
        c = QColor(0x00, 0x7a, 0x5e);
    } else if (label == "claim") {
        c = QColor(0xc2, 0x5a, 0x00);
    } else if (label == "summary") {
        c = QColor(0x8e, 0x44, 0x8a);
    }
    return badge(labelName(label).toUpper(), c);
}

bool isOpinionPiece(const std::string &sourceKind)
{
    return sourceKind == "article";
}

QString sourceHeading(const core::TimelineDatabase *db, std::int64_t sourceId, const QPalette &palette,
                      const QLocale &locale)
{
    if (!db) {
        return {};
    }
    auto source = db->source(sourceId);
    if (!source) {
        return {};
    }
    QString html = u"<p style='margin-bottom:2px'><b>" + core::formatSourceReference(*source, locale).toHtmlEscaped()
                   + u"</b>";
    if (isOpinionPiece(source->kind)) {
        html += u"<br/><span style='color:" + mutedColour(palette).name() + u"'><i>"
                + Evidence::tr("An opinion piece: its passages are the author's claims or stated positions, not verified facts.")
                + u"</i></span>";
    }
    return html + u"</p>";
}

} // namespace ict::app
