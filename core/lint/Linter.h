// SPDX-License-Identifier: MIT
#pragma once

#include "graph/RevisionMap.h"
#include "lint/LintFinding.h"
#include "lint/LintRule.h"
#include "lint/LintSettings.h"
#include "scripts/RevisionScript.h"
#include "util/Result.h"

#include <QList>

namespace retort {

class Project;

/// Retort's native migration linter: checks the statically extracted operations of every
/// revision script (no Python runs) and the revision graph against the rules of LintRule::all().
///
/// Cost is proportional to scripts x operations: each script's operations are walked a fixed
/// number of times, a script's source is read only when a rule needs more than its operations
/// (a function without `op.` calls, or a finding to check for an ignore comment), and the only
/// regular expression (FILE001's template) is compiled once per run.
///
///     const Result<LintSettings> settings = Linter::projectSettings(project);
///     const QList<LintFinding> findings = Linter(*settings).run(project);
class Linter {
public:
    explicit Linter(LintSettings settings = {});

    /// The rules, for documentation and the UI (LintRule::all()).
    static const QList<LintRule> &rules() { return LintRule::all(); }

    /// Lints `scripts` (in load order) and the graph built from them.
    QList<LintFinding> run(const QList<RevisionScript> &scripts, const RevisionMap &map) const;
    /// Lints a loaded project with this linter's settings.
    QList<LintFinding> run(const Project &project) const;

    /// The settings for `project`: its retort.toml / pyproject.toml lint table (see
    /// LintSettings), with the SQLite rules on when the project's database is SQLite (the chosen
    /// database file or sqlalchemy.url; a project without a URL is taken as SQLite, Retort's
    /// database) and FILE001 checking the project's file_template, unless the table sets them.
    static Result<LintSettings> projectSettings(const Project &project);

    const LintSettings &settings() const { return m_settings; }

private:
    LintSettings m_settings;
};

} // namespace retort
