// SPDX-License-Identifier: MIT
// RevisionMap::Private, part 3: resolving identifiers and symbols (get_revisions and friends).
#include "graph/RevisionMap_p.h"

#include <QCoreApplication>

namespace retort {

bool Ident::truthy() const
{
    switch (type) {
    case Type::None:
        return false;
    case Type::String:
        return !text.isEmpty();
    case Type::Tuple:
        return !items.isEmpty();
    }
    return false;
}

QStringList Ident::toTuple() const
{
    switch (type) {
    case Type::None:
        return {};
    case Type::String:
        return {text};
    case Type::Tuple:
        return items;
    }
    return {};
}

QString Ident::pyStr() const
{
    switch (type) {
    case Type::None:
        return QStringLiteral("None");
    case Type::String:
        return text;
    case Type::Tuple:
        break;
    }
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QLatin1Char('\'') + item + QLatin1Char('\''));
    if (quoted.size() == 1)
        return QLatin1Char('(') + quoted.constFirst() + QLatin1String(",)");
    return QLatin1Char('(') + quoted.join(QLatin1String(", ")) + QLatin1Char(')');
}

std::optional<QString> RevisionMap::Private::currentHead(
    const std::optional<QString> &branchLabel) const
{
    QStringList current = heads;
    if (branchLabel && !branchLabel->isEmpty())
        current = filterForLineage(current, Ident::string(*branchLabel));
    if (current.size() > 1) {
        // Alembic's wording (MultipleHeads).
        const QString argument = branchLabel && !branchLabel->isEmpty()
            ? *branchLabel + QLatin1String("@head")
            : QStringLiteral("head");
        throw RevisionFailure {Error::Kind::MultipleHeads,
            QStringLiteral("Multiple heads are present for given argument "
                           "'%1'; %2")
                .arg(argument, current.join(QLatin1String(", "))),
            current, argument, {}, {}};
    }
    if (current.isEmpty())
        return std::nullopt;
    return current.constFirst();
}

std::pair<QStringList, std::optional<QString>> RevisionMap::Private::resolveRevisionNumber(
    const Ident &ident) const
{
    std::optional<QString> branchLabel;
    Ident id = ident;
    if (id.isString() && id.text.contains(QLatin1Char('@'))) {
        const qsizetype at = id.text.indexOf(QLatin1Char('@'));
        branchLabel = id.text.left(at);
        id = Ident::string(id.text.mid(at + 1));
    }
    const bool hasLabel = branchLabel && !branchLabel->isEmpty();
    if (id.isString() && id.text == QLatin1String("heads")) {
        if (hasLabel)
            return {filterForLineage(heads, Ident::string(*branchLabel)), branchLabel};
        return {realHeads, branchLabel};
    }
    if (id.isString() && id.text == QLatin1String("head")) {
        const std::optional<QString> head = currentHead(branchLabel);
        return {head ? QStringList {*head} : QStringList {}, branchLabel};
    }
    if (id.type == Ident::Type::None || (id.isString() && id.text == QLatin1String("base")))
        return {{}, branchLabel};
    return {id.toTuple(), branchLabel};
}

QList<RevItem> RevisionMap::Private::getRevisions(const QStringList &ids) const
{
    QList<RevItem> out;
    for (const QString &id : ids)
        out += getRevisions(Ident::string(id));
    return out;
}

QList<RevItem> RevisionMap::Private::getRevisions(const Ident &id) const
{
    if (id.type == Ident::Type::Tuple)
        return getRevisions(id.items);
    const auto [resolved, branchLabel] = resolveRevisionNumber(id);
    if (resolved.size() == 1) {
        const std::optional<long long> steps = pythonInt(resolved.constFirst());
        if (steps && *steps < 0) { // label@-n: walk down from the heads
            QList<RevItem> selected = getRevisions(Ident::string(QStringLiteral("heads")));
            QList<RevItem> out;
            for (const RevItem &head : selected) {
                if (branchLabel && !(head.isRev() && head.rev->branchLabels.contains(*branchLabel)))
                    continue;
                out.append(walk(head, int(*steps)));
            }
            return out;
        }
    }
    QList<RevItem> out;
    for (const QString &revId : resolved)
        out.append(revisionForIdent(revId, branchLabel));
    return out;
}

RevItem RevisionMap::Private::getRevision(const Ident &id) const
{
    const auto [resolved, branchLabel] = resolveRevisionNumber(id);
    if (resolved.size() > 1) {
        // Alembic's wording (MultipleHeads).
        const QString argument = id.pyStr();
        throw RevisionFailure {Error::Kind::MultipleHeads,
            QStringLiteral("Multiple heads are present for given argument "
                           "'%1'; %2")
                .arg(argument, resolved.join(QLatin1String(", "))),
            resolved, argument, {}, {}};
    }
    if (resolved.isEmpty())
        return revisionForIdent(std::nullopt, branchLabel);
    return revisionForIdent(resolved.constFirst(), branchLabel);
}

Revision *RevisionMap::Private::resolveBranch(const QString &label) const
{
    if (Revision *rev = lookup(label))
        return rev;
    try {
        return revisionForIdent(label).rev;
    } catch (const RevisionFailure &failure) {
        if (failure.kind != Error::Kind::Resolution)
            throw;
        // Alembic's wording.
        throw RevisionFailure {Error::Kind::Resolution,
            QStringLiteral("No such branch: '%1'").arg(label), {}, label, {}, {}};
    }
}

namespace {

[[noreturn]] void failResolution(const QString &message, const QString &argument)
{
    throw RevisionFailure {Error::Kind::Resolution, message, {}, argument, {}, {}};
}

} // namespace

RevItem RevisionMap::Private::revisionForIdent(
    const std::optional<QString> &id, const std::optional<QString> &checkBranch) const
{
    const bool checking = checkBranch && !checkBranch->isEmpty();
    Revision *branchRev = checking ? resolveBranch(*checkBranch) : nullptr;
    if (!id) // () and None map to None
        return RevItem {};
    Revision *rev = lookup(*id);
    if (!rev) {
        QStringList candidates;
        for (const QString &key : keyOrder) {
            if (key.size() > 3 && key.startsWith(*id))
                candidates.append(key);
        }
        if (branchRev)
            candidates = filterForLineage(candidates, Ident::string(*checkBranch));
        // Alembic's wording for the three ResolutionErrors below.
        if (candidates.isEmpty()) {
            failResolution(QStringLiteral("No such revision or branch '%1'%2")
                               .arg(*id,
                                   id->size() < 4 ? QStringLiteral("; please ensure at least four "
                                                                   "characters are present for "
                                                                   "partial revision identifier "
                                                                   "matches")
                                                  : QString()),
                *id);
        }
        if (candidates.size() > 1) {
            QStringList quoted;
            for (const QString &key : candidates.mid(0, 3))
                quoted.append(QLatin1Char('\'') + key + QLatin1Char('\''));
            failResolution(QStringLiteral("Multiple revisions start with '%1': %2...")
                               .arg(*id, quoted.join(QLatin1String(", "))),
                *id);
        }
        rev = lookup(candidates.constFirst());
    }
    if (checking && !sharesLineage(rev, {branchRev}, false)) {
        failResolution(
            QStringLiteral("Revision %1 is not a member of branch '%2'").arg(rev->id, *checkBranch),
            *id);
    }
    return RevItem::of(rev);
}

bool RevisionMap::Private::sharesLineage(
    Revision *target, const QList<Revision *> &against, bool includeDependencies) const
{
    if (against.isEmpty())
        return true;
    for (const Revision *rev : descendants({target}, includeDependencies)) {
        if (against.contains(const_cast<Revision *>(rev)))
            return true;
    }
    for (const Revision *rev : ancestors({target}, includeDependencies)) {
        if (against.contains(const_cast<Revision *>(rev)))
            return true;
    }
    return false;
}

// What filter_for_lineage tests against: the label, then the resolved ids (None: test nothing).
std::optional<QStringList> RevisionMap::Private::lineageShares(const Ident &checkAgainst) const
{
    const auto [ids, branchLabel] = resolveRevisionNumber(checkAgainst);
    QStringList shares;
    if (branchLabel && !branchLabel->isEmpty())
        shares.append(*branchLabel);
    shares += ids;
    if (shares.isEmpty())
        return std::nullopt;
    return shares;
}

// Resolved like _shares_lineage does, i.e. only once there is a target to test.
QList<Revision *> RevisionMap::Private::resolveShares(const QStringList &shares) const
{
    QList<Revision *> revs;
    for (const QString &share : shares) {
        if (Revision *rev = revisionForIdent(share).rev)
            revs.append(rev);
    }
    return revs;
}

QList<Revision *> RevisionMap::Private::filterForLineage(
    const QList<Revision *> &targets, const Ident &checkAgainst, bool includeDependencies) const
{
    const std::optional<QStringList> shares = lineageShares(checkAgainst);
    if (!shares || targets.isEmpty())
        return targets;
    const QList<Revision *> against = resolveShares(*shares);
    QList<Revision *> out;
    for (Revision *target : targets) {
        if (sharesLineage(target, against, includeDependencies))
            out.append(target);
    }
    return out;
}

QStringList RevisionMap::Private::filterForLineage(
    const QStringList &targets, const Ident &checkAgainst, bool includeDependencies) const
{
    const std::optional<QStringList> shares = lineageShares(checkAgainst);
    if (!shares || targets.isEmpty())
        return targets;
    QList<Revision *> against;
    QStringList out;
    for (const QString &target : targets) {
        Revision *rev = revisionForIdent(target).rev;
        if (against.isEmpty())
            against = resolveShares(*shares);
        if (sharesLineage(rev, against, includeDependencies))
            out.append(target);
    }
    return out;
}

QList<Revision *> RevisionMap::Private::filterItemsForLineage(
    const QList<RevItem> &targets, const Ident &checkAgainst) const
{
    const std::optional<QStringList> shares = lineageShares(checkAgainst);
    if (!shares)
        return revisionsOf(targets);
    QList<Revision *> against;
    QList<Revision *> out;
    for (const RevItem &item : targets) {
        if (item.type == RevItem::Type::None)
            failAssertion(
                QCoreApplication::translate("RevisionMap", "A revision walk went past the base"));
        // _shares_lineage resolves the string "base" like any identifier
        Revision *rev = item.isRev() ? item.rev : revisionForIdent(QStringLiteral("base")).rev;
        if (against.isEmpty())
            against = resolveShares(*shares);
        if (sharesLineage(rev, against, false))
            out.append(rev);
    }
    return out;
}

RevItem RevisionMap::Private::walk(
    RevItem initial, int steps, const std::optional<QString> &branchLabel, bool noOverwalk) const
{
    for (int i = 0; i < std::abs(steps); ++i) {
        QList<RevItem> children;
        if (steps > 0) {
            QList<RevItem> up = getRevisions(initial.isRev() ? initial.rev->nextRevisions : bases);
            if (branchLabel && !branchLabel->isEmpty()) {
                const QList<Revision *> kept
                    = filterForLineage(revisionsOf(up), Ident::string(*branchLabel));
                up.clear();
                for (Revision *rev : kept)
                    up.append(RevItem::of(rev));
            }
            children = up;
        } else if (initial.type != RevItem::Type::BaseSymbol) {
            children
                = initial.isRev() ? getRevisions(initial.rev->downRevisions) : getRevisions(heads);
            if (children.isEmpty())
                children = {RevItem::base()};
        }
        if (children.isEmpty())
            return noOverwalk ? RevItem {} : initial;
        if (children.size() > 1)
            fail(Error::Kind::Revision, QStringLiteral("Ambiguous walk")); // Alembic's wording
        initial = children.constFirst();
    }
    return initial;
}

} // namespace retort
