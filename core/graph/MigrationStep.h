// SPDX-License-Identifier: MIT
#pragma once

#include "graph/Revision.h"

#include <QString>
#include <QStringList>

namespace retort {

/// One step of an upgrade, downgrade or stamp, as alembic.runtime.migration.RevisionStep /
/// StampStep describe it. Steps come in the order Alembic runs them.
struct MigrationStep {
    enum class Kind {
        Revision, ///< RevisionStep: runs a script's upgrade() or downgrade()
        Stamp, ///< StampStep: only rewrites the version table
    };

    Kind kind = Kind::Revision;
    /// The script run (Kind::Revision); nullptr for stamp steps.
    const Revision *revision = nullptr;
    bool isUpgrade = true;
    bool branchMove = false; ///< StampStep.branch_move (stamp steps only)

    QStringList fromRevisions; ///< from_revisions
    QStringList fromRevisionsNoDeps; ///< from_revisions_no_deps
    QStringList toRevisions; ///< to_revisions
    QStringList toRevisionsNoDeps; ///< to_revisions_no_deps

    /// MigrationStep.name: "upgrade" or "downgrade"; "stamp_revision" for stamp steps.
    QString name() const;
    /// str(step), i.e. what Alembic logs after "Running ": "upgrade a -> b, message" (the
    /// ", message" part only when the script has a docstring). Ids are joined with ", ";
    /// base is an empty string, hence "upgrade  -> a".
    QString shortLog() const;
    /// RevisionStep.short_log: shortLog() without the message.
    QString shortLogNoMessage() const;
};

} // namespace retort
