#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace longhand {

// Errors are values: a machine-readable code plus a sentence a user can act on.
struct Error
{
    enum class Code {
        None,
        Io,
        Database,
        SchemaTooNew,
        NotFound,
        InvalidInput,
        Dictionary,
    };

    Code code = Code::None;
    QString message;

    static Error make(Code code, QString message) { return Error {code, std::move(message)}; }
};

// A minimal std::expected stand-in (GCC 12 has no <expected> in C++20 mode).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_value); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace longhand
