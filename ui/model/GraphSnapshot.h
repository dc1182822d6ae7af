// SPDX-License-Identifier: MIT
#pragma once

#include "model/RevisionEntry.h"
#include "util/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// A loaded project as plain values: what the graph, the details pane and the database banner
/// show. Built off the UI thread; `generation` tells a stale load from the current one.
struct GraphSnapshot {
    QString projectPath;
    QList<RevisionEntry> revisions; ///< history order, newest first (as `alembic history`)
    QStringList heads;
    QList<Error> problems; ///< problems found while building the revision map

    QString databasePath; ///< empty when the project names no database file
    bool databaseRead = false; ///< the version table (or its absence) was read
    QStringList currentRevisions; ///< version table rows
    QStringList unknownRevisions; ///< rows that name no revision of the project
    std::optional<Error> databaseProblem;

    quint64 generation = 0;
};

} // namespace retort

Q_DECLARE_METATYPE(retort::GraphSnapshot)
