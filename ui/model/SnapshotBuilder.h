// SPDX-License-Identifier: MIT
#pragma once

#include "model/GraphSnapshot.h"
#include "util/Result.h"

namespace retort {

class Project;

/// Turns a loaded core Project into the plain GraphSnapshot the workbench shows.
class SnapshotBuilder {
public:
    /// Loads the project in folder (or alembic.ini) `projectPath`, with `databasePath` instead of
    /// the configured database when not empty. Blocking: run it off the UI thread.
    static Result<GraphSnapshot> load(const QString &projectPath, const QString &databasePath);
    /// The snapshot of an already loaded project, states applied.
    static GraphSnapshot fromProject(const Project &project, const QString &projectPath);
};

} // namespace retort
