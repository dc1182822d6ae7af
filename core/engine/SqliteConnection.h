// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace retort {

/// A private, uniquely named Qt SQLite connection to one file, closed and removed with the
/// object. Used for backups, restores and schema reading, never shared between threads.
class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection(const QString &path, Mode mode, int busyTimeoutMs);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens the file; an Error of kind Database when SQLite refuses.
    Result<void> open();

    /// The Qt connection, for queries of the caller's own (valid while this object lives).
    QSqlDatabase database() const;

    /// Writes a consistent copy of the whole database to `target` with `VACUUM INTO`.
    Result<void> vacuumInto(const QString &target);

    /// The rows of Alembic's default version table, sorted; empty when there is none.
    QStringList alembicVersions();

    /// Every schema object as "type name: sql", ordered by type and name (internal objects
    /// without SQL, such as automatic indexes, included by name).
    QStringList schema();

    /// SQLite's journal mode ("delete", "wal", ...), lower case; empty when unreadable.
    QString journalMode();

    /// Sets the journal mode; `VACUUM INTO` copies come out in rollback mode even from WAL.
    Result<void> setJournalMode(const QString &mode);

    /// Runs a check that the file is a readable SQLite database (`PRAGMA quick_check`).
    Result<void> quickCheck();

private:
    QString m_name;
    QString m_path;
};

} // namespace retort
