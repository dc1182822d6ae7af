// SPDX-License-Identifier: MIT
#pragma once

#include "project/Project.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace retort {

/// `retort lint`: runs Retort's native migration linter (core/lint) over a project.
///
///     retort lint [-c alembic.ini] [-n NAME] [--db FILE] [--json | --format plain|json|github]
///                 [--select IDS] [--ignore IDS] [--strict] [--list-rules]
///
/// Output: plain lines `path:line: SEVERITY ID message` (a summary goes to stderr), a JSON array
/// (--json), or GitHub Actions annotations (`--format github`). Paths are relative to the current
/// folder. IDS is a comma-separated list of rule ids or id prefixes (`SQLITE`, `DATA003`).
/// The project's `retort.toml` [lint] / `pyproject.toml` [tool.retort.lint] table configures the
/// rules (see LintSettings); --select and --ignore apply on top of it.
class LintCommand {
public:
    enum ExitCode {
        Clean = 0, ///< no error-severity finding (no warning either with --strict)
        Failed = 1, ///< an error finding, or with --strict a warning
        UsageError = 2, ///< a bad command line
        ProjectError = 3, ///< the project or its lint configuration cannot be read
    };

    enum class Format { Plain, Json, Github };

    struct Options {
        Format format = Format::Plain;
        QStringList select;
        QStringList ignore;
        bool strict = false;
        bool listRules = false;
        bool showHelp = false;
        Project::Options project; ///< -c/--config, -n/--name, --db, --alembic-version
    };

    /// What a run prints and returns.
    struct Output {
        QString out;
        QString err;
        int exitCode = Clean;
    };

    /// Parses the arguments after `lint`. Errors have Kind::Usage.
    static Result<Options> parse(const QStringList &arguments);
    /// Lints a loaded project; paths are shown relative to `baseDir`.
    static Output run(const Project &project, const Options &options, const QString &baseDir);
    /// The rule list (--list-rules), plain or JSON.
    static Output listRules(const Options &options);
    static QString helpText();

    /// The whole command: parses `arguments` (after `lint`), loads the project from the current
    /// folder, lints, writes stdout/stderr and returns the exit code.
    static int exec(const QStringList &arguments);
};

} // namespace retort
