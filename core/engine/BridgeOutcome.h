// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeEvent.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace retort {

/// How a bridge run ended.
struct BridgeOutcome {
    enum class Status {
        Succeeded, ///< a result event and exit code 0
        Failed, ///< the bridge reported an error event (a Python exception)
        Crashed, ///< the process died or exited without a result (killed, crashed)
        Cancelled, ///< cancel() stopped it
        TimedOut, ///< the time limit stopped it
        FailedToStart, ///< the interpreter could not be started
    };

    Status status = Status::FailedToStart;
    QJsonObject result; ///< the result event's fields when Succeeded
    std::optional<BridgeEvent> error; ///< the error event when Failed
    int exitCode = -1;
    QString message; ///< one line saying what happened, for the user
    QString stderrTail; ///< the last lines the bridge wrote to stderr

    bool ok() const { return status == Status::Succeeded; }
};

} // namespace retort

Q_DECLARE_METATYPE(retort::BridgeOutcome)
