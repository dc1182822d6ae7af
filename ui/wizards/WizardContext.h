// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeRequest.h"
#include "engine/TrustStore.h"
#include "project/Project.h"
#include "util/Result.h"

#include <QFuture>
#include <QString>

#include <memory>

namespace retort {

/// What the revision dialogs need to know about the open project: where it is, which database
/// is selected, and how to run its Alembic.
struct WizardContext {
    QString projectDir; ///< the folder holding alembic.ini
    QString iniPath = QStringLiteral("alembic.ini"); ///< relative to projectDir, or absolute
    QString iniSection = QStringLiteral("alembic");
    QString databasePath; ///< the selected SQLite file; empty when none
    QString interpreter; ///< the project's Python (InterpreterLocator)
    QString bridgeScript; ///< empty: BridgeProcess::locateScript()
    const TrustStore *trust = nullptr; ///< must outlive the dialogs

    /// A bridge request for this project and database.
    BridgeRequest request() const;

    /// Reads the project (scripts, graph, database state) on a worker thread.
    QFuture<std::shared_ptr<const Result<Project>>> loadProject() const;
};

} // namespace retort
