// SPDX-License-Identifier: MIT
#include "merge/RebasePlan.h"

#include "merge/DownRevisionEdit.h"
#include "merge/MergeAnalysis.h"
#include "merge/UnifiedDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace retort {

namespace {

Error usage(const QString &message)
{
    return makeError(Error::Kind::Usage, message);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, file.errorString(), path);
    return file.readAll();
}

/// The branch's revisions whose parents all lie outside it.
QStringList rootsOf(const RevisionMap &map, const QSet<QString> &branch)
{
    QStringList roots;
    for (const Revision *revision : map.allRevisions()) {
        if (!branch.contains(revision->id))
            continue;
        const bool inside
            = std::any_of(revision->downRevisions.cbegin(), revision->downRevisions.cend(),
                [&branch](const QString &down) { return branch.contains(down); });
        if (!inside)
            roots << revision->id;
    }
    return roots;
}

} // namespace

Result<RebasePlan> RebasePlan::make(const RevisionMap &map, const QList<RevisionScript> &scripts,
    const QString &branchHead, const QString &ontoHead, const QSet<QString> &applied)
{
    if (!map.revision(branchHead) || !map.revision(ontoHead))
        return usage(QCoreApplication::translate(
            "RebasePlan", "Both heads must be revisions of the project."));
    const QSet<QString> branchAncestry = MergeAnalysis::ancestry(map, branchHead);
    const QSet<QString> ontoAncestry = MergeAnalysis::ancestry(map, ontoHead);
    if (branchAncestry.contains(ontoHead) || ontoAncestry.contains(branchHead))
        return usage(QCoreApplication::translate("RebasePlan", "%1 and %2 are on the same branch.")
                         .arg(branchHead, ontoHead));

    RebasePlan plan;
    plan.branchHead = branchHead;
    plan.ontoHead = ontoHead;
    QSet<QString> branch = branchAncestry;
    branch.subtract(ontoAncestry);
    const Result<MergeAnalysis> analysis
        = MergeAnalysis::analyse(map, scripts, {branchHead, ontoHead});
    if (!analysis)
        return analysis.error();
    plan.movedRevisions = analysis->branches.first().revisions;
    for (const QString &id : std::as_const(plan.movedRevisions))
        if (applied.contains(id))
            return usage(QCoreApplication::translate("RebasePlan",
                "Revision %1 is already applied; re-basing its branch would rewrite "
                "history that a database has. Merge instead.")
                             .arg(id));

    const QStringList roots = rootsOf(map, branch);
    if (roots.size() != 1)
        return usage(QCoreApplication::translate(
            "RebasePlan", "The branch of %1 does not start with a single revision.")
                         .arg(branchHead));
    const Revision *first = map.revision(roots.first());
    if (first->downRevisions.size() != 1 || first->scriptIndex < 0
        || first->scriptIndex >= scripts.size())
        return usage(QCoreApplication::translate(
            "RebasePlan", "Revision %1 must have exactly one down revision to be re-based.")
                         .arg(first->id));
    const RevisionScript &script = scripts[first->scriptIndex];
    plan.firstRevision = first->id;
    plan.oldDownRevision = first->downRevisions.first();
    plan.file = script.path;
    plan.line = script.downRevisionLine;

    auto before = readFile(plan.file);
    if (!before)
        return before.error();
    plan.before = *before;
    auto after = DownRevisionEdit::rewrite(plan.before, plan.line, plan.oldDownRevision, ontoHead);
    if (!after) {
        Error error = after.error();
        error.file = plan.file;
        return error;
    }
    plan.after = *after;
    plan.diff = UnifiedDiff::make(plan.before, plan.after, QFileInfo(plan.file).fileName());
    return plan;
}

Result<void> RebasePlan::write() const
{
    auto current = readFile(file);
    if (!current)
        return current.error();
    if (*current != before)
        return makeError(Error::Kind::Io,
            QCoreApplication::translate(
                "RebasePlan", "%1 changed since the re-base was planned; nothing was written.")
                .arg(QDir::toNativeSeparators(file)),
            file);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(after) != after.size() || !out.commit())
        return makeError(Error::Kind::Io, out.errorString(), file);
    return {};
}

} // namespace retort
