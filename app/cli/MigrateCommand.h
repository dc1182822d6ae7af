// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "project/Project.h"

namespace retort {

/// `retort upgrade|downgrade TARGET` and `retort stamp REV...`, with alembic's --sql (offline
/// SQL to stdout; TARGET may be START:END), --tag, stamp's --purge and -x. Online runs go through
/// SafeRunner: the database is backed up first and restored when the run fails, and stderr names
/// the revision, file and line that failed. Alembic's own log lines are printed as it prints them.
///
/// With --json, stdout is one object: operation, target, status, database, heads, the steps run,
/// the number of statements, the backup taken, and the error.
class MigrateCommand {
public:
    /// Runs options.command (Upgrade, Downgrade or Stamp) on `project`; returns the exit code.
    static int exec(const Project &project, const CliOptions &options);
};

} // namespace retort
