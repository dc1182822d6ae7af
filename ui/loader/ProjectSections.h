// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace retort {

/// The sections of a project's alembic.ini that configure an Alembic environment (they set
/// script_location), in file order: what `alembic -n NAME` could be given.
class ProjectSections {
public:
    /// `projectPath` is a folder or its alembic.ini. Empty when there is no readable ini
    /// (a pyproject.toml-only project has one unnamed environment).
    static QStringList find(const QString &projectPath);
};

} // namespace retort
