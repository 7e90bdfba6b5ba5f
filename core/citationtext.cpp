#include "core/citationtext.h"

#include "core/datetext.h"

#include <QCoreApplication>

namespace ict::core {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives tr() the context "ict::core::CitationText" in a way
// lupdate understands, so the .ts files file these strings where they are used.
struct CitationText {
    Q_DECLARE_TR_FUNCTIONS(ict::core::CitationText)
};


QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString formatCitation(const EventDetails &event, const Citation &citation, const QLocale &locale)
{
    const QString date = describeDates(event.startText, event.endText, locale);
    if (!citation.symbol.empty()) {
        const QString symbol = q(citation.symbol);
        QString what;
        if (symbol.startsWith(u"A/RES/")) {
            what = CitationText::tr("UN General Assembly resolution %1").arg(symbol.mid(6));
        } else if (symbol.startsWith(u"A/HRC/RES/")) {
            what = CitationText::tr("UN Human Rights Council resolution %1").arg(symbol.mid(10));
        } else {
            what = CitationText::tr("UN document");
        }
        QString text = what + u", " + symbol;
        if (!citation.pinpoint.empty()) {
            text += u", " + q(citation.pinpoint);
        }
        return text + u", " + date;
    }
    QString text = q(event.title) + u", " + date;
    if (!citation.pinpoint.empty()) {
        text += u", " + q(citation.pinpoint);
    }
    if (!citation.url.empty()) {
        text += u", " + q(citation.url);
    }
    return text;
}

QString formatSourceReference(const SourceInfo &source, const QLocale &locale)
{
    QStringList parts;
    if (!source.author.empty()) {
        parts << (source.authorAttributed ? CitationText::tr("%1 (attributed)").arg(q(source.author)) : q(source.author));
    }
    parts << (source.titleReconstructed ? CitationText::tr("%1 (title reconstructed)").arg(q(source.title)) : q(source.title));
    if (!source.outlet.empty()) {
        parts << q(source.outlet);
    }
    if (!source.date.empty()) {
        parts << describeDates(source.date, {}, locale);
    }
    if (!source.symbol.empty()) {
        parts << q(source.symbol);
    }
    if (!source.url.empty()) {
        parts << q(source.url);
    }
    return parts.join(u", ");
}

QString formatQuoteWithCitation(const PassageInfo &passage, const SourceInfo &source, const QLocale &locale)
{
    return u"\u201c" + q(passage.exact) + u"\u201d \u2014 " + formatSourceReference(source, locale);
}

} // namespace ict::core
