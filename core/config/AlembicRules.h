// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace retort {

/// Which Alembic release's configuration rules to follow. Releases differ in how they read path
/// settings and in whether they read pyproject.toml; the default is current Alembic (1.16+).
/// Retort reads a project the way the Alembic its users run does (see forVersion()).
struct AlembicRules {
    /// 1.16: `[tool.alembic]` in pyproject.toml is read (after the ini's section).
    bool pyproject = true;
    /// 1.16: `path_separator` splits version_locations and prepend_sys_path; before it,
    /// only `version_path_separator` exists and prepend_sys_path is always split the legacy way.
    bool pathSeparator = true;
    /// 1.13.3: the separator value `newline` is accepted and split entries are stripped.
    bool newlineSeparator = true;
    /// 1.10: the `recursive_version_locations` option exists.
    bool recursiveVersionLocations = true;

    /// The rules of an Alembic version such as "1.8.1" or "1.13.3"; current rules when the text
    /// is not a version.
    static AlembicRules forVersion(const QString &version);
};

} // namespace retort
