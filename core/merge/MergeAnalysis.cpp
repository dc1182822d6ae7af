// SPDX-License-Identifier: MIT
#include "merge/MergeAnalysis.h"

#include <QMap>

#include <algorithm>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

/// The table an operation touches: its own literal table, else the batch's.
QString tableOf(const ScriptOperation &op)
{
    return op.table.isEmpty() ? op.batchTable : op.table;
}

void collectTouched(const RevisionScript &script, MergeBranch &branch)
{
    QStringList &own = branch.revisionTables.last();
    for (const ScriptOperation &op : script.upgradeOps) {
        const QString table = tableOf(op);
        if (table.isEmpty())
            continue; // op.execute("...") and calls with computed names name no table
        if (!own.contains(table))
            own << table;
        if (!branch.tables.contains(table))
            branch.tables << table;
        for (const QString &column : op.columns) {
            const QString qualified = table + u'.' + column;
            if (!branch.columns.contains(qualified))
                branch.columns << qualified;
        }
    }
}

/// The members of `common` that no other member descends from.
QStringList newestOf(const RevisionMap &map, const QSet<QString> &common)
{
    QSet<QString> covered;
    for (const QString &id : common) {
        QSet<QString> below = MergeAnalysis::ancestry(map, id);
        below.remove(id);
        covered.unite(below);
    }
    QStringList newest;
    for (const Revision *revision : map.allRevisions())
        if (common.contains(revision->id) && !covered.contains(revision->id))
            newest << revision->id;
    return newest;
}

QList<MergeOverlap> findOverlaps(const QList<MergeBranch> &branches)
{
    QMap<QString, MergeOverlap> byTable;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        for (qsizetype j = i + 1; j < branches.size(); ++j) {
            for (const QString &table : branches[i].tables) {
                if (!branches[j].tables.contains(table))
                    continue;
                MergeOverlap &overlap = byTable[table];
                overlap.table = table;
                for (const QString &head : {branches[i].head, branches[j].head})
                    if (!overlap.heads.contains(head))
                        overlap.heads << head;
                const QString prefix = table + u'.';
                for (const QString &column : branches[i].columns)
                    if (column.startsWith(prefix) && branches[j].columns.contains(column)
                        && !overlap.columns.contains(column.mid(prefix.size())))
                        overlap.columns << column.mid(prefix.size());
            }
        }
    }
    QList<MergeOverlap> overlaps = byTable.values();
    for (MergeOverlap &overlap : overlaps)
        overlap.columns.sort();
    return overlaps;
}

} // namespace

QSet<QString> MergeAnalysis::ancestry(const RevisionMap &map, const QString &id)
{
    QSet<QString> seen;
    QStringList pending {id};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (seen.contains(current))
            continue;
        seen.insert(current);
        if (const Revision *revision = map.revision(current))
            pending << revision->downRevisions;
    }
    return seen;
}

Result<MergeAnalysis> MergeAnalysis::analyse(
    const RevisionMap &map, const QList<RevisionScript> &scripts, const QStringList &heads)
{
    for (const QString &head : heads)
        if (!map.revision(head))
            return makeError(Error::Kind::Resolution,
                u"No such revision or branch '%1'"_s.arg(head)); // Alembic's ResolutionError
    MergeAnalysis analysis;
    analysis.heads = heads;
    QList<QSet<QString>> ancestries;
    QSet<QString> common;
    for (qsizetype i = 0; i < heads.size(); ++i) {
        ancestries << ancestry(map, heads[i]);
        common = i == 0 ? ancestries.first() : common.intersect(ancestries.last());
    }
    analysis.commonAncestors = newestOf(map, common);

    // Map order is load order; walk it backwards so children tend to precede their parents,
    // then sort by ancestry to put each branch newest first.
    const QList<const Revision *> all = map.allRevisions();
    for (qsizetype i = 0; i < heads.size(); ++i) {
        MergeBranch branch;
        branch.head = heads[i];
        QList<const Revision *> own;
        for (const Revision *revision : all) {
            if (!ancestries[i].contains(revision->id) || common.contains(revision->id))
                continue;
            own << revision;
        }
        // A revision descending from another comes first: more ancestors means newer.
        std::stable_sort(own.begin(), own.end(), [&map](const Revision *a, const Revision *b) {
            return ancestry(map, a->id).size() > ancestry(map, b->id).size();
        });
        for (const Revision *revision : std::as_const(own)) {
            branch.revisions << revision->id;
            branch.revisionTables << QStringList();
            if (revision->scriptIndex >= 0 && revision->scriptIndex < scripts.size())
                collectTouched(scripts[revision->scriptIndex], branch);
        }
        branch.tables.sort();
        branch.columns.sort();
        analysis.branches << branch;
    }
    analysis.overlaps = findOverlaps(analysis.branches);
    return analysis;
}

bool MergeAnalysis::isOverlapping(const QString &table) const
{
    return std::any_of(overlaps.cbegin(), overlaps.cend(),
        [&table](const MergeOverlap &overlap) { return overlap.table == table; });
}

} // namespace retort
