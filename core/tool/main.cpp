// ictimeline-db: builds, checks and exports ICTimeline databases. It links
// ictimeline_core alone (no GUI module): if it builds, the layer
// split holds.

#include "core/version.h"
#include "tool/commands.h"

#include <spdlog/spdlog.h>

#include <iostream>
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
    return usageError("unknown command '" + command + "'");
}
