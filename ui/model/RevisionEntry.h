// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintRule.h"
#include "scripts/RevisionScript.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/// Whether a revision is in the database, as the graph shows it.
enum class RevisionState {
    Unknown, ///< no database, or it could not be read
    Pending, ///< not applied yet
    Applied, ///< an ancestor of (or equal to) a revision in the version table
    Current, ///< named in the version table
};

/// Everything the workbench shows about one revision, copied out of the core objects so the
/// widgets never reach into them (and a snapshot can cross from the loader thread).
struct RevisionEntry {
    QString id;
    QStringList parents; ///< down revisions, as the graph's lanes follow them
    QStringList children; ///< revisions whose down revision is this one
    QStringList ancestry; ///< down revisions plus resolved depends_on: what "applied" follows
    QStringList dependsOn; ///< depends_on as written
    QStringList branchLabels; ///< after Alembic's propagation
    QString message;
    QString createDate;
    QString filePath;
    QString fileName;
    QList<ScriptOperation> upgradeOps;
    QList<ScriptOperation> downgradeOps;
    bool head = false;
    bool base = false;
    bool merge = false;
    bool branchPoint = false;
    bool broken = false;
    int findings = 0; ///< lint findings in this revision's file
    LintSeverity worstFinding = LintSeverity::Info; ///< meaningful when findings > 0
    RevisionState state = RevisionState::Unknown;
};

} // namespace retort
