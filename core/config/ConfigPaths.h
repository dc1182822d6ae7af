// SPDX-License-Identifier: MIT
#pragma once

#include "config/AlembicRules.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// How Alembic turns path settings into folders: splitting `version_locations` and
/// `prepend_sys_path`, and resolving a location (relative, absolute or `package:dir`).
///
/// Splitting, for current Alembic (1.16+, `Config.get_version_locations_list` /
/// `get_prepend_sys_paths_list`):
///  - `path_separator` (`space`, `newline`, `os`, `:`, `;`) splits both settings, entries are
///    stripped and empty ones dropped;
///  - for `version_locations` only, the deprecated `version_path_separator` is used when
///    `path_separator` is absent;
///  - with neither, the legacy split applies: `version_locations` on commas and spaces,
///    `prepend_sys_path` on commas, spaces and colons (empty entries kept, as Alembic does).
/// Before 1.16 (AlembicRules::pathSeparator false) only `version_path_separator` exists and
/// prepend_sys_path is always split the legacy way; before 1.13.3 (newlineSeparator false)
/// `newline` is rejected and entries are not stripped. ProjectConfig picks the setting names.
class ConfigPaths {
public:
    /// The character a separator setting names; `settingName` is the key it came from, for
    /// Alembic's error wording.
    static Result<QString> separator(
        const QString &setting, const QString &settingName, const AlembicRules &rules = {});

    /// Splits `version_locations`; `separator` is the resolved character or nullopt for legacy.
    static QStringList splitVersionLocations(const QString &value,
        const std::optional<QString> &separator, const AlembicRules &rules = {});
    /// Splits `prepend_sys_path`; `separator` is the resolved character or nullopt for legacy.
    static QStringList splitPrependSysPath(
        const QString &value, const std::optional<QString> &separator);

    /// An absolute, clean path for a location as Alembic's coerce_resource_to_filename sees it:
    /// absolute paths stay, `package:dir[:more]` is looked up as a Python package in `sysPath`
    /// (in order; a regular package with __init__.py wins over a namespace folder), other paths
    /// are relative to `baseDir` (the folder the alembic CLI would run in).
    static Result<QString> resolve(
        const QString &location, const QString &baseDir, const QStringList &sysPath);
};

} // namespace retort
