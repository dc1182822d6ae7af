// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// What an SQLite database says about its Alembic version, read without changing the file: the
/// rows of the version table (column `version_num`), or why they could not be read.
///
/// The file is opened read-only through Qt Sql on a connection of its own that is closed and
/// removed before read() returns. A missing path is reported, never created.
class DatabaseState {
public:
    /// The outcome of read(). Versioned and NoVersionTable are answers; the others are failures
    /// and come with error().
    enum class Status {
        Versioned, ///< the version table exists (it may hold no rows, one, or several)
        NoVersionTable, ///< a database without the version table: nothing applied yet
        MissingFile, ///< no file at the path
        PermissionDenied, ///< the file exists but cannot be read
        NotADatabase, ///< the file is not an SQLite database (or is a folder)
        Locked, ///< another connection holds a lock that keeps readers out
        Unreadable, ///< any other SQLite failure (e.g. the table lacks version_num)
    };

    /// Alembic's default version table.
    static QString defaultVersionTable();

    /// Reads the version table `versionTable` of the SQLite file at `path`. `busyTimeoutMs` is how
    /// long SQLite waits for another connection's lock before the result is Status::Locked.
    static DatabaseState read(const QString &path,
        const QString &versionTable = defaultVersionTable(), int busyTimeoutMs = 0);

    const QString &path() const { return m_path; }
    const QString &versionTable() const { return m_versionTable; }
    Status status() const { return m_status; }

    /// True for Versioned and NoVersionTable: the database was read.
    bool ok() const { return m_status == Status::Versioned || m_status == Status::NoVersionTable; }
    bool hasVersionTable() const { return m_status == Status::Versioned; }
    /// The version_num values in table order; empty for an empty table or no table.
    const QStringList &versions() const { return m_versions; }
    /// Why the database could not be read; set exactly when ok() is false.
    const std::optional<Error> &error() const { return m_error; }

private:
    DatabaseState(QString path, QString versionTable);
    void fail(Status status, QString message);
    void readOpen(const QString &connectionName, int busyTimeoutMs);
    void failFromSqlite(int sqliteCode, const QString &detail);

    QString m_path;
    QString m_versionTable;
    Status m_status = Status::Unreadable;
    QStringList m_versions;
    std::optional<Error> m_error;
};

} // namespace retort
