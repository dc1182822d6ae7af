// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace retort {

/// What went wrong, as a value. Where Alembic has an error for the same situation the kind names
/// Alembic's exception class and `message` uses Alembic's own wording.
struct Error {
    enum class Kind {
        Io,               ///< a file or folder could not be read or written
        Config,           ///< alembic.ini / pyproject.toml missing or malformed
        Parse,            ///< a revision script could not be read statically
        Revision,         ///< alembic.script.revision.RevisionError
        MultipleHeads,    ///< alembic.script.revision.MultipleHeads
        Resolution,       ///< alembic.script.revision.ResolutionError (no such / ambiguous revision)
        RangeNotAncestor, ///< alembic.script.revision.RangeNotAncestorError
        Cycle,            ///< alembic.script.revision.CycleDetected / DependencyCycleDetected
        Loop,             ///< alembic.script.revision.LoopDetected / DependencyLoopDetected
        Database,         ///< the database could not be opened or read
        Unsupported,      ///< a valid input Retort cannot handle natively (e.g. a non-SQLite URL)
        Usage,            ///< a command line that does not make sense
    };

    Kind kind = Kind::Io;
    QString message;
    QString file; ///< absolute path when the error belongs to a file, else empty
    int line = 0; ///< 1-based line in `file`, 0 when unknown
};

/// A value or an Error. Core functions return this instead of bool + lastError().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void> {
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

inline Error makeError(Error::Kind kind, QString message, QString file = {}, int line = 0)
{
    return Error{kind, std::move(message), std::move(file), line};
}

} // namespace retort
