// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeOutcome.h"
#include "engine/RehearsalReport.h"
#include "util/Result.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace retort {

/// The SQL an upgrade, downgrade or stamp would run, and how Retort obtained it.
struct SqlPreviewReport {
    enum class Mode {
        Offline, ///< Alembic's `--sql` script
        Rehearsal, ///< offline was impossible: statements executed on a throw-away database
    };

    Mode mode = Mode::Offline;
    /// The offline script as Alembic renders it, or the rehearsed statements, each followed by
    /// ";" and a newline (bound parameters stay as placeholders).
    QString sql;
    /// Why offline could not be used (Alembic's message), empty in Offline mode.
    QString offlineFailure;
    BridgeOutcome offline; ///< the offline bridge run
    RehearsalReport rehearsal; ///< the rehearsal, in Rehearsal mode
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }

    /// "offline" or "rehearsal".
    QString modeName() const
    {
        return mode == Mode::Offline ? QStringLiteral("offline") : QStringLiteral("rehearsal");
    }
};

} // namespace retort

Q_DECLARE_METATYPE(retort::SqlPreviewReport)
