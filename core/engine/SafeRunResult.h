// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "engine/BridgeOutcome.h"
#include "util/Result.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace retort {

/// How a SafeRunner run ended.
struct SafeRunResult {
    enum class Status {
        Succeeded, ///< the bridge finished the operation
        Refused, ///< nothing ran: untrusted folder, read-only file, no backup possible, ...
        Failed, ///< a run that writes nothing (current, offline SQL) failed
        Restored, ///< the run failed and the database was restored from the backup
        RestoreFailed, ///< the run failed and restoring failed too: see `error` and `backup`
    };

    Status status = Status::Refused;
    BridgeOutcome bridge; ///< how the bridge ended, when it was started
    std::optional<BackupInfo> backup; ///< the backup taken before a write
    std::optional<Error> error; ///< what failed, in which revision, file and line
    QString failedRevision; ///< the revision whose step was running, if known

    bool ok() const { return status == Status::Succeeded; }
};

} // namespace retort

Q_DECLARE_METATYPE(retort::SafeRunResult)
