#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace duibiao {

// A failure a user can read: what went wrong, in one sentence that names the file,
// entry or value concerned. Kind tells the command line which exit code to use.
struct Error
{
    enum class Kind {
        UserInput, // the user's file or value is wrong: exit code 1
        Internal   // our bug or the machine's (disk, memory): exit code 2
    };
    QString message;
    Kind kind = Kind::UserInput;

    static Error user(QString text) { return {std::move(text), Kind::UserInput}; }
    static Error internal(QString text) { return {std::move(text), Kind::Internal}; }
};

// Either a value or an Error. Core functions return this instead of throwing so that
// every caller has to look at the failure (C++20 has no std::expected yet).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success or an Error, for operations that produce nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace duibiao
