#pragma once

// Errors are values at the core boundary: a Result<T> holds either a value or
// an Error with a message a person can act on. Qt event handlers never see an
// exception from core; the app turns an Error into a dialog or status message.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace ict::core {

enum class ErrorCode {
    FileNotFound,
    NotADatabase,
    SchemaTooNew,
    SchemaInvalid,   // a required table or column is missing
    InvalidData,     // a row breaks a rule (bad date, unknown slug, ...)
    InvalidArgument, // a caller passed something malformed (e.g. an EDTF string)
    Io,
    Sqlite,          // any other SQLite failure; the message carries sqlite3_errmsg
};

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T &value() & { assert(ok()); return std::get<T>(m_v); }
    const T &value() const & { assert(ok()); return std::get<T>(m_v); }
    T &&value() && { assert(ok()); return std::get<T>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { assert(!ok()); return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { assert(m_failed); return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

// Returns the error of a Result-returning expression from the enclosing
// function, which must itself return a Result.
#define ICT_TRY(expr)                                                                                                  \
    do {                                                                                                               \
        if (auto ict_try_result_ = (expr); !ict_try_result_) {                                                         \
            return ict_try_result_.error();                                                                            \
        }                                                                                                              \
    } while (false)

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

} // namespace ict::core
