// SPDX-License-Identifier: MIT
// RevisionMap::Private, part 4: iterate_revisions and the upgrade/downgrade target parsing.
#include "graph/RevisionMap_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace retort {

namespace {

struct Relative {
    std::optional<QString> branchLabel;
    std::optional<QString> symbol;
    QString relative;
    int steps = 0;
};

// revision.py's _relative_destination, used with re.match (anchored at the start only).
std::optional<Relative> matchRelative(const Ident &target)
{
    if (!target.isString())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(target.text);
    if (!m.hasMatch())
        return std::nullopt;
    Relative rel;
    if (m.capturedStart(1) >= 0)
        rel.branchLabel = m.captured(1);
    if (m.capturedStart(2) >= 0)
        rel.symbol = m.captured(2);
    rel.relative = m.captured(3);
    rel.steps = int(pythonInt(rel.relative).value_or(0));
    return rel;
}

[[noreturn]] void failRelative(const QString &relative, int steps)
{
    // Alembic's wording.
    throw RevisionFailure {Error::Kind::Revision,
        QStringLiteral("Relative revision %1 didn't produce %2 migrations")
            .arg(relative)
            .arg(std::abs(steps)),
        {}, {}, {}, {}};
}

QSet<Revision *> toSet(const QList<Revision *> &list)
{
    return QSet<Revision *>(list.begin(), list.end());
}

QList<Revision *> inMapOrder(const QSet<Revision *> &set, const QList<Revision *> &order)
{
    QList<Revision *> out;
    QSet<const Revision *> placed;
    for (Revision *rev : order) {
        if (set.contains(rev)) {
            out.append(rev);
            placed.insert(rev);
        }
    }
    if (placed.size() == set.size())
        return out;
    for (Revision *rev : set) { // shadowed duplicates, not in the map order
        if (!placed.contains(rev))
            out.append(rev);
    }
    return out;
}

} // namespace

QList<Revision *> RevisionMap::Private::iterateRevisions(const Ident &upper, const Ident &lower,
    bool implicitBase, bool inclusive, bool assertRelativeLength, bool selectForDowngrade) const
{
    const auto [revisions, headItems] = selectForDowngrade
        ? collectDowngrade(upper, lower, inclusive, implicitBase, assertRelativeLength)
        : collectUpgrade(upper, lower, inclusive, implicitBase, assertRelativeLength);
    QList<Revision *> out;
    for (const QString &id : topologicalSort(revisions, headItems))
        out.append(lookup(id));
    return out;
}

std::pair<std::optional<QString>, RevItem> RevisionMap::Private::parseDowngradeTarget(
    const Ident &current, const Ident &target, bool arl) const
{
    if (target.type == Ident::Type::None)
        return {std::nullopt, RevItem {}};
    if (!target.isString())
        failAssertion(QStringLiteral("Expected downgrade target in string form"));
    if (const std::optional<Relative> rel = matchRelative(target)) {
        std::optional<QString> branchLabel = rel->branchLabel;
        if (rel->steps >= 0) {
            if (!rel->symbol)
                failRelative(rel->relative, rel->steps); // downgrading to current + n
            const RevItem rev
                = walk(getRevision(Ident::string(*rel->symbol)), rel->steps, branchLabel, arl);
            if (rev.type == RevItem::Type::None)
                fail(Error::Kind::Revision, QStringLiteral("Walked too far")); // Alembic's wording
            return {branchLabel, rev};
        }
        std::optional<QString> symbol = rel->symbol;
        const bool relativeToCurrent = !symbol;
        if (relativeToCurrent && branchLabel && !branchLabel->isEmpty()) {
            symbol = currentOnBranch(current, *branchLabel, target.text);
        } else if (relativeToCurrent) {
            const QStringList currents = current.toTuple();
            if (currents.isEmpty())
                failRelative(rel->relative, rel->steps);
            symbol = currents.constFirst();
            branchLabel = symbol; // restrict the walk to the selected branch
        }
        const RevItem start = !branchLabel
            ? getRevision(Ident::string(*symbol))
            : getRevision(Ident::string(*branchLabel + QLatin1Char('@') + *symbol));
        const RevItem rev = walk(start, rel->steps, std::nullopt, arl);
        if (rev.type == RevItem::Type::None) {
            if (relativeToCurrent)
                failRelative(rel->relative, rel->steps);
            fail(Error::Kind::Revision, QStringLiteral("Walked too far")); // Alembic's wording
        }
        return {branchLabel, rev};
    }
    // absolute: label@rev or rev
    const qsizetype at = target.text.lastIndexOf(QLatin1Char('@'));
    std::optional<QString> branchLabel;
    if (at > 0)
        branchLabel = target.text.left(at);
    return {branchLabel, getRevision(Ident::string(target.text.mid(at + 1)))};
}

QString RevisionMap::Private::currentOnBranch(
    const Ident &current, const QString &label, const QString &target) const
{
    QStringList symbols = filterForLineage(current.toTuple(), Ident::string(label));
    if (symbols.isEmpty()) {
        // all other branch heads may depend on a single current head
        for (const Revision *rev :
            filterForLineage(allCurrent(current.toTuple()), Ident::string(label)))
            symbols.append(rev->id);
    }
    if (symbols.size() != 1)
        failAssertion(QCoreApplication::translate(
            "RevisionMap", "%1 does not name exactly one current revision")
                          .arg(target));
    return symbols.constFirst();
}

QList<RevItem> RevisionMap::Private::upgradeStartsOnBranch(
    const Ident &current, const QString &branchLabel) const
{
    const Ident label = Ident::string(branchLabel);
    const QList<RevItem> currentItems = getRevisions(current);
    QList<RevItem> starts;
    for (Revision *rev : filterItemsForLineage(currentItems, label))
        starts.append(RevItem::of(rev));
    if (!starts.isEmpty())
        return starts;
    // the branch is not a head: backtrack to find a branch point
    const QList<Revision *> active
        = filterForLineage(ancestors(requireRevisions(currentItems), true), label);
    QSet<QString> downs;
    for (const Revision *rev : active) {
        for (const QString &down : rev->normalizedDownRevisions)
            downs.insert(down);
    }
    for (Revision *rev : active) {
        if (!downs.contains(rev->id))
            starts.append(RevItem::of(rev));
    }
    if (starts.isEmpty())
        starts = {RevItem {}}; // right back to base
    return starts;
}

QList<RevItem> RevisionMap::Private::parseUpgradeTarget(
    const Ident &current, const Ident &target, bool arl) const
{
    const std::optional<Relative> rel = matchRelative(target);
    if (!rel)
        return getRevisions(target);
    if (rel->steps > 0 && !rel->symbol) {
        const QStringList currents
            = current.truthy() ? current.toTuple() : QStringList {QString()}; // (None,)
        QList<RevItem> starts;
        if (!rel->branchLabel || rel->branchLabel->isEmpty()) {
            starts.resize(currents.size()); // only counted; the first is resolved below
        } else {
            starts = upgradeStartsOnBranch(current, *rel->branchLabel);
        }
        if (starts.size() > 1) {
            fail(Error::Kind::Revision, // Alembic's wording
                QStringLiteral("Ambiguous upgrade from multiple current revisions"));
        }
        RevItem start = starts.constFirst();
        if ((!rel->branchLabel || rel->branchLabel->isEmpty()) && !currents.constFirst().isNull())
            start = getRevision(Ident::string(currents.constFirst())); // _walk(str) resolves it
        const RevItem rev = walk(start, rel->steps, rel->branchLabel, arl);
        if (rev.type == RevItem::Type::None)
            failRelative(rel->relative, rel->steps);
        return {rev};
    }
    if (rel->steps > 0)
        return {walk(getRevision(Ident::string(*rel->symbol)), rel->steps, rel->branchLabel, arl)};
    if (!rel->symbol)
        failRelative(QString::number(rel->steps), rel->steps); // upgrading to current - n
    const QString start
        = rel->branchLabel ? *rel->branchLabel + QLatin1Char('@') + *rel->symbol : *rel->symbol;
    return {walk(getRevision(Ident::string(start)), rel->steps, std::nullopt, arl)};
}

std::pair<QList<Revision *>, QList<RevItem>> RevisionMap::Private::collectDowngrade(
    const Ident &upper, const Ident &lower, bool inclusive, bool implicitBase, bool arl) const
{
    auto [branchLabel, target] = parseDowngradeTarget(upper, lower, arl);
    Revision *targetRev = target.isRev() ? target.rev : nullptr;
    QList<Revision *> roots;
    if (!targetRev) { // back to base: every tree root (label keys repeat them, as in Alembic)
        for (const QString &key : keyOrder) {
            if (Revision *rev = lookup(key); rev->downRevisions.isEmpty())
                roots.append(rev);
        }
    } else if (inclusive) {
        roots = {targetRev};
    } else {
        roots = revisionsOf(getRevisions(targetRev->nextRevisions));
    }
    if (branchLabel && !branchLabel->isEmpty() && roots.size() > 1) {
        QSet<QString> ancestorIds;
        for (const Revision *rev : ancestors({resolveBranch(*branchLabel)}, false))
            ancestorIds.insert(rev->id);
        QStringList kept;
        for (const Revision *rev : std::as_const(roots)) {
            if (ancestorIds.contains(rev->id) && !kept.contains(rev->id))
                kept.append(rev->id);
        }
        roots = revisionsOf(getRevisions(kept));
        if (roots.isEmpty()) {
            fail(Error::Kind::Revision, // Alembic's wording
                QStringLiteral("Not a valid downgrade target from current heads"));
        }
    }
    const QList<RevItem> headItems = getRevisions(upper);
    QSet<Revision *> drop = toSet(descendants(roots, true));
    const QSet<Revision *> active = toSet(ancestors(requireRevisions(headItems), true));
    drop.intersect(active);
    if (implicitBase)
        drop.unite(QSet<Revision *>(active).subtract(toSet(ancestors(roots, true))));
    if (targetRev && drop.isEmpty() && !headItems.contains(RevItem::of(targetRev))) {
        // Alembic's wording (RangeNotAncestorError("Nothing to drop", upper)).
        throw RevisionFailure {Error::Kind::RangeNotAncestor,
            QStringLiteral("Revision Nothing to drop is not an ancestor of "
                           "revision %1")
                .arg(upper.truthy() ? upper.pyStr() : QStringLiteral("base")),
            {}, {}, Ident::string(QStringLiteral("Nothing to drop")), upper};
    }
    return {inMapOrder(drop, order), headItems};
}

std::pair<QList<Revision *>, QList<RevItem>> RevisionMap::Private::collectUpgrade(
    const Ident &upper, Ident lower, bool inclusive, bool implicitBase, bool arl) const
{
    QList<Revision *> targets;
    for (const RevItem &item : parseUpgradeTarget(lower, upper, arl)) {
        if (!item.isRev())
            failAssertion(QCoreApplication::translate(
                "RevisionMap", "Target %1 is past the end of the history")
                              .arg(upper.pyStr()));
        targets.append(item.rev);
    }
    if (lower.isString() && lower.text.contains(QLatin1Char('@'))) // branch@... -> heads
        targets = onNamedBranch(lower.text.left(lower.text.indexOf(QLatin1Char('@'))), targets);
    const QSet<Revision *> required = toSet(ancestors(targets, true, true)).unite(toSet(targets));
    QList<RevItem> currentItems = getRevisions(lower);
    if (!implicitBase) {
        for (const RevItem &item : std::as_const(currentItems)) {
            if (item.type != RevItem::Type::None && !(item.isRev() && required.contains(item.rev)))
                throw RevisionFailure {Error::Kind::RangeNotAncestor,
                    // Alembic's wording (RangeNotAncestorError).
                    QStringLiteral("Revision %1 is not an ancestor of revision %2")
                        .arg(lower.truthy() ? lower.pyStr() : QStringLiteral("base"),
                            upper.truthy() ? upper.pyStr() : QStringLiteral("base")),
                    {}, {}, lower, upper};
        }
    }
    if (!currentItems.isEmpty() && currentItems.constFirst().type == RevItem::Type::None) {
        // lower is relative (get_revisions could not find it)
        const RevItem rev = parseDowngradeTarget(upper, lower, arl).second;
        if (rev.isRev()) {
            currentItems = {rev};
            lower = Ident::string(rev.rev->id);
        } else {
            currentItems.clear();
            lower = Ident::none();
        }
    }
    const QList<Revision *> current = requireRevisions(currentItems);
    const QSet<Revision *> have = toSet(ancestors(current, true, true)).unite(toSet(current));
    QSet<Revision *> needs = QSet<Revision *>(required).subtract(have);
    if (inclusive)
        needs.unite(toSet(requireRevisions(getRevisions(lower))));
    if (!currentItems.isEmpty() && !implicitBase)
        needs.intersect(toSet(descendants(current, false, true)));
    QList<RevItem> headItems;
    for (Revision *rev : std::as_const(targets))
        headItems.append(RevItem::of(rev));
    return {inMapOrder(needs, order), headItems};
}

QList<Revision *> RevisionMap::Private::onNamedBranch(
    QString branch, const QList<Revision *> &targets) const
{
    const RevItem branchRev = getRevision(Ident::string(branch));
    if (branchRev.isRev() && branchRev.rev->id == branch) { // a revision used as a label
        if (branchRev.rev->branchLabels.size() != 1)
            failAssertion(QCoreApplication::translate(
                "RevisionMap", "Revision %1 does not carry exactly one branch label")
                              .arg(branch));
        branch = branchRev.rev->branchLabels.constFirst();
    }
    QList<Revision *> kept;
    for (Revision *need : targets) {
        if (need->branchLabels.contains(branch) && !kept.contains(need))
            kept.append(need);
    }
    return kept;
}

QList<Revision *> RevisionMap::Private::allCurrent(const QStringList &ids) const
{
    QList<Revision *> top = requireRevisions(getRevisions(ids));
    for (Revision *rev : ancestors(top, true)) {
        if (!top.contains(rev))
            top.append(rev);
    }
    return filterIntoBranchHeads(top);
}

QList<Revision *> RevisionMap::Private::filterIntoBranchHeads(QList<Revision *> targets) const
{
    const QList<Revision *> snapshot = targets;
    for (Revision *rev : snapshot) {
        for (Revision *desc : descendants({rev}, false)) {
            if (desc != rev && targets.contains(desc)) {
                targets.removeAll(rev);
                break;
            }
        }
    }
    return targets;
}

} // namespace retort
