// SPDX-License-Identifier: MIT
#include "checks/ChecksTarget.h"

#include "project/Project.h"

#include <QHash>

#include <algorithm>

namespace retort {

using namespace Qt::StringLiterals;

Result<ChecksTarget> ChecksTarget::fromProject(const Project &project)
{
    const RevisionMap &map = project.revisionMap();
    auto walked = map.walkRevisions(u"base"_s, u"heads"_s);
    if (!walked)
        return walked.error();
    ChecksTarget target;
    target.projectDir = project.config().projectDir();
    target.iniPath = project.config().iniPath();
    target.iniSection = project.config().section();
    target.heads = map.heads();
    QList<const Revision *> ordered = *walked;
    std::reverse(ordered.begin(), ordered.end()); // walk_revisions lists newest first
    for (const Revision *revision : std::as_const(ordered)) {
        ChecksRevision planned;
        planned.id = revision->id;
        planned.parents = revision->allDownRevisions;
        planned.downgradeTarget
            = revision->downRevisions.isEmpty() ? u"base"_s : revision->downRevisions.first();
        planned.message = revision->message;
        target.revisions << planned;
    }
    return target;
}

int ChecksTarget::indexOf(const QString &id) const
{
    for (int i = 0; i < revisions.size(); ++i) {
        if (revisions[i].id == id)
            return i;
    }
    return -1;
}

QSet<QString> ChecksTarget::ancestors(int index) const
{
    QHash<QString, const ChecksRevision *> byId;
    for (const ChecksRevision &revision : revisions)
        byId.insert(revision.id, &revision);
    QSet<QString> found;
    QStringList pending = revisions.value(index).parents;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (found.contains(id))
            continue;
        found.insert(id);
        if (const ChecksRevision *parent = byId.value(id))
            pending += parent->parents;
    }
    return found;
}

} // namespace retort
