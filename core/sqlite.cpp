#include "core/sqlite.h"

#include <sqlite3.h>

#include <filesystem>

namespace ict::core::sql {

namespace {

Error sqliteError(sqlite3 *db, int rc, std::string_view what)
{
    std::string message(what);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    // SQLITE_NOTADB and SQLITE_CORRUPT mean the file is not a usable database;
    // callers show that differently from a plain SQL error.
    const int primary = rc & 0xff;
    const ErrorCode code = (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) ? ErrorCode::NotADatabase
                                                                                    : ErrorCode::Sqlite;
    return makeError(code, std::move(message));
}

} // namespace

void Database::Closer::operator()(sqlite3 *db) const
{
    // close_v2 defers the close until every statement is finalized, so the
    // order in which a Database and its Statements are destroyed never matters.
    sqlite3_close_v2(db);
}

Result<Database> Database::open(const std::string &path, Mode mode)
{
    if (mode == Mode::ReadOnly) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) {
            return makeError(ErrorCode::FileNotFound, "file not found: " + path);
        }
    }
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
                      | SQLITE_OPEN_NOMUTEX;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw); // owns the handle even on failure
    if (rc != SQLITE_OK) {
        return sqliteError(raw, rc, "cannot open " + path);
    }
    sqlite3_extended_result_codes(raw, 1);
    // SQLite opens lazily: a file that is not a database only fails on first
    // read. Read the schema now so the caller learns it at open time.
    if (auto probe = db.exec("SELECT count(*) FROM sqlite_schema"); !probe) {
        Error e = probe.error();
        e.message = path + " is not an ICTimeline database (" + e.message + ")";
        if (e.code == ErrorCode::Sqlite) {
            e.code = ErrorCode::NotADatabase;
        }
        return e;
    }
    if (auto fk = db.exec("PRAGMA foreign_keys = ON"); !fk) {
        return fk.error();
    }
    return db;
}

Result<Database> Database::openMemory()
{
    return open(":memory:", Mode::ReadWriteCreate);
}

Result<void> Database::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string owned(sql);
    const int rc = sqlite3_exec(m_db.get(), owned.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string message = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        Error e = sqliteError(m_db.get(), rc, "SQL failed");
        e.message = "SQL failed: " + message;
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db.get(), rc, "cannot prepare '" + std::string(sql.substr(0, 80)) + "'");
    }
    return Statement(m_db.get(), stmt);
}

Result<std::int64_t> Database::scalarInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::Sqlite, "query returned no row: " + std::string(sql));
    }
    return stmt->int64(0);
}

bool Database::hasTable(std::string_view name)
{
    auto stmt = prepare("SELECT 1 FROM sqlite_schema WHERE type IN ('table','view') AND name = ?1");
    if (!stmt || !stmt->bind(1, name)) {
        return false;
    }
    auto row = stmt->step();
    return row.ok() && *row;
}

std::string Database::lastError() const
{
    return sqlite3_errmsg(m_db.get());
}

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

Error Statement::errorFrom(int rc, std::string_view what) const
{
    return sqliteError(m_db, rc, what);
}

Result<void> Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
    if (rc != SQLITE_OK) {
        return errorFrom(rc, "bind");
    }
    return {};
}

Result<void> Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt.get(), index, value);
    if (rc != SQLITE_OK) {
        return errorFrom(rc, "bind");
    }
    return {};
}

Result<void> Statement::bind(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text64(m_stmt.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) {
        return errorFrom(rc, "bind");
    }
    return {};
}

Result<void> Statement::bind(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Result<void> Statement::bind(int index, std::optional<std::int64_t> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Result<void> Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt.get(), index);
    if (rc != SQLITE_OK) {
        return errorFrom(rc, "bind");
    }
    return {};
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return errorFrom(rc, "step");
}

Result<void> Statement::run()
{
    auto r = step();
    if (!r) {
        return r.error();
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

int Statement::int32(int column) const
{
    return sqlite3_column_int(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

std::string_view Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    if (!p) {
        return {};
    }
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), column))};
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return std::string(text(column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

} // namespace ict::core::sql
