// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "engine/SafeRunResult.h"
#include "operations/OperationRequest.h"
#include "util/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// How a workbench action ended, in what the window shows.
struct OperationResult {
    enum class Status {
        Succeeded,
        Refused, ///< nothing ran (untrusted folder, read-only file, no interpreter, ...)
        Failed, ///< a backup or restore failed; the database was not changed by Retort
        Restored, ///< Alembic failed or was cancelled; the database was restored
        RestoreFailed, ///< Alembic failed and restoring failed too: see `backup`
    };

    OperationRequest request;
    Status status = Status::Refused;
    std::optional<Error> error; ///< what failed; `file` and `line` point into the failing script
    QString failedRevision;
    QString traceback; ///< Python's traceback, when Alembic raised
    bool cancelled = false; ///< the user cancelled the run
    std::optional<BackupInfo> backup; ///< the backup taken before the action (kept or not)
    bool backupKept = false; ///< `backup` is still in the store
    QStringList heads; ///< the database's revisions after a successful Alembic run

    bool ok() const { return status == Status::Succeeded; }
    /// The database is as it was before the action.
    bool databaseRestored() const { return status == Status::Restored; }
    /// One paragraph for a message box or a status line.
    QString summary() const;

    /// The result of an Alembic run, from the engine's.
    static OperationResult fromSafeRun(const OperationRequest &request, const SafeRunResult &run);
};

} // namespace retort

Q_DECLARE_METATYPE(retort::OperationResult)
