// SPDX-License-Identifier: MIT
#pragma once

// Shared by the engine tests: a copy of the fixture Alembic project per test, and a snapshot of a
// SQLite database's content (schema, data, version table) to compare before and after a run.

#include "TestTree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QtGlobal>

namespace enginefixture {

/// The interpreter with alembic and sqlalchemy: $RETORT_TEST_PYTHON, else the CMake cache
/// variable of the same name (default /usr/bin/python3).
inline QString testPython()
{
    return qEnvironmentVariable("RETORT_TEST_PYTHON", QStringLiteral(RETORT_TEST_PYTHON));
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/engine/") + relative;
}

/// Copies the fixture project (tests/data/engine/project) into `target`.
inline bool copyProject(const QString &target)
{
    return retort::test::copyTree(dataPath(QStringLiteral("project")), target);
}

/// Copies tests/data/engine/<dataFile> into the copied project at `relativeTarget`, replacing it.
inline bool installFile(
    const QString &project, const QString &dataFile, const QString &relativeTarget)
{
    const QString to = QDir(project).filePath(relativeTarget);
    QFile::remove(to);
    return QFile::copy(dataPath(dataFile), to);
}

/// Puts a fault file from tests/data/engine/faults into the copied project.
inline bool addFault(const QString &project, const QString &fault, const QString &relativeTarget)
{
    return installFile(project, QStringLiteral("faults/") + fault, relativeTarget);
}

/// Every schema object's SQL and every row of every table, in a stable order.
inline QStringList snapshot(const QString &databasePath)
{
    QStringList lines;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("cannot open: ") + db.lastError().text()};
        QSqlQuery schema(db);
        schema.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "ORDER BY type, name"));
        QStringList tables;
        while (schema.next()) {
            lines << QStringLiteral("schema|%1|%2|%3|%4")
                         .arg(schema.value(0).toString(), schema.value(1).toString(),
                             schema.value(2).toString(), schema.value(3).toString());
            if (schema.value(0).toString() == QLatin1String("table"))
                tables << schema.value(1).toString();
        }
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db);
            QString quoted = table;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(quoted));
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i)
                    values << rows.value(i).toString();
                lines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

/// Runs `statements` on `databasePath` (to prepare a database without the bridge).
inline bool execute(const QString &databasePath, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace enginefixture
