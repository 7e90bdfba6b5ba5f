#pragma once

// The rules curated data must follow (docs/data-format.md, "Validation
// rules"). validate() checks the records read from db/ and derives what the
// build stores: each event's date bounds and each passage's offsets, prefix
// and suffix. validateDatabaseFile() checks a built .sqlite file, including
// that every passage's exact text really stands at its offsets.

#include "core/curation/curatedtext.h"

#include <string>

namespace ict::core::curation {

void validate(CuratedData &data, Diagnostics &diagnostics);

Diagnostics validateDatabaseFile(const std::string &path);

// A slug as ids use them: [a-z0-9][a-z0-9-]*.
bool isSlug(std::string_view id);

} // namespace ict::core::curation
