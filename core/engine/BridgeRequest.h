// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace retort {

/// One Alembic operation for the Python bridge, in plain values so any caller can fill it in.
struct BridgeRequest {
    /// Compare: autogenerate's comparison of env.py's target_metadata with the database.
    /// Check: the same comparison, refused unless the database is at head (`alembic check`).
    /// Revision / Merge write new revision files and leave the database alone.
    /// Sequence runs `actions` (upgrades, downgrades, resets) one after another in one process.
    enum class Operation {
        Current,
        Upgrade,
        Downgrade,
        Stamp,
        Compare,
        Check,
        Revision,
        Merge,
        Sequence,
    };

    Operation operation = Operation::Current;
    QString projectDir; ///< working folder: the one holding alembic.ini
    QString iniPath; ///< alembic.ini, absolute or relative to projectDir
    QString iniSection = QStringLiteral("alembic");
    QString databasePath; ///< the SQLite file every statement must go to
    QString target; ///< revision or range ("a:b" for offline SQL); empty: heads / -1
    bool offline = false; ///< `--sql`: render SQL instead of running it
    bool purge = false; ///< stamp --purge
    QString tag; ///< --tag
    QStringList xArguments; ///< extra `-x key=value` arguments for env.py

    // Revision and merge (the options of `alembic revision` and `alembic merge`).
    QString message; ///< -m
    bool autogenerate = false; ///< --autogenerate (revision only; reads the database)
    QString head; ///< --head (revision; empty: "head")
    bool splice = false; ///< --splice
    QString branchLabel; ///< --branch-label
    QStringList dependsOn; ///< --depends-on
    QString versionPath; ///< --version-path
    QString revId; ///< --rev-id
    QStringList revisions; ///< merge: the heads to join (empty: "heads"); stamp: several targets

    /// Sequence: {"action": "upgrade"|"downgrade"|"reset", "target", "snapshot"} objects (see
    /// op_sequence in retort_bridge.py).
    QJsonArray actions;

    /// True for operations that change the database (online upgrade, downgrade, stamp).
    /// Revision and merge write files, not the database.
    bool writes() const
    {
        const bool changesDatabase = operation == Operation::Upgrade
            || operation == Operation::Downgrade || operation == Operation::Stamp
            || operation == Operation::Sequence;
        return changesDatabase && !offline;
    }

    /// The operation as the bridge and the alembic command line spell it.
    QString operationName() const;

    /// The JSON object the bridge reads.
    QJsonObject toJson() const;

private:
    void insertAuthoring(QJsonObject &json) const;
};

} // namespace retort
