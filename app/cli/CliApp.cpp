// SPDX-License-Identifier: MIT
#include "cli/CliApp.h"

#include "cli/AuthorCommand.h"
#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliOptions.h"
#include "cli/HealthCommand.h"
#include "cli/LintCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/SqlCommand.h"
#include "project/Project.h"
#include "scripts/ScriptCacheFile.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace retort {

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const Error &error)
{
    write(stderr, QStringLiteral("FAILED: %1\n").arg(error.message));
    return CliApp::exitCodeFor(error.kind);
}

Project::Options projectOptions(const CliOptions &options)
{
    Project::Options project;
    project.configPath = options.configPath;
    project.section = options.section;
    project.databaseOverride = options.database;
    project.versionTable = options.versionTable;
    project.alembicVersion = options.alembicVersion;
    project.workingDir = QDir::currentPath(); // relative sqlite paths, as for the alembic CLI
    project.operations = false; // no command but lint (loaded elsewhere) shows operations
    if (!options.noCache)
        project.headerCacheDir = ScriptCacheFile::defaultFolder();
    return project;
}

/// Runs the engine and backup commands, which stream their own output; -1 for the others.
int runCommand(const Project &project, const CliOptions &options)
{
    using C = CliOptions::Command;
    switch (options.command) {
    case C::Upgrade:
    case C::Downgrade:
    case C::Stamp:
        return MigrateCommand::exec(project, options);
    case C::Sql:
        return SqlCommand::exec(project, options);
    case C::Check:
        return CheckCommand::exec(project, options);
    case C::Revision:
    case C::Merge:
        return AuthorCommand::exec(project, options);
    case C::Backup:
    case C::Backups:
    case C::Restore:
        return BackupCommand::exec(project, options);
    default:
        return -1;
    }
}

} // namespace

CliApp::ExitCode CliApp::exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::Io:
    case Error::Kind::Config:
    case Error::Kind::Database:
    case Error::Kind::Unsupported:
    case Error::Kind::Parse:
        return ProjectError;
    default:
        return CommandFailed;
    }
}

int CliApp::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As the window (app/main.cpp), so both share the trust store, settings and backups.
    QCoreApplication::setOrganizationName(QStringLiteral("Retort"));
    QCoreApplication::setApplicationName(QStringLiteral("retort"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));

    const Result<CliOptions> options = CliOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        const int code = fail(options.error());
        write(stderr, QCoreApplication::translate("CliApp", "Run 'retort --help' for usage.\n"));
        return code;
    }
    if (options->showHelp) {
        write(stdout, CliOptions::helpText());
        return Success;
    }
    if (options->command == CliOptions::Command::Lint)
        return LintCommand::exec(options->lintArguments);
    if (options->showVersion) {
        write(stdout, QStringLiteral("retort %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (options->checkAll)
        return HealthCommand::exec(options->healthArguments);
    const Result<Project> project = Project::load(projectOptions(*options));
    if (!project)
        return fail(project.error());
    if (int code = runCommand(*project, *options); code >= 0)
        return code;
    // As alembic/command.py: the configuration first, then the arguments, and the scripts and
    // the database only when (and in the order) the command reads them.
    if (Result<void> checked = CliCommands::checkArguments(*options); !checked)
        return fail(checked.error());
    const Result<QString> output = CliCommands(*project, *options).run();
    if (!output)
        return fail(output.error());
    write(stdout, *output);
    return Success;
}

} // namespace retort
