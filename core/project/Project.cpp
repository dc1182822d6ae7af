// SPDX-License-Identifier: MIT
#include "project/Project.h"

#include "scripts/ScriptCacheFile.h"
#include "scripts/ScriptDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

namespace retort {

Result<Project> Project::load(const Options &options)
{
    Project project;
    project.m_alembicVersion = options.alembicVersion;
    if (project.m_alembicVersion.isEmpty()) {
        const QFileInfo given(options.configPath);
        const InterpreterInfo installed
            = installedAlembic(given.isDir() ? given.absoluteFilePath() : given.absolutePath());
        project.m_alembicVersion = installed.alembicVersion;
        project.m_pythonVersion = installed.pythonVersion;
    }
    // The config by the rules of that release (path separators, pyproject.toml).
    Result<ProjectConfig> config = ProjectConfig::load(
        options.configPath, options.section, AlembicRules::forVersion(project.m_alembicVersion));
    if (!config)
        return config.error();
    project.m_config = std::move(config).value();
    if (Result<void> loaded = project.loadScripts(options); !loaded)
        return loaded.error();
    project.m_databaseProblem = project.chooseDatabase(options);
    if (!project.m_databaseProblem)
        project.readDatabase(options.versionTable);
    return project;
}

InterpreterInfo Project::installedAlembic(const QString &projectDir)
{
    // The newest rules Retort knows, for a machine where no Alembic is found at all.
    InterpreterInfo newest {{}, {}, {}, QStringLiteral("1.16.0"), {}};
    const auto found = InterpreterLocator(InterpreterLocator::fromEnvironment(projectDir, false))
                           .locateWithoutRunning();
    return found ? *found : newest;
}

RevisionMap::AlembicVersion Project::mapVersion(const QString &alembicVersion)
{
    const QVersionNumber version = QVersionNumber::fromString(alembicVersion);
    return version < QVersionNumber(1, 10) ? RevisionMap::AlembicVersion::V1_8
                                           : RevisionMap::AlembicVersion::V1_13;
}

Result<void> Project::loadScripts(const Options &options)
{
    const QString scriptLocation = m_config.scriptLocation();
    if (!QFileInfo(scriptLocation).isDir()) {
        // Alembic's wording (ScriptDirectory.__init__).
        return makeError(Error::Kind::Config,
            QStringLiteral("Path doesn't exist: '%1'.  Please use the 'init' command "
                           "to create a new scripts folder.")
                .arg(scriptLocation),
            m_config.iniPath());
    }
    ScriptDirectoryOptions scan;
    scan.versionLocations = m_config.versionLocations();
    scan.recursive = m_config.recursiveVersionLocations();
    scan.sourceless = m_config.sourceless();
    scan.alembicVersion = m_alembicVersion;
    scan.pythonVersion = m_pythonVersion;
    scan.operations = options.operations;
    ScriptScan scanned = scanScripts(scan, options.headerCacheDir);
    m_scripts = std::move(scanned.scripts);
    m_scanWarnings = std::move(scanned.warnings);
    m_map = std::make_unique<RevisionMap>(m_scripts, mapVersion(m_alembicVersion));
    return {};
}

ScriptScan Project::scanScripts(const ScriptDirectoryOptions &scan, const QString &cacheDir)
{
    if (cacheDir.isEmpty())
        return ScriptDirectory::scan(scan);
    // The cache is an optimisation only: a file that cannot be read or written changes nothing.
    const QString file = ScriptCacheFile::pathFor(cacheDir, scan.versionLocations);
    const QString key = scan.versionLocations.join(QLatin1Char('\n'));
    ScriptCache cache;
    ScriptCacheFile::read(file, key, &cache);
    ScriptScan scanned = ScriptDirectory::scan(scan, &cache);
    m_cachedScripts = cache.hits();
    if (cache.changedSinceRestore())
        (void)ScriptCacheFile::write(file, key, cache);
    return scanned;
}

std::optional<Error> Project::chooseDatabase(const Options &options)
{
    const QString base = options.workingDir.isEmpty() ? m_config.projectDir() : options.workingDir;
    if (!options.databaseOverride.isEmpty()) {
        m_databasePath = QDir::cleanPath(QDir(base).absoluteFilePath(options.databaseOverride));
        m_databaseUrl = QStringLiteral("sqlite:///") + options.databaseOverride;
        return std::nullopt;
    }
    const std::optional<QString> url = m_config.sqlalchemyUrl();
    if (!url || url->isEmpty()) {
        return makeError(Error::Kind::Config,
            QCoreApplication::translate("Project",
                "No database: the configuration has no sqlalchemy.url and no --db "
                "file was given"),
            m_config.iniPath());
    }
    Result<SqlUrl> parsed = SqlUrl::parse(*url);
    if (!parsed)
        return parsed.error();
    m_databaseUrl = parsed->redacted();
    Result<SqliteTarget> target = parsed->sqliteTarget(base);
    if (!target) {
        if (target.error().kind != Error::Kind::Unsupported)
            return target.error();
        return makeError(Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Project", "Only SQLite databases can be read natively; %1 is a %2 URL")
                .arg(m_databaseUrl, parsed->backendName()));
    }
    if (target->inMemory) {
        return makeError(Error::Kind::Unsupported,
            QCoreApplication::translate(
                "Project", "%1 is an in-memory database: it has no state to read")
                .arg(m_databaseUrl));
    }
    m_databasePath = target->path;
    return std::nullopt;
}

void Project::readDatabase(const QString &versionTable)
{
    m_databaseState = DatabaseState::read(m_databasePath, versionTable);
    if (!m_databaseState->ok()) {
        m_databaseProblem = m_databaseState->error();
        return;
    }
    for (const QString &version : m_databaseState->versions()) {
        if (!m_map->revisions(version))
            m_unknownRevisions.append(version);
    }
    if (!m_unknownRevisions.isEmpty()) {
        // Alembic's wording: `alembic current` fails this way for such a database.
        m_databaseProblem = makeError(Error::Kind::Resolution,
            QStringLiteral("Can't locate revision identified by '%1'")
                .arg(m_unknownRevisions.first()),
            m_databasePath);
    }
}

const RevisionScript &Project::script(const Revision &revision) const
{
    return m_scripts.at(revision.scriptIndex);
}

Result<QStringList> Project::currentRevisions(bool allowUnknown) const
{
    if (m_databaseProblem && !(allowUnknown && m_databaseProblem->kind == Error::Kind::Resolution))
        return *m_databaseProblem;
    return m_databaseState->versions();
}

} // namespace retort
