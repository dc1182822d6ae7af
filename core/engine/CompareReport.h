// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeOutcome.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// Autogenerate's comparison of env.py's target_metadata with the database, as data.
struct CompareReport {
    BridgeOutcome bridge;
    /// One object per difference: {"kind": "add_table"|"add_column"|"modify_nullable"|...,
    /// "args": [...]} in Alembic's diff order; a group of column modifications is an array.
    QJsonArray diffs;
    QString upgradePython; ///< the upgrade() body Alembic would write
    QString downgradePython; ///< the downgrade() body Alembic would write
    QStringList heads; ///< the database's revisions when compared
    /// Each model table's CREATE TABLE and CREATE INDEX statements for the database's dialect,
    /// keyed by table name (empty for `check`).
    QMap<QString, QString> modelDefinitions;
    std::optional<Error> error;

    bool ok() const { return !error.has_value() && bridge.ok(); }
    bool hasChanges() const { return !diffs.isEmpty(); }
};

} // namespace retort

Q_DECLARE_METATYPE(retort::CompareReport)
