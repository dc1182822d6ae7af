// SPDX-License-Identifier: MIT
#pragma once

#include "config/AlembicRules.h"
#include "config/AlembicToml.h"
#include "config/IniFile.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// An Alembic project's configuration, resolved the way the alembic CLI run from the project
/// folder sees it, by the rules of current Alembic unless older AlembicRules are given:
///  - options come from the ini's section first (`-n NAME`, default `alembic`), then from
///    pyproject.toml's `[tool.alembic]` (which ignores the section name);
///  - `%(here)s` is the folder of the file the value came from;
///  - relative paths resolve against projectDir(): the ini's folder, or the pyproject.toml's
///    folder when there is no ini.
class ProjectConfig {
public:
    /// Loads a project. `iniPathOrProjectDir` is an .ini file, a pyproject.toml, or a folder
    /// (searched for alembic.ini, then pyproject.toml with a [tool.alembic] table). An
    /// alembic.ini and a pyproject.toml side by side are read together, as Alembic 1.16+ does;
    /// with `rules.pyproject` false, pyproject.toml is ignored as older Alembic ignores it.
    /// A missing file or section is reported with the ini path spelled from
    /// `iniPathOrProjectDir` as given (relative stays relative), in Alembic's wording.
    static Result<ProjectConfig> load(const QString &iniPathOrProjectDir,
        const QString &section = QStringLiteral("alembic"), const AlembicRules &rules = {});

    /// The sections of an ini file (or of a folder's alembic.ini), for `-n NAME` and pickers.
    static Result<QStringList> sections(const QString &iniPathOrProjectDir);

    QString iniPath() const { return m_iniPath; } ///< absolute, empty when none
    QString pyprojectPath() const { return m_pyprojectPath; } ///< absolute, empty when unused
    QString section() const { return m_section; }
    AlembicRules rules() const { return m_rules; }
    QString projectDir() const { return m_projectDir; }

    QString scriptLocation() const { return m_scriptLocation; } ///< absolute folder
    /// Absolute version folders; `<scriptLocation>/versions` unless version_locations is set.
    QStringList versionLocations() const { return m_versionLocations; }
    bool hasExplicitVersionLocations() const { return m_explicitVersionLocations; }
    bool recursiveVersionLocations() const { return m_recursiveVersionLocations; }
    bool sourceless() const { return m_sourceless; }
    QString fileTemplate() const { return m_fileTemplate; } ///< after interpolation
    int truncateSlugLength() const { return m_truncateSlugLength; }
    /// `sqlalchemy.url` from the ini section after interpolation (Alembic's env.py reads it with
    /// get_main_option, so pyproject.toml does not provide it); nullopt when absent.
    std::optional<QString> sqlalchemyUrl() const { return m_sqlalchemyUrl; }
    QStringList prependSysPath() const { return m_prependSysPath; } ///< absolute folders

    /// Any option, as Alembic's Config.get_alembic_option: the ini section first (interpolated),
    /// then [tool.alembic]; nullopt when neither has it.
    Result<std::optional<QString>> option(const QString &key) const;

private:
    Result<void> resolve();
    Result<void> resolvePathLists();
    Result<void> resolveFlags();
    Result<std::optional<QString>> iniOption(const QString &key) const;
    Result<std::optional<QStringList>> pathList(const QString &key, bool versionLocations) const;
    QString configFileForErrors() const;

    std::optional<IniFile> m_ini;
    std::optional<AlembicToml> m_toml;
    AlembicRules m_rules;
    QString m_iniPath;
    QString m_pyprojectPath;
    QString m_section;
    QString m_projectDir;
    QString m_scriptLocation;
    QStringList m_versionLocations;
    bool m_explicitVersionLocations = false;
    bool m_recursiveVersionLocations = false;
    bool m_sourceless = false;
    QString m_fileTemplate;
    int m_truncateSlugLength = 40;
    std::optional<QString> m_sqlalchemyUrl;
    QStringList m_prependSysPath;
};

} // namespace retort
