// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace retort {

/// What the workbench asks the loader for: a project, which of its ini sections, and the database.
struct LoadRequest {
    QString projectPath; ///< the project folder, or its alembic.ini
    QString databasePath; ///< SQLite file instead of sqlalchemy.url's; empty: the configured one
    QString section = QStringLiteral("alembic"); ///< the ini section (alembic -n)
    bool lint = true; ///< run the native linter on the loaded project

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
