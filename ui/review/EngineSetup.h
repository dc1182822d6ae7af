// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeRequest.h"
#include "engine/TrustStore.h"

#include <QString>

namespace retort {

/// What a pane needs to run the bridge for the open project: where, with which interpreter and
/// against which database. Plain values, copied into worker threads.
struct EngineSetup {
    QString projectDir;
    QString iniPath;
    QString iniSection = QStringLiteral("alembic");
    QString databasePath;
    QString interpreter;
    QString bridgeScript; ///< empty: BridgeProcess finds the installed or built script
    TrustStore trust = TrustStore(); ///< the application's trust store unless set

    bool isValid() const { return !projectDir.isEmpty() && !interpreter.isEmpty(); }

    /// A request for `operation` on this project and database.
    BridgeRequest request(BridgeRequest::Operation operation) const
    {
        BridgeRequest request;
        request.operation = operation;
        request.projectDir = projectDir;
        request.iniPath = iniPath;
        request.iniSection = iniSection;
        request.databasePath = databasePath;
        return request;
    }
};

} // namespace retort
