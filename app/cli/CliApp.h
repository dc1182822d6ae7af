// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

namespace retort {

/// The headless `retort` command line. Native commands, where nothing is written and no Python
/// runs: heads, history, branches, current, show (printed as the alembic commands of the same
/// name print them), plan (the steps an upgrade or downgrade would run), lint (LintCommand) and
/// the backup commands (BackupCommand). Commands that run the project's Alembic, only for a
/// trusted folder or with --trust: upgrade, downgrade, stamp (MigrateCommand), sql (SqlCommand),
/// check (CheckCommand), revision and merge (AuthorCommand).
/// CliOptions::commandNames() is the list of these commands.
///
/// Results go to stdout (plain, or JSON with --json); errors go to stderr as
/// "FAILED: <message>", the way the alembic CLI words them.
class CliApp {
public:
    /// Exit codes of `retort`.
    enum ExitCode {
        Success = 0,
        CommandFailed = 1, ///< a failure alembic would report too (bad revision, multiple heads)
        UsageError = 2, ///< unknown command or option, missing argument
        ProjectError = 3, ///< configuration, unreadable script or database problem
        Untrusted = 4, ///< the command runs Python and the folder is not trusted: nothing ran
        RestoreFailed = 5, ///< a write failed and the database could not be restored
    };

    /// Runs `retort` with the process's arguments and returns the exit code.
    static int run(int argc, char *argv[]);

    /// The exit code an error of this kind ends `retort` with.
    static ExitCode exitCodeFor(Error::Kind kind);
};

} // namespace retort
