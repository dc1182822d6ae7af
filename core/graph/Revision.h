// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace retort {

/// One node of a RevisionMap: Alembic's alembic.script.revision.Revision as the map sees it once
/// built. All id lists hold full revision ids; list order is the map's order unless noted.
struct Revision {
    QString id; ///< Revision.revision
    QStringList downRevisions; ///< _versioned_down_revisions: down_revision as written
    QStringList dependencies; ///< depends_on as written (ids, partial ids or branch labels)
    QStringList resolvedDependencies; ///< _resolved_dependencies: depends_on resolved to ids
    QStringList normalizedDependencies; ///< _normalized_resolved_dependencies: minus inherited
    QStringList allDownRevisions; ///< _all_down_revisions: down revisions + resolved deps
    QStringList normalizedDownRevisions; ///< _normalized_down_revisions (what walks follow)
    QStringList ownBranchLabels; ///< branch_labels as written in this script
    QStringList branchLabels; ///< branch_labels after Alembic's propagation, sorted
    QStringList nextRevisions; ///< nextrev: children through down_revision only
    QStringList allNextRevisions; ///< _all_nextrev: children through down_revision or depends_on
    QString message; ///< Script.doc: first paragraph of the docstring
    int scriptIndex = -1; ///< index into the QList<RevisionScript> the map was built from
    /// The script could not be read, or points at a missing down revision / dependency: walks
    /// ignore the missing links, see RevisionMap::problems().
    bool broken = false;

    bool isHead() const { return nextRevisions.isEmpty(); } ///< is_head
    bool isRealHead() const { return allNextRevisions.isEmpty(); } ///< _is_real_head
    bool isBase() const { return downRevisions.isEmpty(); } ///< is_base
    bool isRealBase() const { return isBase() && dependencies.isEmpty(); } ///< _is_real_base
    bool isBranchPoint() const { return nextRevisions.size() > 1; } ///< is_branch_point
    bool isRealBranchPoint() const
    {
        return allNextRevisions.size() > 1;
    } ///< _is_real_branch_point
    bool isMergePoint() const { return downRevisions.size() > 1; } ///< is_merge_point
};

} // namespace retort
