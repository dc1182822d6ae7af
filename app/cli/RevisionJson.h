// SPDX-License-Identifier: MIT
#pragma once

#include "graph/MigrationStep.h"
#include "graph/Revision.h"
#include "scripts/RevisionScript.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace retort {

/// The `--json` shapes of `retort`, shared with the differential tests:
///
/// - a revision: {"revision", "down_revisions", "depends_on", "branch_labels", "message",
///   "create_date" (null when the docstring has none), "path", "is_head", "is_base",
///   "is_branch_point", "is_merge_point", "next_revisions"}; flags follow Alembic's
///   Revision.is_head/is_base/is_branch_point/is_merge_point.
/// - a plan step: {"revision", "from_revisions", "to_revisions", "message", "log"} where "log" is
///   what Alembic logs after "Running ".
class RevisionJson {
public:
    static QJsonObject revision(const Revision &revision, const RevisionScript &script);
    static QJsonObject step(const MigrationStep &step);
    static QJsonArray strings(const QStringList &values);
};

} // namespace retort
