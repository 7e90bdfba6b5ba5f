#pragma once

// Reading a database's events into a Dataset: the one query over the event
// table in start order, each row's dates parsed and its kind, status and
// forum mapped, every row checked. A large database is read on two threads:
// the caller's steps SQLite and copies rows into batches, a second parses and
// appends them, so SQLite's own reading sets the pace. TimelineDatabase::open
// calls it; the topics are read apart (timelinedatabase.cpp).

#include "core/dataset.h"
#include "core/result.h"

#include <cstdint>
#include <string>

namespace ict::core {
namespace sql {
class Database;
}

namespace loader {

// Below this many events, more threads and a second connection cost more
// than they save (about 2 ms for the curated database, which the app opens
// at every start).
inline constexpr std::int64_t kParallelFrom = 20'000;

// Appends every event of `db` (`count` rows, for reserving) to `dataset`, in
// start order; the taxonomy must be set. `pipelined`: on two threads. The
// first bad row, in either mode, ends the load with an InvalidData error that
// names the file (`path`) and the event.
Result<void> loadEvents(sql::Database &db, const std::string &path, std::int64_t count, bool pipelined,
                        Dataset &dataset);

} // namespace loader
} // namespace ict::core
