#pragma once

// The subcommands of ictimeline-db. Each returns the process exit code:
// 0 success, 1 the data or file is invalid, 2 the command line is wrong.

#include <cstdint>
#include <string>
#include <vector>

namespace ict::tool {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

int build(const std::string &dir, const std::string &out);
int validate(const std::string &path);
int stats(const std::string &file);
int show(const std::string &file, const std::string &eventId);
int exportTo(const std::string &file, const std::string &format, const std::string &out);
// Writes a synthetic database of `events` events (1 .. 10,000,000; the
// command line checks the range) from `seed`.
int synth(std::int64_t events, std::uint64_t seed, const std::string &out);

} // namespace ict::tool
