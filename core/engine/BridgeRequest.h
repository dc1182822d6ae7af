// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace retort {

/// One Alembic operation for the Python bridge, in plain values so any caller can fill it in.
struct BridgeRequest {
    /// Compare: autogenerate's comparison of env.py's target_metadata with the database.
    enum class Operation { Current, Upgrade, Downgrade, Stamp, Compare };

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

    /// True for operations that change the database (online upgrade, downgrade, stamp).
    bool writes() const
    {
        return operation != Operation::Current && operation != Operation::Compare && !offline;
    }

    /// The operation as the bridge and the alembic command line spell it.
    QString operationName() const;

    /// The JSON object the bridge reads.
    QJsonObject toJson() const;
};

} // namespace retort
