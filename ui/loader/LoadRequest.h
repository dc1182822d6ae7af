// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace retort {

/// What the workbench asks the loader for: a project, which of its ini sections, and the database.
struct LoadRequest {
    QString projectPath; ///< the project folder, or its alembic.ini
    QString databasePath; ///< SQLite file instead of sqlalchemy.url's; empty: the configured one
    QString section = QStringLiteral("alembic"); ///< the ini section (alembic -n)
    bool lint = true; ///< run the native linter on the loaded project (a full load)
    /// Full: scripts read with their operations, linted. Graph: only what the revision graph
    /// and the database's place in it need, from the header cache where it is fresh (quick).
    enum class Depth { Graph, Full } depth = Depth::Full;
    /// ProjectLoader delivers the graph first, then the full project (a second `loaded`), so a
    /// large project shows while its scripts are still being read.
    bool graphFirst = false;

    /// The project at `projectPath` with its configured database and the default section.
    static LoadRequest of(const QString &projectPath, bool lint = true)
    {
        LoadRequest request;
        request.projectPath = projectPath;
        request.lint = lint;
        return request;
    }
};

} // namespace retort
