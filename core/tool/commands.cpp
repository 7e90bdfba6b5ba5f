#include "tool/commands.h"

#include "core/curation/databasewriter.h"
#include "core/curation/validator.h"
#include "core/exporter.h"
#include "core/synth/generator.h"
#include "core/timelinedatabase.h"
#include "core/version.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace ict::tool {

namespace fs = std::filesystem;
using namespace ict::core;

namespace {

void printDiagnostics(const curation::Diagnostics &diagnostics, const std::string &base)
{
    for (const auto &d : diagnostics) {
        curation::Diagnostic shown = d;
        // Paths relative to the data directory become paths a terminal or an
        // editor can open from where the command ran.
        if (!base.empty() && shown.where.line > 0) {
            shown.where.file = (fs::path(base) / shown.where.file).lexically_normal().string();
        }
        std::cerr << shown.toString() << "\n";
    }
}

// ISO 8601 UTC. SOURCE_DATE_EPOCH (reproducible-builds.org) pins it.
std::string buildTime()
{
    std::time_t t = std::time(nullptr);
    if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    }
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

bool readAndValidate(const std::string &dir, curation::CuratedData &data)
{
    curation::Diagnostics diagnostics;
    data = curation::readCuratedDirectory(dir, diagnostics);
    curation::validate(data, diagnostics);
    if (!diagnostics.empty()) {
        printDiagnostics(diagnostics, dir);
        std::cerr << diagnostics.size() << (diagnostics.size() == 1 ? " problem" : " problems") << " in " << dir
                  << "\n";
        return false;
    }
    return true;
}

Result<TimelineDatabase> openOrReport(const std::string &file)
{
    auto db = TimelineDatabase::open(file);
    if (!db) {
        std::cerr << "error: " << db.error().message << "\n";
    }
    return db;
}

} // namespace

int build(const std::string &dir, const std::string &out)
{
    curation::CuratedData data;
    if (!readAndValidate(dir, data)) {
        std::cerr << "error: not building " << out << "\n";
        return kExitInvalid;
    }
    const std::string generator = std::string("ictimeline-db ") + kVersion;
    if (auto r = curation::writeDatabase(data, out, buildTime(), generator); !r) {
        std::cerr << "error: " << r.error().message << "\n";
        return kExitInvalid;
    }
    // The file is checked as the app will read it, passage offsets included.
    const auto diagnostics = curation::validateDatabaseFile(out);
    if (!diagnostics.empty()) {
        printDiagnostics(diagnostics, {});
        std::error_code ec;
        fs::remove(out, ec);
        return kExitInvalid;
    }
    std::cout << "built " << out << ": " << data.events.size() << " events, " << data.passages.size()
              << " passages, " << data.sources.size() << " sources\n";
    return kExitOk;
}

int validate(const std::string &path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        curation::CuratedData data;
        if (!readAndValidate(path, data)) {
            return kExitInvalid;
        }
        std::cout << path << ": ok (" << data.events.size() << " events, " << data.passages.size() << " passages, "
                  << data.sources.size() << " sources)\n";
        return kExitOk;
    }
    const auto diagnostics = curation::validateDatabaseFile(path);
    if (!diagnostics.empty()) {
        printDiagnostics(diagnostics, {});
        return kExitInvalid;
    }
    auto db = openOrReport(path);
    if (!db) {
        return kExitInvalid;
    }
    std::cout << path << ": ok (" << db->dataset().size() << " events)\n";
    return kExitOk;
}

int stats(const std::string &file)
{
    auto db = openOrReport(file);
    if (!db) {
        return kExitInvalid;
    }
    auto text = describeStatistics(*db);
    if (!text) {
        std::cerr << "error: " << text.error().message << "\n";
        return kExitInvalid;
    }
    std::cout << *text;
    return kExitOk;
}

int show(const std::string &file, const std::string &eventId)
{
    auto db = openOrReport(file);
    if (!db) {
        return kExitInvalid;
    }
    auto text = describeEvent(*db, eventId);
    if (!text) {
        std::cerr << "error: " << text.error().message << "\n";
        return kExitInvalid;
    }
    std::cout << *text;
    return kExitOk;
}

int exportTo(const std::string &file, const std::string &format, const std::string &out)
{
    ExportFormat f{};
    if (format == "json") {
        f = ExportFormat::Json;
    } else if (format == "csv") {
        f = ExportFormat::Csv;
    } else {
        std::cerr << "error: unknown export format '" << format << "' (use json or csv)\n";
        return kExitUsage;
    }
    auto db = openOrReport(file);
    if (!db) {
        return kExitInvalid;
    }
    auto text = exportDatabase(*db, f);
    if (!text) {
        std::cerr << "error: " << text.error().message << "\n";
        return kExitInvalid;
    }
    if (out == "-") {
        std::cout << *text;
        return kExitOk;
    }
    const std::string tmp = out + ".tmp";
    {
        std::ofstream o(tmp, std::ios::binary);
        o << *text;
        if (!o) {
            std::cerr << "error: cannot write " << out << "\n";
            return kExitInvalid;
        }
    }
    std::error_code ec;
    fs::rename(tmp, out, ec);
    if (ec) {
        std::cerr << "error: cannot write " << out << ": " << ec.message() << "\n";
        return kExitInvalid;
    }
    std::cout << "wrote " << out << "\n";
    return kExitOk;
}

int synth(std::int64_t events, std::uint64_t seed, const std::string &out)
{
    synth::Options options;
    options.events = events;
    options.seed = seed;
    options.generator = std::string("ictimeline-db ") + kVersion;
    auto written = synth::writeSyntheticDatabase(options, out);
    if (!written) {
        std::cerr << "error: " << written.error().message << "\n";
        return written.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitInvalid;
    }
    const auto counted
        = [](std::int64_t n, const char *noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); };
    std::cout << "wrote " << out << ": " << counted(written->events, "event") << ", "
              << counted(written->sources, "source") << ", " << counted(written->passages, "passage") << "\n";
    return kExitOk;
}

} // namespace ict::tool
