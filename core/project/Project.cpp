// SPDX-License-Identifier: MIT
#include "project/Project.h"

#include "scripts/ScriptDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

namespace retort {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Project", text);
}

} // namespace

Result<Project> Project::load(const Options &options)
{
    Result<ProjectConfig> config = ProjectConfig::load(options.configPath, options.section);
    if (!config)
        return config.error();
    Project project;
    project.m_config = std::move(config).value();
    if (Result<void> loaded = project.loadScripts(options); !loaded)
        return loaded.error();
    project.m_databaseProblem = project.chooseDatabase(options);
    if (!project.m_databaseProblem)
        project.readDatabase(options.versionTable);
    return project;
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
    scan.alembicVersion = options.alembicVersion;
    ScriptScan scanned = ScriptDirectory::scan(scan);
    m_scripts = std::move(scanned.scripts);
    m_scanWarnings = std::move(scanned.warnings);
    m_map = std::make_unique<RevisionMap>(m_scripts, mapVersion(options.alembicVersion));
    return {};
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
            tr("No database: the configuration has no sqlalchemy.url and no --db "
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
            tr("Only SQLite databases can be read natively; %1 is a %2 URL")
                .arg(m_databaseUrl, parsed->backendName()));
    }
    if (target->inMemory) {
        return makeError(Error::Kind::Unsupported,
            tr("%1 is an in-memory database: it has no state to read").arg(m_databaseUrl));
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
