// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace retort {

/// Each table's DDL as the SQLite database stores it: its CREATE TABLE statement followed by
/// its indexes' CREATE INDEX statements (by name), keyed by table name. SQLite's own tables and
/// Alembic's version table are left out. The file is opened read-only.
Result<QMap<QString, QString>> sqliteTableDefinitions(
    const QString &databasePath, const QString &versionTable = QStringLiteral("alembic_version"));

/// DDL text as lines for a side-by-side diff: tabs as four spaces, trailing spaces and the blank
/// lines around it dropped, and a table or index name SQLite quoted after a rename (as batch
/// mode's table rebuild leaves it: `CREATE TABLE "books"`) unquoted when it needs no quotes, so
/// that the same definition reads the same from the database and from the models.
QStringList ddlLines(const QString &ddl);

} // namespace retort
