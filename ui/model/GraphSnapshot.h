// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintFinding.h"
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
    QString section; ///< the ini section the project was read from
    /// Where a change means the snapshot is stale: the version locations (and the folders of
    /// scripts in subfolders of them), and files: alembic.ini, pyproject.toml, every script, the
    /// database.
    QStringList watchFolders;
    QStringList watchFiles;
    /// Python files of the project outside its version folders (the first 200 found): where its
    /// models may live, so a change there makes a model diff stale.
    QStringList modelFiles;
    QList<RevisionEntry> revisions; ///< history order, newest first (as `alembic history`)
    QStringList heads;
    QList<Error> problems; ///< problems found while building the revision map
    QList<LintFinding> findings; ///< the native linter's findings, in its order

    QString databasePath; ///< empty when the project names no database file
    bool databaseRead = false; ///< the version table (or its absence) was read
    QStringList currentRevisions; ///< version table rows
    QStringList unknownRevisions; ///< rows that name no revision of the project
    std::optional<Error> databaseProblem;

    QString interpreterPath; ///< the project's Python as found without running it; may be empty
    QString pythonVersion; ///< "3.X" when known
    QString alembicVersion; ///< the installed Alembic, else empty
    QString alembicRules; ///< the Alembic release whose rules the project was read with

    quint64 generation = 0;
    /// False for a LoadRequest::Depth::Graph load: no operations, lint findings or model files
    /// yet (a full snapshot of the same generation follows when the load was graph-first).
    bool complete = true;
};

} // namespace retort

Q_DECLARE_METATYPE(retort::GraphSnapshot)
