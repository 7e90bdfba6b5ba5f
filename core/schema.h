#pragma once

namespace ict::core {

// The schema version this build reads and writes; also PRAGMA user_version.
// A database with a higher version was made by a newer ICTimeline.
inline constexpr int kSchemaVersion = 1;

// The text of db/schema.sql, compiled in.
extern const char *const kSchemaSql;

} // namespace ict::core
