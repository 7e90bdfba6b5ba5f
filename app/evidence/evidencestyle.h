#pragma once

// Shared look of the evidence views: display names for the vocabularies
// (translatable; slugs never are), the badges that say what kind of evidence
// a passage is, and the heading that marks opinion pieces as the author's
// claims. Colours derive from the palette so dark mode stays readable.

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

#include <cstdint>
#include <string>

namespace ict::core {
class TimelineDatabase;
}

namespace ict::app {

QColor mutedColour(const QPalette &palette);
QString kindName(const std::string &kind);
QString stageName(const std::string &stage);
QString relationName(const std::string &relation);
QString labelName(const std::string &label);
QString topicName(const core::TimelineDatabase *db, const std::string &slug);
QString statusBadge(const std::string &status, const QPalette &palette);
QString labelBadge(const std::string &label, const QPalette &palette);
// Author (marked "attributed" where so), outlet, date; and for opinion
// pieces a line saying their statements are the author's claims.
QString sourceHeading(const core::TimelineDatabase *db, std::int64_t sourceId, const QPalette &palette,
                      const QLocale &locale);
bool isOpinionPiece(const std::string &sourceKind);

} // namespace ict::app
