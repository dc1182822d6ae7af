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
    bool showHelp = false; ///< --help
    bool showVersion = false; ///< --version

    /// Parses `arguments` (argv without the program name). Errors have Kind::Usage.
    static Result<CliOptions> parse(const QStringList &arguments);
    /// Every command `retort` runs headless, in help order; LaunchRequest uses it too, so the
    /// launcher and the parser cannot disagree.
    static const QStringList &commandNames();
    /// The text `retort --help` prints: a line per command, the options, the exit codes.
    static QString helpText();
};

} // namespace retort
