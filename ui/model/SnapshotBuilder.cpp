// SPDX-License-Identifier: MIT
#include "model/SnapshotBuilder.h"

#include "engine/InterpreterLocator.h"
#include "lint/Linter.h"
#include "model/RevisionStates.h"
#include "project/Project.h"

#include <QDir>

#include <algorithm>

namespace retort {

namespace {

RevisionEntry entryOf(const Project &project, const Revision &revision)
{
    RevisionEntry entry;
    entry.id = revision.id;
    entry.parents = revision.downRevisions;
    entry.children = revision.nextRevisions;
    entry.ancestry = revision.allDownRevisions;
    entry.dependsOn = revision.dependencies;
    entry.branchLabels = revision.branchLabels;
    entry.message = revision.message;
    entry.head = revision.isHead();
    entry.base = revision.isBase();
    entry.merge = revision.isMergePoint();
    entry.branchPoint = revision.isBranchPoint();
    entry.broken = revision.broken;
    if (revision.scriptIndex >= 0) {
        const RevisionScript &script = project.script(revision);
        entry.createDate = script.createDate;
        entry.filePath = script.path;
        entry.fileName = script.fileName;
        entry.upgradeOps = script.upgradeOps;
        entry.downgradeOps = script.downgradeOps;
    }
    return entry;
}

// `alembic history` order; when Alembic could not walk the map, the map's own order reversed so
// the graph still shows every revision.
QList<const Revision *> historyOrder(const RevisionMap &map, QList<Error> &problems)
{
    Result<QList<const Revision *>> walked = map.walkRevisions();
    if (walked)
        return *walked;
    problems.append(walked.error());
    QList<const Revision *> all = map.allRevisions();
    std::reverse(all.begin(), all.end());
    return all;
}

// What a file watcher must look at for this project to notice a changed, added or removed script.
QStringList watchPathsOf(const Project &project)
{
    const ProjectConfig &config = project.config();
    QStringList paths;
    for (const QString &file : {config.iniPath(), config.pyprojectPath()})
        if (!file.isEmpty())
            paths.append(file);
    paths.append(config.versionLocations());
    for (const RevisionScript &script : project.scripts())
        paths.append(script.path);
    paths.removeDuplicates();
    return paths;
}

void addInterpreter(GraphSnapshot &snapshot, const Project &project)
{
    snapshot.alembicRules = project.alembicVersion();
    const InterpreterLocator locator(InterpreterLocator::fromEnvironment(
        project.config().projectDir(), /*projectTrusted=*/false));
    const Result<InterpreterInfo> info = locator.locateWithoutRunning();
    if (!info)
        return;
    snapshot.interpreterPath = info->path;
    snapshot.pythonVersion = info->pythonVersion;
    snapshot.alembicVersion = info->alembicVersion;
}

} // namespace

void SnapshotBuilder::addFindings(GraphSnapshot &snapshot, const Project &project)
{
    const Result<LintSettings> settings = Linter::projectSettings(project);
    if (!settings) {
        snapshot.problems.append(settings.error());
        return;
    }
    snapshot.findings = Linter(*settings).run(project);
    QHash<QString, RevisionEntry *> byFile;
    for (RevisionEntry &entry : snapshot.revisions)
        if (!entry.filePath.isEmpty())
            byFile.insert(entry.filePath, &entry);
    for (const LintFinding &finding : std::as_const(snapshot.findings)) {
        RevisionEntry *entry = byFile.value(finding.file);
        if (!entry)
            continue;
        entry->worstFinding = entry->findings == 0
            ? finding.severity
            : std::max(entry->worstFinding, finding.severity);
        ++entry->findings;
    }
}

GraphSnapshot SnapshotBuilder::fromProject(const Project &project, const QString &projectPath)
{
    GraphSnapshot snapshot;
    snapshot.projectPath = projectPath;
    const RevisionMap &map = project.revisionMap();
    snapshot.problems = map.problems();
    snapshot.heads = map.heads();
    for (const Revision *revision : historyOrder(map, snapshot.problems))
        snapshot.revisions.append(entryOf(project, *revision));

    snapshot.databasePath = project.databasePath();
    snapshot.databaseProblem = project.databaseProblem();
    snapshot.unknownRevisions = project.unknownRevisions();
    const std::optional<DatabaseState> &state = project.databaseState();
    snapshot.databaseRead = state && state->ok();
    if (snapshot.databaseRead)
        snapshot.currentRevisions = state->versions();
    RevisionStates::apply(snapshot);
    return snapshot;
}

Result<GraphSnapshot> SnapshotBuilder::load(const LoadRequest &request)
{
    Project::Options options;
    options.configPath = request.projectPath;
    options.section = request.section;
    options.databaseOverride = request.databasePath;
    Result<Project> project = Project::load(options);
    if (!project)
        return project.error();
    GraphSnapshot snapshot = fromProject(*project, request.projectPath);
    snapshot.section = request.section;
    snapshot.watchPaths = watchPathsOf(*project);
    if (request.lint)
        addFindings(snapshot, *project);
    addInterpreter(snapshot, *project);
    return snapshot;
}

} // namespace retort
