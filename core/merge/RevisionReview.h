// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace retort {

/// The operations a user kept after reviewing an autogenerate comparison, for writing a revision
/// with only those. Alembic runs autogenerate again while writing (so env.py, the template and
/// post-write hooks apply) and the bridge's process_revision_directives hook keeps the chosen
/// operations; it refuses when the comparison no longer finds exactly `diffs`.
struct RevisionReview {
    QJsonArray diffs; ///< every operation the reviewed comparison found (CompareReport::diffs)
    QList<int> kept; ///< indices into diffs written as they are
    /// (remove_column, add_column) index pairs written as one op.alter_column(...,
    /// new_column_name=...) instead (in a batch block on SQLite).
    QList<std::pair<int, int>> renames;

    /// The `-x` key the review rides under: the bridge takes it out before env.py runs, so
    /// BridgeRequest needs no field of its own.
    static QString xKey() { return QStringLiteral("retort.review"); }

    /// The review as the bridge reads it: {"expected", "keep", "renames": [{"drop", "add"}]}.
    QJsonObject toJson() const;

    /// `base` as an autogenerate revision request carrying this review.
    BridgeRequest apply(BridgeRequest base) const;
};

} // namespace retort
