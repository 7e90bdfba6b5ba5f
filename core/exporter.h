#pragma once

// Exports a database in the public formats of docs/data-format.md: JSON
// ("format": "ictimeline-export", version 1) with sources, events and
// passages, and CSV with one row per event. Other tools rely on these, so
// field names and meanings only ever grow, never change.

#include "core/result.h"

#include <string>

namespace ict::core {

class TimelineDatabase;

enum class ExportFormat { Json, Csv };

inline constexpr int kExportFormatVersion = 1;

Result<std::string> exportDatabase(const TimelineDatabase &db, ExportFormat format);

// Counts per forum, topic and year, as text for `ictimeline-db stats`.
Result<std::string> describeStatistics(const TimelineDatabase &db);

// One event with its citations, votes and passages, as text for `ictimeline-db show`.
Result<std::string> describeEvent(const TimelineDatabase &db, const std::string &slug);

} // namespace ict::core
