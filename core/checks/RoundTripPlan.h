// SPDX-License-Identifier: MIT
#pragma once

#include "checks/ChecksTarget.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace retort {

/// One action of the bridge's `sequence` operation, and what it is for.
struct PlannedAction {
    enum class Kind { Reset, Upgrade, Downgrade };
    enum class Role {
        Prepare, ///< brings a database to a revision's parents
        HeadUpgrade, ///< the upgrade from an empty database to head(s)
        Upgrade, ///< the round trip's first upgrade
        Downgrade, ///< its downgrade one step
        Reupgrade, ///< its second upgrade
    };

    Kind kind = Kind::Upgrade;
    Role role = Role::Prepare;
    QString target; ///< revision, "heads" or "base"; empty for a reset
    QString snapshot; ///< where the bridge copies the database after the action; may be empty
    int unit = -1; ///< index into ChecksTarget::revisions; -1 for the upgrade to head
};

/// The actions that run the upgrade from empty to head and the up/down round trip of chosen
/// revisions, on one working database, in one bridge run. A revision's round trip starts from
/// a database holding exactly its ancestors: straight on from the previous revision when that
/// is its only parent, else from a reset database upgraded to each of its parents.
class RoundTripPlan {
public:
    /// Unit -1 is the upgrade from an empty database to head(s); any other unit is an index into
    /// target.revisions (in upgrade order). Snapshot files are named inside `snapshotDir`.
    static RoundTripPlan build(
        const ChecksTarget &target, const QList<int> &units, const QString &snapshotDir);

    QList<PlannedAction> actions;
    /// Per unit, the snapshot of the database before its first upgrade; empty for an empty
    /// database.
    QMap<int, QString> before;

    /// The `actions` list of the bridge request.
    QJsonArray toJson() const;
};

} // namespace retort
