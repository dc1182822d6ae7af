// SPDX-License-Identifier: MIT
#pragma once

#include "checks/CheckResult.h"
#include "project/Project.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace retort {

/// `retort check`: the project's health checks (core/checks) through real Alembic, on
/// temporary databases only - a single head, an empty database upgrades to head, the models
/// match the database at head, and every revision upgrades, downgrades and upgrades again with
/// the schema restored each time.
///
///     retort check (--all | --revision REV ...) [--json] [-c alembic.ini] [-n NAME] [--db FILE]
///                  [--trust] [--timeout SECONDS]
///
/// Plain output: one line per revision and check, `PASS|FAIL|SKIP  REVISION  CHECK  message`,
/// with the differences, the failing SQL and the error indented below a failure; a summary goes
/// to stderr. --json prints one object with every result. Python runs only for a trusted
/// project folder, or with --trust (trusted for this run only, nothing is stored).
class HealthCommand {
public:
    enum ExitCode {
        Passed = 0, ///< every check passed
        Failed = 1, ///< a check failed (or, as for the other commands, an unknown revision)
        UsageError = 2,
        ProjectError = 3, ///< the project cannot be read, is not trusted, or Python cannot run
    };

    struct Options {
        bool all = false; ///< every check, every revision
        QStringList revisions; ///< --revision: the round trip of these revisions
        bool json = false;
        bool trust = false;
        int timeoutSeconds = 0; ///< per bridge run; 0: none
        bool showHelp = false;
        Project::Options project; ///< -c/--config, -n/--name, --db, --alembic-version
    };

    struct Output {
        QString out;
        QString err;
        int exitCode = Passed;
    };

    /// Parses the arguments after `check`. Errors have Kind::Usage.
    static Result<Options> parse(const QStringList &arguments);
    static QString helpText();

    /// One plain line for a result, with its details indented below when it failed; paths
    /// relative to `baseDir`.
    static QString plainResult(const CheckResult &result, const QString &baseDir);
    /// The whole report as printed: plain lines or JSON, the summary, the exit code.
    static Output format(const ChecksReport &report, bool json, const QString &baseDir);

    /// The whole command: parses `arguments` (after `check`), loads the project from the
    /// current folder, runs the checks, writes stdout/stderr and returns the exit code.
    static int exec(const QStringList &arguments);
};

} // namespace retort
