// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace retort {

/// A `retort` command line, parsed. Options may come before or after the command, as in
/// `retort -c alembic.ini history -r -3: -v`.
struct CliOptions {
    enum class Command {
        Heads,
        History,
        Branches,
        Current,
        Show,
        Plan,
        Lint, ///< handed to LintCommand with lintArguments
        // Commands that run the project's Alembic (EngineSession: trust, interpreter, bridge).
        Upgrade,
        Downgrade,
        Stamp,
        Sql, ///< the SQL from the database's current revision(s) to a target
        Check,
        Revision,
        Merge,
        // Native backup commands (BackupCommand): no Python runs.
        Backup,
        Backups,
        Restore,
    };

    Command command = Command::Heads;
    QString configPath = QStringLiteral(
        "alembic.ini"); ///< -c/--config: a file or a folder; default $ALEMBIC_CONFIG or alembic.ini
    QString section = QStringLiteral("alembic"); ///< -n/--name
    QString database; ///< --db: overrides sqlalchemy.url
    QString versionTable = QStringLiteral("alembic_version"); ///< --version-table
    QString alembicVersion; ///< --alembic-version; empty: the installed Alembic's
    bool json = false; ///< --json
    bool verbose = false; ///< -v/--verbose
    bool noCache = false; ///< --no-cache: parse every script, ignore the header cache
    QString revRange; ///< history -r/--rev-range
    bool hasRevRange = false;
    bool indicateCurrent = false; ///< history -i/--indicate-current
    bool resolveDependencies = false; ///< heads --resolve-dependencies
    QString revision; ///< show REV
    bool upgrade = true; ///< plan upgrade|downgrade
    QString target; ///< plan ... TARGET
    QStringList fromRevisions; ///< plan --from REV[,REV]
    bool hasFrom = false;
    QStringList lintArguments; ///< lint: every argument but the word `lint`, for LintCommand
    /// `check --all`: every argument but the word `check`, for the health check (HealthCommand),
    /// which parses its own options.
    QStringList healthArguments;
    bool checkAll = false;

    // Commands that run Python (alembic's argument forms).
    bool trust = false; ///< --trust: run the project's Python this once, untrusted folder or not
    QStringList xArguments; ///< -x key=value, repeatable, for env.py
    QStringList revisions; ///< upgrade/downgrade/sql TARGET; stamp REV...; merge REV...
    bool sql = false; ///< upgrade/downgrade/stamp --sql: offline SQL, nothing runs on the database
    QString tag; ///< upgrade/downgrade/stamp --tag
    bool purge = false; ///< stamp --purge
    QString message; ///< revision/merge -m
    bool autogenerate = false; ///< revision --autogenerate
    QString head; ///< revision --head
    bool splice = false; ///< revision --splice
    QString branchLabel; ///< revision/merge --branch-label
    QStringList dependsOn; ///< revision --depends-on, repeatable
    QString versionPath; ///< revision --version-path
    QString revId; ///< revision/merge --rev-id
    QString backupId; ///< restore ID
    bool showHelp = false; ///< --help
    bool showVersion = false; ///< --version

    /// True for the commands that run the project's Python (and so need trust).
    bool runsPython() const;

    /// Parses `arguments` (argv without the program name). Errors have Kind::Usage.
    static Result<CliOptions> parse(const QStringList &arguments);
    /// Every command `retort` runs headless, in help order; LaunchRequest uses it too, so the
    /// launcher and the parser cannot disagree.
    static const QStringList &commandNames();
    /// The text `retort --help` prints: a line per command, the options, the exit codes.
    static QString helpText();
};

} // namespace retort
