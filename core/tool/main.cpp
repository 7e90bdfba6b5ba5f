// ictimeline-db: builds, checks and exports ICTimeline databases. It links
// ictimeline_core alone (no GUI module): if it builds, the layer
// split holds.

#include "core/synth/generator.h"
#include "core/version.h"
#include "tool/commands.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdint>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

namespace {

constexpr const char *kUsage = R"(Usage: ictimeline-db COMMAND [ARGS]

Build, check and export ICTimeline databases.

Commands:
  build DIR OUT.sqlite          Build a database from the curated text in DIR (db/).
                                Writes a temporary file and renames it into place.
  validate DIR|FILE.sqlite      Check curated text or a built database; prints
                                file:line: problem for each problem found.
  stats FILE.sqlite             Counts per forum, topic and year.
  show FILE.sqlite EVENT-ID     One event with its citations, votes and passages.
  export FILE.sqlite --format json|csv OUT
                                Export (OUT may be - for standard output); the
                                formats are described in docs/data-format.md.
  synth --events N [--seed S] OUT.sqlite
                                Write a synthetic database of N events (1 to
                                10,000,000) in the real schema, for performance
                                work. The same N and S (default 1) always give
                                the same bytes.

Options:
  -h, --help                    Show this help.
  --version                     Show the version.

Exit status: 0 success, 1 invalid data or file, 2 wrong command line.
)";

int usageError(const std::string &message)
{
    std::cerr << "ictimeline-db: " << message << "\n\n" << kUsage;
    return ict::tool::kExitUsage;
}

// A whole decimal number in [min, max]; no sign, no spaces, no suffix.
template <typename T> bool parseNumber(const std::string &text, T min, T max, T &out)
{
    T value {};
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || text.front() == '-' || ec != std::errc() || ptr != end || value < min || value > max) {
        return false;
    }
    out = value;
    return true;
}

// synth --events N [--seed S] OUT.sqlite, options in any order.
int runSynth(const std::vector<std::string> &args)
{
    constexpr std::int64_t kMaxEvents = ict::core::synth::kMaxEvents;
    std::int64_t events = 0;
    std::uint64_t seed = 1;
    bool haveEvents = false;
    std::string out;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--events" || a == "--seed") {
            if (i + 1 == args.size()) {
                return usageError("synth: " + a + " needs a value");
            }
            const std::string &value = args[++i];
            if (a == "--events") {
                if (!parseNumber<std::int64_t>(value, 1, kMaxEvents, events)) {
                    return usageError("synth: --events must be a whole number from 1 to " + std::to_string(kMaxEvents)
                        + ", not '" + value + "'");
                }
                haveEvents = true;
            } else if (!parseNumber<std::uint64_t>(value, 0, std::numeric_limits<std::uint64_t>::max(), seed)) {
                return usageError("synth: --seed must be a whole number from 0 to 2^64 - 1, not '" + value + "'");
            }
        } else if (a.size() > 1 && a.front() == '-') {
            return usageError("synth: unknown option '" + a + "'");
        } else if (out.empty()) {
            out = a;
        } else {
            return usageError("synth: more than one output file ('" + out + "', '" + a + "')");
        }
    }
    if (!haveEvents) {
        return usageError("synth needs --events N");
    }
    if (out.empty()) {
        return usageError("synth needs OUT.sqlite");
    }
    return ict::tool::synth(events, seed, out);
}

} // namespace

int main(int argc, char **argv)
{
    // Logging goes to stderr and stays quiet unless something is wrong, so
    // stdout carries only the command's output (exports may go to stdout).
    spdlog::set_level(spdlog::level::warn);
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        return usageError("no command given");
    }
    const std::string &command = args[0];
    if (command == "-h" || command == "--help" || command == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (command == "--version") {
        std::cout << "ictimeline-db " << ict::core::kVersion << "\n";
        return 0;
    }
    if (command == "build") {
        return args.size() == 3 ? ict::tool::build(args[1], args[2]) : usageError("build needs DIR and OUT.sqlite");
    }
    if (command == "validate") {
        return args.size() == 2 ? ict::tool::validate(args[1]) : usageError("validate needs DIR or FILE.sqlite");
    }
    if (command == "stats") {
        return args.size() == 2 ? ict::tool::stats(args[1]) : usageError("stats needs FILE.sqlite");
    }
    if (command == "show") {
        return args.size() == 3 ? ict::tool::show(args[1], args[2]) : usageError("show needs FILE.sqlite and EVENT-ID");
    }
    if (command == "export") {
        if (args.size() == 5 && args[2] == "--format") {
            return ict::tool::exportTo(args[1], args[3], args[4]);
        }
        return usageError("export needs FILE.sqlite --format json|csv OUT");
    }
    if (command == "synth") {
        return runSynth(args);
    }
    return usageError("unknown command '" + command + "'");
}
