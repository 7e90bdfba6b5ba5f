#pragma once

// `ictimeline-db synth`: a database in the real schema filled with generated
// events, for performance work and for testing the app at a scale the curated
// data will never reach. The output is a pure function of (events, seed,
// generator string, SQLite version): no clock, no addresses, no hash order,
// so two runs with the same arguments write the same bytes.
//
// What it holds: the forum tree, the 11 topics and a few actors (see
// vocabulary.h); events clustered around sessions (dates.h), each with a
// forum, 1-3 topics, a kind, a status, one or two citations, sometimes votes,
// actors and a related event; one source text per 50 events and about one
// passage per 10 events, each quoting whole sentences at their code-point
// offsets and linked to one or two events; the full-text indexes.

#include "core/result.h"

#include <cstdint>
#include <string>

namespace ict::core::synth {

inline constexpr std::int64_t kMaxEvents = 10'000'000;
inline constexpr std::int64_t kEventsPerSource = 50;

struct Options {
    std::int64_t events = 0; // 1 .. kMaxEvents
    std::uint64_t seed = 1;
    // meta 'generator': the program and its version. The event count and the
    // seed are appended, so the file says how to make it again.
    std::string generator = "ictimeline synth";
};

struct Summary {
    std::int64_t events = 0;
    std::int64_t sources = 0;
    std::int64_t passages = 0;
};

// Writes a new database at `outPath`, through `outPath`.tmp renamed into
// place, so a failure (or a kill) never leaves a half-written file where the
// app would open it. Errors: InvalidArgument (event count out of range), Io,
// Sqlite, and InvalidData if the generator contradicted itself (a bug).
Result<Summary> writeSyntheticDatabase(const Options &options, const std::string &outPath);

} // namespace ict::core::synth
