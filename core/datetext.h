#pragma once

// Dates the way a person reads them, with their precision and uncertainty in
// words: "4 December 1998", "December 1998", "about 2023", "June 2017
// (uncertain)", "29 July – 9 August 2024", "from 25 October 2025". Month
// names come from the QLocale passed in, so Russian reads as Russian.

#include "core/edtf.h"

#include <QLocale>
#include <QString>

namespace ict::core {

QString describeDate(const EdtfDate &date, const QLocale &locale);
QString describeEdtf(const Edtf &value, const QLocale &locale);

// Parses `start` (and `end`, empty for a single date) and describes them; on
// a parse error returns the text as written.
QString describeDates(std::string_view start, std::string_view end, const QLocale &locale);

} // namespace ict::core
