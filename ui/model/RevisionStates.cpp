// SPDX-License-Identifier: MIT
#include "model/RevisionStates.h"

#include <QHash>
#include <QSet>

namespace retort {

void RevisionStates::apply(GraphSnapshot &snapshot)
{
    if (!snapshot.databaseRead) {
        for (RevisionEntry &entry : snapshot.revisions)
            entry.state = RevisionState::Unknown;
        return;
    }
    QHash<QString, const RevisionEntry *> byId;
    for (const RevisionEntry &entry : std::as_const(snapshot.revisions))
        byId.insert(entry.id, &entry);

    QSet<QString> applied;
    QStringList queue = snapshot.currentRevisions;
    while (!queue.isEmpty()) {
        const QString id = queue.takeLast();
        if (applied.contains(id))
            continue;
        applied.insert(id);
        if (const RevisionEntry *entry = byId.value(id))
            queue.append(entry->ancestry);
    }
    for (RevisionEntry &entry : snapshot.revisions) {
        if (snapshot.currentRevisions.contains(entry.id))
            entry.state = RevisionState::Current;
        else if (applied.contains(entry.id))
            entry.state = RevisionState::Applied;
        else
            entry.state = RevisionState::Pending;
    }
}

} // namespace retort
