// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintRule.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace retort {

/// Which rules run and how serious their findings are, for one project.
///
/// Read from the project folder (the folder of alembic.ini): `retort.toml` with a `[lint]`
/// table, else `pyproject.toml` with a `[tool.retort.lint]` table; both use the same keys:
///
///     [tool.retort.lint]             # in retort.toml: [lint]
///     disable = ["DATA001", "NAME"]  # rule ids, or id prefixes ("NAME" = every NAME rule)
///     sqlite = true                  # force the SQLite rules on or off (default: from the URL)
///     file_template = "%(rev)s"      # check file names against this instead of alembic.ini's
///
///     [tool.retort.lint.severity]    # in retort.toml: [lint.severity]
///     DATA003 = "error"              # "error", "warning" or "info"
///
/// Unknown keys, unknown rule ids and bad severities are errors (kind Config) with the line.
struct LintSettings {
    QStringList disabled; ///< ids or id prefixes switched off
    QHash<QString, LintSeverity> severities; ///< id -> severity replacing the rule's default
    QStringList select; ///< when not empty, only rules matching one of these ids or prefixes run
    QStringList ignore; ///< rules matching one of these ids or prefixes do not run
    /// Whether the SQLite rules apply. Linter::projectSettings() sets it from the database URL
    /// unless the configuration forces it (sqliteForced).
    bool sqlite = true;
    bool sqliteForced = false;
    /// Alembic's file_template to check file names against (FILE001).
    QString fileTemplate = QStringLiteral("%(rev)s_%(slug)s");
    bool fileTemplateForced = false;
    QString sourceFile; ///< the configuration file read, empty when none

    /// True when rule `id` runs with these settings.
    bool enabled(const QString &id) const;
    /// The severity findings of `rule` get.
    LintSeverity severity(const LintRule &rule) const;

    /// Reads `retort.toml` or `pyproject.toml` in `projectDir`; defaults when neither has a
    /// lint table.
    static Result<LintSettings> load(const QString &projectDir);
    /// Reads the lint table of the TOML document `content`; `retortToml` selects `[lint]`
    /// (retort.toml) over `[tool.retort.lint]` (pyproject.toml). `path` is used in errors.
    static Result<LintSettings> parse(
        const QByteArray &content, const QString &path, bool retortToml);
};

} // namespace retort
