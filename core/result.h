#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace zx {

// The one error policy of core: a function that can fail returns Result<T>, which holds
// either the value or a readable, translated message naming what went wrong and where.
// Nothing throws across the core/ui boundary.
struct Error
{
    QString message;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Outcome
{
public:
    Outcome() = default;
    Outcome(Error error) : m_error(std::move(error.message)), m_failed(true) {}
    static Outcome success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace zx
