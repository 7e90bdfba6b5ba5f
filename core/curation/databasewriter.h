#pragma once

#include "core/curation/curatedtext.h"
#include "core/result.h"

#include <string>

namespace ict::core::curation {

// Writes validated curated data into a new database at `outPath`. It writes
// to a temporary file beside it and renames it into place, so a failed build
// never leaves a half-written database where the app would open it.
// `builtAt` is an ISO 8601 time; `generator` names the program and version.
Result<void> writeDatabase(const CuratedData &data, const std::string &outPath, const std::string &builtAt,
                           const std::string &generator);

} // namespace ict::core::curation
