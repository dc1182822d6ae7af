// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace retort {

/// Where a SQLite URL points, as SQLAlchemy's pysqlite dialect opens it.
struct SqliteTarget {
    bool inMemory = false; ///< `sqlite://`, `sqlite:///:memory:`, `file::memory:`, mode=memory
    QString path; ///< absolute database file; empty when in memory
    bool uri = false; ///< `?uri=true`: the database is an SQLite URI (`file:...`)
    /// What to give QSqlDatabase::setDatabaseName: the file path, or the URI (relative paths
    /// made absolute) followed by the URI parameters, as pysqlite passes them to sqlite3.
    QString databaseName;
    /// What to give QSqlDatabase::setConnectOptions (QSQLITE_OPEN_URI for URIs).
    QString connectOptions;
};

/// A SQLAlchemy database URL (`dialect+driver://user:pass@host:port/database?key=value`),
/// parsed with SQLAlchemy's own pattern (sqlalchemy.engine.url._parse_url).
class SqlUrl {
public:
    using Query = QList<std::pair<QString, QString>>;

    /// Parses `url`; SQLAlchemy's "Could not parse SQLAlchemy URL" and a bad port are Errors
    /// (kind Config).
    static Result<SqlUrl> parse(const QString &url);

    QString drivername() const { return m_drivername; } ///< e.g. "sqlite+pysqlite"
    QString backendName() const; ///< the part before '+', e.g. "sqlite"
    QString driver() const; ///< the part after '+', else empty
    std::optional<QString> username() const { return m_username; }
    std::optional<QString> password() const { return m_password; }
    std::optional<QString> host() const { return m_host; }
    std::optional<int> port() const { return m_port; }
    std::optional<QString> database() const { return m_database; }
    /// Query options in URL order, percent-decoded; blank values dropped (parse_qsl).
    Query query() const { return m_query; }
    std::optional<QString> queryValue(const QString &key) const;

    bool isSqlite() const { return backendName() == QStringLiteral("sqlite"); }

    /// The SQLite database this URL opens, relative paths resolved against `baseDir` (the folder
    /// the alembic CLI runs in). Other dialects are Error::Kind::Unsupported; a SQLite URL with
    /// user, password, host or port is SQLAlchemy's "Invalid SQLite URL" (kind Config).
    Result<SqliteTarget> sqliteTarget(const QString &baseDir) const;

    /// The URL with the password replaced by `mask`, as Alembic shows it (current Alembic and
    /// SQLAlchemy 2 print "***"; Alembic 1.8 printed "XXXXX"). No password: the URL unchanged.
    QString redacted(const QString &mask = QStringLiteral("***")) const;
    /// The URL rendered back with its password (SQLAlchemy's render_as_string(False)).
    QString toString() const;

private:
    QString render(const std::optional<QString> &password) const;
    SqliteTarget uriTarget(const QString &baseDir) const;

    QString m_drivername;
    std::optional<QString> m_username;
    std::optional<QString> m_password;
    std::optional<QString> m_host;
    std::optional<int> m_port;
    std::optional<QString> m_database;
    Query m_query;
};

} // namespace retort
