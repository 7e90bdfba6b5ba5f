#pragma once

// A small RAII layer over the SQLite C API. Every sqlite3_* return code is
// checked and turned into an Error that carries SQLite's own message, so a
// caller can show "database disk image is malformed" rather than "error 11".
// sqlite3.h stays out of this header: only core's .cpp files see it.

#include "core/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ict::core::sql {

class Statement;

class Database {
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    // Opens `path`. ReadOnly uses SQLITE_OPEN_READONLY, which is how the
    // curated database is always opened: the app never writes to it.
    static Result<Database> open(const std::string &path, Mode mode);
    static Result<Database> openMemory();

    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;
    ~Database() = default;

    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);

    // Runs `sql` and returns the first column of its first row as an integer.
    Result<std::int64_t> scalarInt(std::string_view sql);

    bool hasTable(std::string_view name);
    std::string lastError() const;
    sqlite3 *handle() const { return m_db.get(); }

private:
    struct Closer {
        void operator()(sqlite3 *db) const;
    };
    explicit Database(sqlite3 *db) : m_db(db) {}
    std::unique_ptr<sqlite3, Closer> m_db;
};

class Statement {
public:
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;
    ~Statement() = default;

    // Parameters are 1-based, as in SQLite.
    Result<void> bind(int index, std::int64_t value);
    Result<void> bind(int index, double value);
    Result<void> bind(int index, std::string_view text);
    Result<void> bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Result<void> bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Result<void> bind(int index, const std::optional<std::string> &text);
    Result<void> bind(int index, std::optional<std::int64_t> value);
    Result<void> bindNull(int index);

    // true: a row is ready; false: done.
    Result<bool> step();
    // Steps once and expects SQLITE_DONE: for INSERT/UPDATE.
    Result<void> run();
    // Calls f(*this) for each row; stops at the first error and returns it,
    // so a failing step is never mistaken for the end of the rows.
    template <typename F>
    Result<void> forEach(F &&f)
    {
        while (true) {
            auto row = step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return {};
            }
            f(static_cast<const Statement &>(*this));
        }
    }
    // Ready for another round of binds and steps; bindings are cleared.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const;
    double real(int column) const;
    // Valid until the next step() or reset(); empty for NULL.
    std::string_view text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    friend class Database;
    struct Finalizer {
        void operator()(sqlite3_stmt *stmt) const;
    };
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Error errorFrom(int rc, std::string_view what) const;

    sqlite3 *m_db = nullptr; // not owned
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

} // namespace ict::core::sql
