#pragma once

#include "domain/error.h"

#include <utility>
#include <variant>

// A value or an Error. The caller must look at it: expected failures are values, not
// exceptions (see STYLE.md). std::expected is C++23; this is the small part we need.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &std::get<0>(m_state); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

// Propagates a failed Result<U> from a function returning Result<T>.
#define RD_TRY(expr)                                                                   \
    do {                                                                               \
        if (auto rdTryResult_ = (expr); !rdTryResult_.ok())                            \
            return rdTryResult_.error();                                               \
    } while (false)
