// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace retort {

/// One difference between the database and the models, as autogenerate reports it, in words.
struct SchemaChange {
    enum class Action { Added, Removed, Changed };
    enum class Object { Table, Column, Index, UniqueConstraint, ForeignKey, Constraint, Comment };

    Action action = Action::Changed;
    Object object = Object::Table;
    QString table;
    QString name; ///< the column, index or constraint; the table for table-level changes
    QString aspect; ///< for a changed column: "type", "nullable", "default" or "comment"
    QString before; ///< the database's value of a changed aspect
    QString after; ///< the models' value of a changed aspect
    QString details; ///< e.g. a column's type, an index's columns
    QString kind; ///< Alembic's diff kind, e.g. "add_column", "modify_nullable"
};

/// The changes of one table, in Alembic's order.
struct TableChanges {
    QString table;
    /// Added or Removed when the whole table is; Changed when only parts of it are.
    SchemaChange::Action action = SchemaChange::Action::Changed;
    QList<SchemaChange> changes;
};

/// Reads the differences the bridge's compare operation reports (CompareReport::diffs: objects
/// {"kind", "args"}, a modification group as an array of them). Kinds Retort does not know are
/// kept as Constraint-level changes with their kind as the name, never dropped.
QList<SchemaChange> schemaChanges(const QJsonArray &diffs);

/// The changes grouped by table, tables in order of first appearance.
QList<TableChanges> changesByTable(const QList<SchemaChange> &changes);

} // namespace retort
