// SPDX-License-Identifier: MIT
#pragma once

#include "graph/RevisionMap.h"
#include "scripts/RevisionScript.h"
#include "util/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace retort {

/// One branch of a merge: the revisions between the common ancestor(s) and one head.
struct MergeBranch {
    QString head;
    QStringList revisions; ///< newest first; not shared with any other chosen head's ancestry
    QList<QStringList> revisionTables; ///< the tables each revision touches, as `revisions`
    QStringList tables; ///< tables the upgrade() of those revisions touches, sorted
    /// "table.column" for every column given literally in those operations, sorted.
    QStringList columns;
};

/// A table (and maybe a column) that two or more branches touch: a likely conflict.
struct MergeOverlap {
    QString table;
    QStringList columns; ///< the columns every overlapping pair shares, sorted; may be empty
    QStringList heads; ///< the branches (by head) touching the table, in the order chosen
};

/// What merging some heads would join: their common ancestors, each branch's revisions since
/// them, the tables each branch touches (read statically from upgrade()), and the overlaps.
struct MergeAnalysis {
    QStringList heads; ///< as chosen
    /// The newest revisions every head descends from (none when the branches share no base).
    QStringList commonAncestors;
    QList<MergeBranch> branches; ///< one per head, in `heads` order
    QList<MergeOverlap> overlaps; ///< sorted by table

    /// Analyses `heads` (at least two revision ids of `map`) using the scripts the map was built
    /// from. Fails with Alembic's wording for an unknown id.
    static Result<MergeAnalysis> analyse(
        const RevisionMap &map, const QList<RevisionScript> &scripts, const QStringList &heads);

    /// `id` and every revision it descends from through down_revision (depends_on excluded).
    static QSet<QString> ancestry(const RevisionMap &map, const QString &id);

    /// True when `table` is one of the overlaps.
    bool isOverlapping(const QString &table) const;
};

} // namespace retort
