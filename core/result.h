#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace huajie {

// The one error model of core: what went wrong, in words for a person, and
// which field it concerns (empty when it is not about one field).
struct Error
{
    Error(QString message, QString field = {})
        : message(std::move(message)), field(std::move(field))
    {}

    QString message;
    QString field;

    // "field: message", punctuated for the interface language.
    QString describe() const;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace huajie
