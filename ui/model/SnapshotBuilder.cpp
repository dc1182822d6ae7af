// SPDX-License-Identifier: MIT
#include "model/SnapshotBuilder.h"

#include "engine/InterpreterLocator.h"
#include "lint/Linter.h"
#include "model/RevisionStates.h"
#include "project/Project.h"
#include "scripts/ScriptCacheFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <optional>

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
void addWatchPaths(GraphSnapshot &snapshot, const Project &project)
{
    const ProjectConfig &config = project.config();
    QSet<QString> folders;
    for (const QString &folder : config.versionLocations())
        folders.insert(QDir::cleanPath(folder));
    for (const QString &file : {config.iniPath(), config.pyprojectPath()})
        if (!file.isEmpty())
            snapshot.watchFiles.append(file);
    for (const RevisionScript &script : project.scripts()) {
        snapshot.watchFiles.append(script.path);
        folders.insert(QFileInfo(script.path).absolutePath()); // recursive_version_locations
    }
    // The database: `alembic upgrade` or `stamp` in a terminal moves its current revision. A
    // WAL database commits to its -wal file; a rollback journal rewrites the file itself.
    if (const QString database = project.databasePath(); !database.isEmpty())
        snapshot.watchFiles << database << database + QLatin1String("-wal");
    snapshot.watchFolders = folders.values();
    snapshot.watchFolders.sort();
}

// Folders no model lives in: virtual environments, caches, hidden and version folders.
bool skipsFolder(const QFileInfo &folder, const QSet<QString> &versionFolders)
{
    const QString name = folder.fileName();
    return name.startsWith(u'.') || name == QLatin1String("__pycache__")
        || name == QLatin1String("node_modules") || name == QLatin1String("site-packages")
        || versionFolders.contains(folder.absoluteFilePath())
        || QFileInfo::exists(folder.absoluteFilePath() + QLatin1String("/pyvenv.cfg"));
}

QStringList modelFilesOf(const Project &project)
{
    constexpr qsizetype enough
        = 200; // a large tree: the first files are enough for a model package
    QSet<QString> versionFolders;
    for (const QString &folder : project.config().versionLocations())
        versionFolders.insert(QFileInfo(folder).absoluteFilePath());
    for (const RevisionScript &script : project.scripts())
        versionFolders.insert(QFileInfo(script.path).absolutePath());
    QStringList files;
    QStringList pending {project.config().projectDir()};
    while (!pending.isEmpty() && files.size() < enough) {
        const QDir folder(pending.takeFirst());
        for (const QFileInfo &entry : folder.entryInfoList(
                 QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast)) {
            if (entry.isDir()) {
                if (!skipsFolder(entry, versionFolders))
                    pending.append(entry.absoluteFilePath());
            } else if (entry.suffix() == QLatin1String("py")
                && entry.fileName() != QLatin1String("env.py") && files.size() < enough) {
                files.append(entry.absoluteFilePath());
            }
        }
    }
    return files;
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

// The native linter's findings for the project, or why its settings could not be read.
Result<QList<LintFinding>> lint(const Project &project)
{
    const Result<LintSettings> settings = Linter::projectSettings(project);
    if (!settings)
        return settings.error();
    return Linter(*settings).run(project);
}

} // namespace

void SnapshotBuilder::addFindings(GraphSnapshot &snapshot, QList<LintFinding> findings)
{
    snapshot.findings = std::move(findings);
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
    const QList<const Revision *> history = historyOrder(map, snapshot.problems);
    snapshot.revisions.reserve(history.size());
    for (const Revision *revision : history)
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
    const bool full = request.depth == LoadRequest::Depth::Full;
    Project::Options options;
    options.configPath = request.projectPath;
    options.section = request.section;
    options.databaseOverride = request.databasePath;
    options.operations = full;
    if (!full)
        options.headerCacheDir = ScriptCacheFile::defaultFolder();
    Result<Project> project = Project::load(options);
    if (!project)
        return project.error();
    // Lint before the snapshot exists: the linter's passing memory and the snapshot's are not
    // needed at once (a 10,000-revision project's peak is lower by both).
    std::optional<Result<QList<LintFinding>>> findings;
    if (full && request.lint)
        findings = lint(*project);
    GraphSnapshot snapshot = fromProject(*project, request.projectPath);
    snapshot.section = request.section;
    snapshot.complete = full;
    addWatchPaths(snapshot, *project);
    if (full)
        snapshot.modelFiles = modelFilesOf(*project);
    if (findings && *findings)
        addFindings(snapshot, std::move(*findings).value());
    else if (findings)
        snapshot.problems.append(findings->error());
    addInterpreter(snapshot, *project);
    return snapshot;
}

} // namespace retort
