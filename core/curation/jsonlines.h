#pragma once

// Reading JSON Lines with positions: every record remembers its file and
// line, so every problem is reported as `file:line: what is wrong`, the way a
// compiler reports an error, and a curator can jump straight to it.

#include <QJsonObject>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ict::core::curation {

struct Location {
    // Constructors rather than an aggregate: GCC 12 at -O3 reports a false
    // -Wmaybe-uninitialized for std::string members of braced temporaries.
    Location() = default;
    Location(std::string f, int l) : file(std::move(f)), line(l) {}

    std::string file; // relative to the data directory, e.g. "events/cybercrime.jsonl"
    int line = 0;     // 1-based; 0 when the problem concerns the whole file
};

struct Diagnostic {
    Diagnostic() = default;
    Diagnostic(Location w, std::string m) : where(std::move(w)), message(std::move(m)) {}

    Location where;
    std::string message;
    std::string toString() const;
};
using Diagnostics = std::vector<Diagnostic>;

struct JsonLine {
    Location where;
    QJsonObject object;
};

// Reads `relative` below `root`. Blank lines and lines starting with `//` are
// skipped; a line that is not a JSON object becomes a diagnostic.
std::vector<JsonLine> readJsonLines(const std::filesystem::path &root, const std::string &relative,
                                    Diagnostics &diagnostics);

// Typed access to one record's fields. Each accessor reports a missing or
// mistyped field as a diagnostic that names the record ("event 'x'") and
// returns an empty value, so one pass reports every problem in a file.
class FieldReader {
public:
    FieldReader(const JsonLine &line, std::string what, Diagnostics &diagnostics);

    void setWhat(std::string what) { m_what = std::move(what); }
    const Location &where() const { return m_line.where; }

    std::string requiredString(const char *key);
    std::optional<std::string> optionalString(const char *key);
    bool optionalBool(const char *key, bool fallback);
    std::vector<std::string> stringList(const char *key);
    // A non-negative whole number or null/absent; a negative count is
    // reported with `context` (e.g. "plenary").
    std::optional<std::int64_t> optionalCount(const QJsonObject &object, const char *key, std::string_view context);
    std::vector<QJsonObject> objectList(const char *key);
    // Reports every key not in `known`: a typo such as "topic" for "topics"
    // must not silently drop data.
    void rejectUnknownKeys(const QJsonObject &object, std::initializer_list<const char *> known);
    void error(std::string message);

    static std::optional<std::string> stringIn(const QJsonObject &object, const char *key);

private:
    const JsonLine &m_line;
    std::string m_what;
    Diagnostics &m_diagnostics;
};

} // namespace ict::core::curation
