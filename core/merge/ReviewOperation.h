// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace retort {

/// One operation autogenerate would write, as SchemaCompare reports it (`CompareReport::diffs`),
/// for reviewing before a revision is written.
struct ReviewOperation {
    int index = 0; ///< position in the diffs array
    /// Alembic's diff kind ("add_table", "remove_column", "add_index", ...); "modify_column" for
    /// a group of modify_type / modify_nullable / modify_default / modify_comment changes.
    QString kind;
    QStringList changes; ///< for "modify_column": the kinds in the group
    QString table;
    QString column; ///< column kinds and modify_column; empty otherwise
    QString name; ///< index or constraint name where there is one
    QString type; ///< the column's type for add_column / remove_column
    QJsonValue diff; ///< the diff as reported, sent back to say what to write
    /// For remove_column / add_column of the same table: the other half of a possible rename
    /// (an index into the list), else -1.
    int renamePartner = -1;

    bool isPossibleRename() const { return renamePartner >= 0; }

    /// Reads the diffs and pairs every dropped column with a column added to the same table
    /// (preferring one of the same type) as a possible rename.
    static QList<ReviewOperation> fromDiffs(const QJsonArray &diffs);
};

} // namespace retort
