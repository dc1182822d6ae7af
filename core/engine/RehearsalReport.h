// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeEvent.h"
#include "engine/BridgeOutcome.h"
#include "util/Result.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace retort {

/// What a rehearsal on a temporary copy of the database did.
struct RehearsalReport {
    BridgeOutcome bridge; ///< how the bridge run on the copy ended
    QList<BridgeEvent> steps; ///< step_start / step_end events, in order
    QList<BridgeEvent> statements; ///< every SQL statement executed on the copy
    QStringList schemaBefore; ///< the copy's schema before the run ("type name: sql")
    QStringList schemaAfter; ///< the copy's schema after the run, also after a failure
    std::optional<Error> error; ///< why the rehearsal failed or was refused

    bool ok() const { return !error.has_value() && bridge.ok(); }
};

} // namespace retort

Q_DECLARE_METATYPE(retort::RehearsalReport)
