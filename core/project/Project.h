// SPDX-License-Identifier: MIT
#pragma once

#include "config/ProjectConfig.h"
#include "config/SqlUrl.h"
#include "db/DatabaseState.h"
#include "engine/InterpreterLocator.h"
#include "graph/RevisionMap.h"
#include "scripts/RevisionScript.h"
#include "scripts/ScriptDirectory.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace retort {

/// An Alembic project as Retort sees it, loaded in one go: the configuration, the revision
/// scripts (read statically), the RevisionMap built from them, and the state of the SQLite
/// database the project points at. Nothing is written and no Python runs.
class Project {
public:
    /// What to load.
    struct Options {
        QString configPath = QStringLiteral("alembic.ini"); ///< alembic.ini, or its folder
        QString section = QStringLiteral("alembic"); ///< ini section (alembic -n)
        /// SQLite file to use instead of sqlalchemy.url; empty: take it from the URL.
        QString databaseOverride;
        QString versionTable = DatabaseState::defaultVersionTable();
        /// The Alembic release to behave like where releases differ (config keys, script load
        /// order), e.g. "1.8.1" or "1.13.2". Empty: the release the project's interpreter has
        /// installed, read from package metadata without running it
        /// (InterpreterLocator::locateWithoutRunning), else the newest rules Retort knows.
        QString alembicVersion;
        /// The folder a relative sqlite URL or databaseOverride is relative to, as for the alembic
        /// CLI (the current folder); empty: the project folder.
        QString workingDir;
        /// Read upgrade()/downgrade() operations (lint, the workbench). Commands that only need
        /// the revision graph (heads, history, current...) set false and load faster; nothing
        /// else in the project differs.
        bool operations = true;
        /// Folder of the persistent header cache (ScriptCacheFile), e.g.
        /// ScriptCacheFile::defaultFolder(); empty: no cache, every script is parsed.
        QString headerCacheDir;
    };

    /// Loads the project. Fails only when the configuration or the script folder cannot be read;
    /// database trouble is kept in databaseProblem() so that commands which do not need the
    /// database still work.
    static Result<Project> load(const Options &options);

    const ProjectConfig &config() const { return m_config; }

    /// The Alembic release whose rules the project was read with (see Options::alembicVersion).

    const QString &alembicVersion() const { return m_alembicVersion; }
    /// The scripts in Alembic's load order; Revision::scriptIndex points into this list.
    const QList<RevisionScript> &scripts() const { return m_scripts; }
    const RevisionMap &revisionMap() const { return *m_map; }
    /// Alembic's warnings while listing the scripts (a file loaded twice).
    const QStringList &scanWarnings() const { return m_scanWarnings; }
    /// How many scripts came from the header cache instead of being parsed.
    qsizetype cachedScripts() const { return m_cachedScripts; }
    /// The script a revision of revisionMap() was built from.
    const RevisionScript &script(const Revision &revision) const;

    /// The database file in use (from the override, else from an sqlite URL); empty when none.
    const QString &databasePath() const { return m_databasePath; }
    /// The URL the database was chosen from, as Alembic shows it (password masked): for an
    /// override, "sqlite:///" and the path as given.
    const QString &databaseUrl() const { return m_databaseUrl; }
    /// The database's state; nullopt when there is no database file to read.
    const std::optional<DatabaseState> &databaseState() const { return m_databaseState; }
    /// Why current revisions cannot be known, or nullopt. Kinds: Config (no or bad database URL),
    /// Unsupported (not SQLite, or in memory), Database (see DatabaseState), Resolution (the
    /// version table names a revision no script has, in Alembic's wording).
    const std::optional<Error> &databaseProblem() const { return m_databaseProblem; }
    /// Version table entries that name no revision of revisionMap(), in table order.
    const QStringList &unknownRevisions() const { return m_unknownRevisions; }
    /// The database's version table rows, or databaseProblem().
    /// With `allowUnknown`, ids no script has are returned instead of failing (history -i).
    Result<QStringList> currentRevisions(bool allowUnknown = false) const;

private:
    Project() = default;
    Result<void> loadScripts(const Options &options);
    ScriptScan scanScripts(const ScriptDirectoryOptions &scan, const QString &cacheDir);
    std::optional<Error> chooseDatabase(const Options &options);
    void readDatabase(const QString &versionTable);
    static RevisionMap::AlembicVersion mapVersion(const QString &alembicVersion);
    static InterpreterInfo installedAlembic(const QString &projectDir);

    ProjectConfig m_config;
    QString m_alembicVersion;
    QString m_pythonVersion;
    QList<RevisionScript> m_scripts;
    QStringList m_scanWarnings;
    std::unique_ptr<RevisionMap> m_map;
    QString m_databasePath;
    QString m_databaseUrl;
    std::optional<DatabaseState> m_databaseState;
    std::optional<Error> m_databaseProblem;
    QStringList m_unknownRevisions;
    qsizetype m_cachedScripts = 0;
};

} // namespace retort
