#pragma once

// References as a reader would paste them into a paper:
//   "UN General Assembly resolution 53/70, A/RES/53/70, 4 December 1998"
//   "“quote” — Andrey V. Krutskikh, International information security: …
//    (title reconstructed), The Diplomatic Insight, about 2023"

#include "core/evidence.h"

#include <QLocale>
#include <QString>

namespace ict::core {

QString formatCitation(const EventDetails &event, const Citation &citation, const QLocale &locale);
QString formatSourceReference(const SourceInfo &source, const QLocale &locale);
QString formatQuoteWithCitation(const PassageInfo &passage, const SourceInfo &source, const QLocale &locale);

} // namespace ict::core
