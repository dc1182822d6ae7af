// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace retort {

/// One column as SQLite's table_info pragma describes it.
struct SchemaColumn {
    QString name;
    QString type; ///< declared type, upper case ("VARCHAR(200)"); empty when none
    bool notNull = false;
    QString defaultValue; ///< the default's SQL text; empty when hasDefault is false
    bool hasDefault = false;
    int primaryKey = 0; ///< 1-based position in the primary key, 0 when not part of it
};

/// An index made by CREATE INDEX (indexes SQLite makes for constraints are not listed here).
struct SchemaIndex {
    QString name;
    QString table;
    QStringList columns; ///< in index order; an expression shows as "<expression>"
    bool unique = false;
    QString where; ///< the WHERE clause of a partial index, whitespace collapsed; else empty
};

/// A FOREIGN KEY constraint of a table.
struct SchemaForeignKey {
    QStringList columns;
    QString referredTable;
    QStringList referredColumns; ///< empty when the key refers to the primary key implicitly
    QString onUpdate; ///< "NO ACTION", "CASCADE", ...
    QString onDelete;

    bool operator==(const SchemaForeignKey &) const = default;
};

/// A table: columns (by name, in table order), UNIQUE constraints (each a column list) and
/// foreign keys.
struct SchemaTable {
    QString name;
    QList<SchemaColumn> columns;
    QList<QStringList> uniqueConstraints;
    QList<SchemaForeignKey> foreignKeys;

    const SchemaColumn *column(const QString &columnName) const;
};

/// The schema of a SQLite database, read natively through Qt Sql with SQLite's pragmas: tables
/// with their columns, UNIQUE constraints and foreign keys, indexes, views and triggers. CHECK
/// constraints and constraint names are not part of it (SQLite keeps them only in the CREATE
/// TABLE text). Used to tell whether a downgrade undid its upgrade.
struct SchemaSnapshot {
    QMap<QString, SchemaTable> tables; ///< by name
    QMap<QString, SchemaIndex> indexes; ///< by name
    QMap<QString, QString> views; ///< name -> CREATE VIEW text, whitespace collapsed
    QMap<QString, QString> triggers; ///< name -> CREATE TRIGGER text, whitespace collapsed

    /// Reads the database at `path` read-only, leaving out SQLite's own tables and the tables
    /// named in `ignoredTables` (Alembic's version table by default) with their indexes and
    /// triggers. A file that does not exist is an empty schema (a database not created yet).
    static Result<SchemaSnapshot> read(const QString &path,
        const QStringList &ignoredTables = {QStringLiteral("alembic_version")});
};

} // namespace retort
