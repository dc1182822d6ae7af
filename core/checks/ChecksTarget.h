// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace retort {

class Project;

/// A revision as the round-trip checks see it.
struct ChecksRevision {
    QString id;
    /// What `alembic upgrade <id>` brings along: down revisions and resolved depends_on.
    QStringList parents;
    /// Where "downgrade one step" goes: the first down revision, or "base".
    QString downgradeTarget;
    QString message;
};

/// What the health checks run on: the project's Alembic configuration and its revisions in
/// upgrade order (every revision after all of its parents).
struct ChecksTarget {
    QString projectDir;
    QString iniPath;
    QString iniSection = QStringLiteral("alembic");
    QList<ChecksRevision> revisions; ///< base first
    QStringList heads;

    /// The target for a loaded project; an Error when its revision graph cannot be walked
    /// (a cycle, a missing down revision), in Alembic's wording.
    static Result<ChecksTarget> fromProject(const Project &project);

    /// The position of `id` in revisions, or -1.
    int indexOf(const QString &id) const;
    /// The ids of every ancestor of revisions[index] (through parents), not including itself.
    QSet<QString> ancestors(int index) const;
};

} // namespace retort
