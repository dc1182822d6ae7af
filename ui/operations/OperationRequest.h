// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "engine/BridgeRequest.h"

#include <QMetaType>
#include <QString>

namespace retort {

/// Where an action runs: the project, its database and the Python that runs its Alembic.
struct OperationContext {
    QString projectDir; ///< the folder holding alembic.ini
    QString iniPath; ///< alembic.ini, absolute or relative to projectDir; empty: "alembic.ini"
    QString iniSection = QStringLiteral("alembic");
    QString databasePath; ///< the SQLite file the actions change
    QString interpreter; ///< the Python with alembic and sqlalchemy
    QString bridgeScript; ///< empty: BridgeProcess::locateScript()

    /// A bridge request for `operation` towards `target` in this context.
    BridgeRequest bridgeRequest(BridgeRequest::Operation operation, const QString &target) const;
};

/// One action the user asked for from the workbench.
struct OperationRequest {
    enum class Kind { Backup, Upgrade, Downgrade, Stamp, Restore };

    Kind kind = Kind::Upgrade;
    /// Upgrade/downgrade/stamp target as Alembic spells it ("head", "-1", an id, "label@head").
    QString target;
    /// Keep the backup taken before a write in the Backups list. When false, the backup still
    /// guards the run (restore on failure) but is deleted after a success.
    bool keepBackup = true;
    /// The backup to restore (Kind::Restore).
    BackupInfo backup;
    /// Steps the caller expects (from the confirmation), for progress; 0 when unknown.
    int expectedSteps = 0;

    static OperationRequest upgrade(const QString &target = QStringLiteral("head"));
    static OperationRequest downgrade(const QString &target = QStringLiteral("-1"));
    static OperationRequest stamp(const QString &target);
    static OperationRequest backupNow();
    static OperationRequest restore(const BackupInfo &backup);

    /// True for upgrade, downgrade and stamp: the kinds that run Alembic.
    bool runsAlembic() const;
    /// The engine operation of an Alembic kind.
    BridgeRequest::Operation bridgeOperation() const;
    /// What the workbench calls it: "Upgrade to head", "Restore backup ...".
    QString title() const;
};

} // namespace retort

Q_DECLARE_METATYPE(retort::OperationRequest)
