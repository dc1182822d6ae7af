// SPDX-License-Identifier: MIT
#pragma once

#include "operations/OperationRequest.h"
#include "util/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace retort {

/// One step an action would run, as plain values for the confirmation.
struct PlannedStep {
    QString revision; ///< the script's id; empty for stamp steps
    QString description; ///< Alembic's log line: "upgrade a -> b, message"
    QString file; ///< the script's path; empty for stamp steps
};

/// What an upgrade, downgrade or stamp would do to the database as it is now.
struct ActionPlan {
    QStringList currentRevisions; ///< the version table now
    QList<PlannedStep> steps; ///< in the order Alembic runs them
    /// The target to preview the SQL of these steps with (SqlPreview): a range "current:dest"
    /// from the single current revision, the request's target from an empty database; empty
    /// when no range can express the steps (several current heads, a downgrade to several).
    QString previewTarget;

    /// Reads the project natively (no Python runs) and computes the steps of `request` from the
    /// database's current revisions, with Alembic's semantics and error wording. Blocking: call
    /// it off the UI thread.
    static Result<ActionPlan> compute(
        const OperationContext &context, const OperationRequest &request);
};

} // namespace retort

Q_DECLARE_METATYPE(retort::ActionPlan)
