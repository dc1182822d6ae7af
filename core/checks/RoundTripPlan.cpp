// SPDX-License-Identifier: MIT
#include "checks/RoundTripPlan.h"

#include <QDir>
#include <QJsonObject>

#include <optional>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

using Kind = PlannedAction::Kind;
using Role = PlannedAction::Role;

QSet<QString> asSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Reset:
        return u"reset"_s;
    case Kind::Upgrade:
        return u"upgrade"_s;
    case Kind::Downgrade:
        return u"downgrade"_s;
    }
    return {};
}

} // namespace

RoundTripPlan RoundTripPlan::build(
    const ChecksTarget &target, const QList<int> &units, const QString &snapshotDir)
{
    const QDir dir(snapshotDir);
    RoundTripPlan plan;
    // The version table's rows after the actions so far; nullopt before the first reset.
    std::optional<QSet<QString>> heads;
    QString current; // the snapshot of the working database as it is now
    for (const int unit : units) {
        const auto file = [&](const QString &suffix) {
            return dir.filePath(
                u"%1-%2.db"_s.arg(unit < 0 ? u"head"_s : QString::number(unit), suffix));
        };
        if (unit < 0) {
            plan.actions << PlannedAction {Kind::Reset, Role::HeadUpgrade, {}, {}, unit};
            plan.actions << PlannedAction {
                Kind::Upgrade, Role::HeadUpgrade, u"heads"_s, file(u"up"_s), unit};
            heads = asSet(target.heads);
            current = file(u"up"_s);
            continue;
        }
        const ChecksRevision &revision = target.revisions.at(unit);
        if (!heads || *heads != asSet(revision.parents)) {
            plan.actions << PlannedAction {Kind::Reset, Role::Prepare, {}, {}, unit};
            current.clear();
            for (const QString &parent : revision.parents) {
                current = file(u"before"_s);
                plan.actions << PlannedAction {Kind::Upgrade, Role::Prepare, parent, {}, unit};
            }
            if (!revision.parents.isEmpty())
                plan.actions.last().snapshot = current;
        }
        plan.before.insert(unit, current);
        plan.actions << PlannedAction {
            Kind::Upgrade, Role::Upgrade, revision.id, file(u"up"_s), unit};
        plan.actions << PlannedAction {
            Kind::Downgrade, Role::Downgrade, revision.downgradeTarget, file(u"down"_s), unit};
        plan.actions << PlannedAction {
            Kind::Upgrade, Role::Reupgrade, revision.id, file(u"again"_s), unit};
        heads = QSet<QString> {revision.id};
        current = file(u"again"_s);
    }
    return plan;
}

QJsonArray RoundTripPlan::toJson() const
{
    QJsonArray list;
    for (const PlannedAction &action : actions) {
        QJsonObject json {{u"action"_s, kindName(action.kind)}};
        if (!action.target.isEmpty())
            json.insert(u"target"_s, action.target);
        if (!action.snapshot.isEmpty())
            json.insert(u"snapshot"_s, action.snapshot);
        list.append(json);
    }
    return list;
}

} // namespace retort
