// SPDX-License-Identifier: MIT
#include "db/DatabaseState.h"

#include "db/SqlIdentifier.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace retort {

namespace {

// Primary SQLite result codes (sqlite3.h); Qt reports them as QSqlError::nativeErrorCode().
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteAuth = 23;
constexpr int SqliteNotADb = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // the low byte is the primary code of an extended code
}

/// True for an SQLite file in WAL mode (header bytes 18 and 19 are 2) without a -wal file.
bool isIdleWalDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2
        && header.at(19) == 2 && !QFileInfo::exists(path + QLatin1String("-wal"));
}

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("retort-db-state-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString DatabaseState::defaultVersionTable()
{
    return QStringLiteral("alembic_version");
}

DatabaseState::DatabaseState(QString path, QString versionTable)
    : m_path(std::move(path)), m_versionTable(std::move(versionTable))
{ }

DatabaseState DatabaseState::read(
    const QString &path, const QString &versionTable, int busyTimeoutMs)
{
    DatabaseState state(path, versionTable);
    const QFileInfo info(path);
    if (!info.exists()) {
        state.fail(Status::MissingFile,
            QCoreApplication::translate("DatabaseState", "Database file not found: %1").arg(path));
    } else if (info.isDir()) {
        state.fail(Status::NotADatabase,
            QCoreApplication::translate("DatabaseState", "%1 is a folder, not a database file")
                .arg(path));
    } else if (!info.isReadable()) {
        state.fail(Status::PermissionDenied,
            QCoreApplication::translate(
                "DatabaseState", "Permission denied: cannot read database file %1")
                .arg(path));
    } else {
        const QString name = uniqueConnectionName();
        state.readOpen(name, busyTimeoutMs);
        QSqlDatabase::removeDatabase(name);
    }
    return state;
}

void DatabaseState::readOpen(const QString &connectionName, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        fail(Status::Unreadable,
            QCoreApplication::translate(
                "DatabaseState", "The Qt SQLite driver (QSQLITE) is not available"));
        return;
    }
    // READONLY never creates the file; a zero timeout reports a lock at once instead of waiting.
    QString connectOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(qMax(0, busyTimeoutMs));
    if (isIdleWalDatabase(m_path)) {
        // A read-only connection to a WAL database creates -wal and -shm files it cannot remove.
        // With no -wal file no connection has the database open, so it is read as immutable.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        failFromSqlite(sqliteCode(db.lastError()), db.lastError().databaseText());
        return;
    }
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // SQLite reads the file header at prepare time: a corrupt file or a lock shows up here.
        const bool prepared = query.prepare(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE"));
        if (prepared)
            query.addBindValue(m_versionTable);
        if (!prepared || !query.exec()) {
            failFromSqlite(sqliteCode(query.lastError()), query.lastError().databaseText());
        } else if (!query.next()) {
            m_status = Status::NoVersionTable;
        } else {
            const QString select = QStringLiteral("SELECT version_num FROM %1")
                                       .arg(SqlIdentifier::quote(query.value(0).toString()));
            query.finish();
            if (!query.exec(select)) {
                failFromSqlite(sqliteCode(query.lastError()), query.lastError().databaseText());
            } else {
                while (query.next())
                    m_versions.append(query.value(0).toString());
                m_status = Status::Versioned;
            }
        }
    }
    db.close();
}

void DatabaseState::failFromSqlite(int code, const QString &detail)
{
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        fail(Status::Locked,
            QCoreApplication::translate(
                "DatabaseState", "Database %1 is locked by another connection (%2)")
                .arg(m_path, detail));
        break;
    case SqliteNotADb:
        fail(Status::NotADatabase,
            QCoreApplication::translate("DatabaseState", "%1 is not an SQLite database (%2)")
                .arg(m_path, detail));
        break;
    case SqlitePerm:
    case SqliteAuth:
        fail(Status::PermissionDenied,
            QCoreApplication::translate(
                "DatabaseState", "Permission denied reading database %1 (%2)")
                .arg(m_path, detail));
        break;
    case SqliteCantOpen:
        fail(Status::Unreadable,
            QCoreApplication::translate("DatabaseState", "Cannot open database %1 (%2)")
                .arg(m_path, detail));
        break;
    default:
        fail(Status::Unreadable,
            QCoreApplication::translate(
                "DatabaseState", "Cannot read the version table %1 of database %2 (%3)")
                .arg(m_versionTable, m_path, detail));
        break;
    }
}

void DatabaseState::fail(Status status, QString message)
{
    m_status = status;
    m_versions.clear();
    m_error = makeError(Error::Kind::Database, std::move(message), m_path);
}

} // namespace retort
