// SPDX-License-Identifier: MIT
#include "lint/Linter.h"

#include "config/SqlUrl.h"
#include "lint/DataSafetyRules.h"
#include "lint/DestructiveRules.h"
#include "lint/GraphRules.h"
#include "lint/LintReporter.h"
#include "lint/NamingRules.h"
#include "lint/RevisionRules.h"
#include "lint/SqliteRules.h"
#include "project/Project.h"

namespace retort {

namespace {

bool projectUsesSqlite(const Project &project)
{
    if (!project.databasePath().isEmpty()) {
        return true;
    }
    if (const std::optional<QString> url = project.config().sqlalchemyUrl()) {
        const Result<SqlUrl> parsed = SqlUrl::parse(*url);
        return !parsed || parsed->isSqlite();
    }
    return true;
}

} // namespace

Linter::Linter(LintSettings settings) : m_settings(std::move(settings)) { }

QList<LintFinding> Linter::run(const QList<RevisionScript> &scripts, const RevisionMap &map) const
{
    LintReporter reporter(m_settings, scripts);
    for (const RevisionScript &script : scripts) {
        if (script.error) {
            continue; // GRAPH006 reports it; its operations may be incomplete
        }
        if (m_settings.sqlite) {
            SqliteRules::check(script, reporter);
        }
        DataSafetyRules::check(script, reporter);
        DestructiveRules::check(script, reporter);
        RevisionRules::check(script, reporter);
        NamingRules::check(script, reporter);
    }
    GraphRules::check(scripts, map, reporter);
    return reporter.takeFindings();
}

QList<LintFinding> Linter::run(const Project &project) const
{
    return run(project.scripts(), project.revisionMap());
}

Result<LintSettings> Linter::projectSettings(const Project &project)
{
    Result<LintSettings> settings = LintSettings::load(project.config().projectDir());
    if (!settings) {
        return settings;
    }
    if (!settings->sqliteForced) {
        settings->sqlite = projectUsesSqlite(project);
    }
    if (!settings->fileTemplateForced && !project.config().fileTemplate().isEmpty()) {
        settings->fileTemplate = project.config().fileTemplate();
    }
    return settings;
}

} // namespace retort
