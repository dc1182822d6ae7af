// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "engine/BackupStore.h"
#include "project/Project.h"

#include <QJsonObject>

namespace retort {

/// The native backup commands, over BackupStore (the same folder the window uses); no Python
/// runs, so no trust is needed:
///
///     retort backup            back up the project's database now
///     retort backups           list its backups, newest first: id, time, revisions, size, source
///     retort restore ID        restore one (an id or an unambiguous prefix); the present state
///                              is backed up first
///
/// --json prints the backups as objects (backupJson()).
class BackupCommand {
public:
    /// Runs options.command (Backup, Backups or Restore); returns the exit code.
    static int exec(const Project &project, const CliOptions &options);

    /// A backup as JSON: id, path, source, revisions, created (ISO 8601 UTC), size, reason.
    static QJsonObject backupJson(const BackupInfo &backup);

private:
    static int backup(BackupStore &store, const QString &database, const CliOptions &options);
    static int list(const BackupStore &store, const QString &database, const CliOptions &options);
    static int restore(BackupStore &store, const QString &database, const CliOptions &options);
};

} // namespace retort
