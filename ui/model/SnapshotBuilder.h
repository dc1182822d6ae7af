// SPDX-License-Identifier: MIT
#pragma once

#include "loader/LoadRequest.h"
#include "model/GraphSnapshot.h"
#include "util/Result.h"

namespace retort {

class Project;

/// Turns a loaded core Project into the plain GraphSnapshot the workbench shows.
class SnapshotBuilder {
public:
    /// Loads the project the request names, lints it when asked and finds its interpreter
    /// without running it. Blocking: run it off the UI thread.
    static Result<GraphSnapshot> load(const LoadRequest &request);
    /// The snapshot of an already loaded project, states applied (no lint, no interpreter).
    static GraphSnapshot fromProject(const Project &project, const QString &projectPath);
    /// Puts the linter's findings in `snapshot` and counts them per revision.
    static void addFindings(GraphSnapshot &snapshot, QList<LintFinding> findings);
};

} // namespace retort
