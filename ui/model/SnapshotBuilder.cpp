// SPDX-License-Identifier: MIT
#include "model/SnapshotBuilder.h"

#include "model/RevisionStates.h"
#include "project/Project.h"

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

} // namespace

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

Result<GraphSnapshot> SnapshotBuilder::load(const QString &projectPath, const QString &databasePath)
{
    Project::Options options;
    options.configPath = projectPath;
    options.databaseOverride = databasePath;
    Result<Project> project = Project::load(options);
    if (!project)
        return project.error();
    return fromProject(*project, projectPath);
}

} // namespace retort
