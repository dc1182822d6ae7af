// SPDX-License-Identifier: MIT
#pragma once

#include "graph/RevisionMap.h"
#include "scripts/RevisionScript.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace retort {

/// Re-basing one branch onto another head instead of merging: the branch's first revision gets
/// the other head as its down_revision, which rewrites history. It is only offered for branches
/// whose revisions are applied nowhere (the caller names what is applied elsewhere, at least
/// every revision the selected database has).
struct RebasePlan {
    QString branchHead; ///< the head of the branch that moves
    QString ontoHead; ///< the head it moves onto
    QStringList movedRevisions; ///< the branch's revisions, newest first
    QString firstRevision; ///< the branch's first revision: its file is the one rewritten
    QString oldDownRevision;
    QString file; ///< the first revision's script
    int line = 0; ///< 1-based line of its down_revision assignment
    QByteArray before; ///< the file as read when planning
    QByteArray after; ///< the file as it will be written
    QString diff; ///< unified diff of before and after

    /// Plans moving the branch that ends at `branchHead` onto `ontoHead`. `applied` holds the
    /// revisions applied anywhere (e.g. the ancestry of the database's current revisions);
    /// planning fails when the branch has one of them, when the branch does not start with one
    /// revision that has exactly one down revision, or when the header cannot be rewritten.
    static Result<RebasePlan> make(const RevisionMap &map, const QList<RevisionScript> &scripts,
        const QString &branchHead, const QString &ontoHead, const QSet<QString> &applied);

    /// Writes `after` atomically (QSaveFile), refusing when the file changed since planning.
    Result<void> write() const;
};

} // namespace retort
