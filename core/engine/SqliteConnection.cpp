// SPDX-License-Identifier: MIT
#include "engine/SqliteConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace retort {

using namespace Qt::StringLiterals;

SqliteConnection::SqliteConnection(const QString &path, Mode mode, int busyTimeoutMs)
    : m_name(u"retort-engine-"_s + QUuid::createUuid().toString(QUuid::Id128)), m_path(path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    QStringList options {u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs)};
    if (mode == Mode::ReadOnly)
        options << u"QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options.join(u';'));
}

SqliteConnection::~SqliteConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> SqliteConnection::open()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.open()) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SqliteConnection", "Cannot open the database %1: %2")
                .arg(m_path, db.lastError().text()),
            m_path);
    }
    return {};
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<void> SqliteConnection::vacuumInto(const QString &target)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.prepare(u"VACUUM INTO ?"_s)) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SqliteConnection", "Cannot copy the database %1: %2")
                .arg(m_path, query.lastError().text()),
            m_path);
    }
    query.addBindValue(target);
    if (!query.exec()) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SqliteConnection", "Cannot copy the database %1 to %2: %3")
                .arg(m_path, target, query.lastError().text()),
            m_path);
    }
    return {};
}

QStringList SqliteConnection::alembicVersions()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery query(db);
    QStringList versions;
    if (!db.tables().contains(u"alembic_version"_s))
        return versions;
    if (query.exec(u"SELECT version_num FROM alembic_version"_s)) {
        while (query.next())
            versions << query.value(0).toString();
    }
    versions.sort();
    return versions;
}

QStringList SqliteConnection::schema()
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    QStringList objects;
    if (!query.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s))
        return objects;
    while (query.next()) {
        objects << u"%1 %2: %3"_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    return objects;
}

QString SqliteConnection::journalMode()
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(u"PRAGMA journal_mode"_s) || !query.next())
        return {};
    return query.value(0).toString().toLower();
}

Result<void> SqliteConnection::setJournalMode(const QString &mode)
{
    static const QStringList modes {
        u"delete"_s, u"truncate"_s, u"persist"_s, u"memory"_s, u"wal"_s, u"off"_s};
    if (!modes.contains(mode)) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SqliteConnection", "Unknown SQLite journal mode %1.")
                .arg(mode),
            m_path);
    }
    // A PRAGMA takes no bound values; the mode is one of the fixed names above.
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(u"PRAGMA journal_mode = "_s + mode) || !query.next()
        || query.value(0).toString().toLower() != mode) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate(
                "SqliteConnection", "Cannot set the journal mode of %1 to %2: %3")
                .arg(m_path, mode, query.lastError().text()),
            m_path);
    }
    return {};
}

Result<void> SqliteConnection::quickCheck()
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()
        || query.value(0).toString() != "ok"_L1) {
        const QString detail
            = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SqliteConnection", "%1 is not a sound SQLite database: %2")
                .arg(m_path, detail),
            m_path);
    }
    return {};
}

} // namespace retort
