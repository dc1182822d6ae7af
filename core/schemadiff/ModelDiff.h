// SPDX-License-Identifier: MIT
#pragma once

#include "schemadiff/SchemaChange.h"
#include "schemadiff/TextDiff.h"

#include <QMap>

namespace retort {

/// One table that differs between the database and the models: autogenerate's changes, and the
/// table's DDL on each side with their line diff. A side without the table has no lines.
struct TableDiff {
    TableChanges changes;
    QStringList databaseLines;
    QStringList modelLines;
    QList<DiffRow> rows;
};

/// Pairs each table's changes with its DDL from the database (sqliteTableDefinitions) and from
/// the models (CompareReport::modelDefinitions), in the order of `changes`.
QList<TableDiff> tableDiffs(const QList<TableChanges> &changes,
    const QMap<QString, QString> &databaseDefinitions,
    const QMap<QString, QString> &modelDefinitions);

} // namespace retort
