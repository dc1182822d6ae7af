// SPDX-License-Identifier: MIT
#include "graph/RevisionMap.h"

#include "graph/RevisionMap_p.h"

#include <algorithm>

namespace retort {

namespace {

Error toError(const RevisionFailure &failure)
{
    return makeError(failure.kind, failure.message);
}

// ScriptDirectory._catch_revision_errors: how ScriptDirectory rewords revision.py's exceptions.
struct CommandWording {
    QString ancestor; ///< with %(start)s / %(end)s, or empty for the default
    QString multipleHeads; ///< with %(head_arg)s / %(heads)s, or empty for the default
    std::optional<QString> start, end;

    Error operator()(const RevisionFailure &failure) const
    {
        auto fill = [](QString text, const QString &key, const QString &value) {
            return text.replace(QLatin1String("%(") + key + QLatin1String(")s"), value);
        };
        // Alembic's wording (CommandError texts of ScriptDirectory).
        switch (failure.kind) {
        case Error::Kind::RangeNotAncestor: {
            QString text = ancestor.isEmpty()
                ? QStringLiteral("Requested range %(start)s:%(end)s does not refer to "
                                 "ancestor/descendant revisions along the same branch")
                : ancestor;
            text = fill(text, QStringLiteral("start"), start ? *start : failure.lower.pyStr());
            text = fill(text, QStringLiteral("end"), end ? *end : failure.upper.pyStr());
            return makeError(failure.kind, text);
        }
        case Error::Kind::MultipleHeads: {
            QString text = multipleHeads.isEmpty()
                ? QStringLiteral("Multiple head revisions are present for given "
                                 "argument '%(head_arg)s'; please specify a specific "
                                 "target revision, '<branchname>@%(head_arg)s' to "
                                 "narrow to a specific head, or 'heads' for all heads")
                : multipleHeads;
            text = fill(
                text, QStringLiteral("head_arg"), end && !end->isEmpty() ? *end : failure.argument);
            text = fill(text, QStringLiteral("heads"), failure.heads.join(QLatin1String(", ")));
            return makeError(failure.kind, text);
        }
        case Error::Kind::Resolution:
            return makeError(failure.kind,
                QStringLiteral("Can't locate revision identified by '%1'").arg(failure.argument));
        default:
            return toError(failure);
        }
    }
};

template<typename T, typename F, typename W>
Result<T> guarded(const std::optional<RevisionFailure> &blocking, W wording, F body)
{
    if (blocking)
        return wording(*blocking);
    try {
        return body();
    } catch (const RevisionFailure &failure) {
        return wording(failure);
    }
}

QList<const Revision *> constList(const QList<Revision *> &revs)
{
    return QList<const Revision *>(revs.begin(), revs.end());
}

QList<const Revision *> constList(const QList<RevItem> &items)
{
    QList<const Revision *> out;
    for (const RevItem &item : items)
        out.append(item.rev);
    return out;
}

MigrationStep revisionStep(const Revision *rev, bool upgrade)
{
    MigrationStep step;
    step.revision = rev;
    step.isUpgrade = upgrade;
    const QStringList self {rev->id};
    step.fromRevisions = upgrade ? rev->normalizedDownRevisions : self;
    step.fromRevisionsNoDeps = upgrade ? rev->downRevisions : self;
    step.toRevisions = upgrade ? self : rev->normalizedDownRevisions;
    step.toRevisionsNoDeps = upgrade ? self : rev->downRevisions;
    return step;
}

MigrationStep stampStep(
    const QStringList &from, const QStringList &to, bool upgrade, bool branchMove)
{
    MigrationStep step;
    step.kind = MigrationStep::Kind::Stamp;
    step.isUpgrade = upgrade;
    step.branchMove = branchMove;
    step.fromRevisions = step.fromRevisionsNoDeps = from;
    step.toRevisions = step.toRevisionsNoDeps = to;
    return step;
}

} // namespace

RevisionMap::RevisionMap(const QList<RevisionScript> &scripts, AlembicVersion version)
    : d(std::make_unique<Private>())
{
    d->version = version;
    try {
        d->build(scripts);
    } catch (const RevisionFailure &failure) {
        d->problems.append(toError(failure));
        d->loadable = false;
        d->blocking = failure;
    }
}

RevisionMap::~RevisionMap() = default;
RevisionMap::RevisionMap(RevisionMap &&) noexcept = default;
RevisionMap &RevisionMap::operator=(RevisionMap &&) noexcept = default;

const QList<Error> &RevisionMap::problems() const
{
    return d->problems;
}

RevisionMap::AlembicVersion RevisionMap::alembicVersion() const
{
    return d->version;
}

bool RevisionMap::alembicWouldLoad() const
{
    return d->loadable;
}

const Revision *RevisionMap::revision(const QString &id) const
{
    const Revision *rev = d->lookup(id);
    return rev && rev->id == id ? rev : nullptr;
}

QList<const Revision *> RevisionMap::allRevisions() const
{
    return constList(d->order);
}

QStringList RevisionMap::heads() const
{
    return d->heads;
}

QStringList RevisionMap::bases() const
{
    return d->bases;
}

QStringList RevisionMap::realHeads() const
{
    return d->realHeads;
}

QStringList RevisionMap::realBases() const
{
    return d->realBases;
}

Result<QString> RevisionMap::currentHead() const
{
    const CommandWording wording {{},
        QStringLiteral("The script directory has multiple heads (due to branching).Please use "
                       "get_heads(), or merge the branches using alembic merge."),
        {}, {}};
    return guarded<QString>(
        d->blocking, wording, [this] { return d->currentHead(std::nullopt).value_or(QString()); });
}

Result<QList<const Revision *>> RevisionMap::revisions(const QString &idOrSymbol) const
{
    return guarded<QList<const Revision *>>(d->blocking, toError,
        [&] { return constList(d->getRevisions(Ident::fromText(idOrSymbol))); });
}

Result<QList<const Revision *>> RevisionMap::revisions(const QStringList &ids) const
{
    return guarded<QList<const Revision *>>(
        d->blocking, toError, [&] { return constList(d->getRevisions(ids)); });
}

Result<const Revision *> RevisionMap::getRevision(const QString &idOrSymbol) const
{
    return guarded<const Revision *>(d->blocking, toError,
        [&]() -> const Revision * { return d->getRevision(Ident::fromText(idOrSymbol)).rev; });
}

Result<QList<const Revision *>> RevisionMap::iterateRevisions(const QString &upper,
    const QString &lower, bool implicitBase, bool inclusive, bool assertRelativeLength,
    bool selectForDowngrade) const
{
    return guarded<QList<const Revision *>>(d->blocking, toError, [&] {
        return constList(d->iterateRevisions(Ident::fromText(upper), Ident::fromText(lower),
            implicitBase, inclusive, assertRelativeLength, selectForDowngrade));
    });
}

Result<QList<const Revision *>> RevisionMap::iterateRevisions(const QStringList &upper,
    const QStringList &lower, bool implicitBase, bool inclusive, bool assertRelativeLength,
    bool selectForDowngrade) const
{
    return guarded<QList<const Revision *>>(d->blocking, toError, [&] {
        return constList(d->iterateRevisions(Ident::tuple(upper), Ident::tuple(lower), implicitBase,
            inclusive, assertRelativeLength, selectForDowngrade));
    });
}

Result<QList<const Revision *>> RevisionMap::iterateRevisions(const QStringList &upper,
    const QString &lower, bool implicitBase, bool inclusive, bool assertRelativeLength,
    bool selectForDowngrade) const
{
    return guarded<QList<const Revision *>>(d->blocking, toError, [&] {
        return constList(d->iterateRevisions(Ident::tuple(upper), Ident::fromText(lower),
            implicitBase, inclusive, assertRelativeLength, selectForDowngrade));
    });
}

Result<QList<const Revision *>> RevisionMap::iterateRevisions(const QString &upper,
    const QStringList &lower, bool implicitBase, bool inclusive, bool assertRelativeLength,
    bool selectForDowngrade) const
{
    return guarded<QList<const Revision *>>(d->blocking, toError, [&] {
        return constList(d->iterateRevisions(Ident::fromText(upper), Ident::tuple(lower),
            implicitBase, inclusive, assertRelativeLength, selectForDowngrade));
    });
}

Result<QList<const Revision *>> RevisionMap::allCurrent(const QStringList &ids) const
{
    const CommandWording wording {{}, {}, std::nullopt, std::nullopt};
    return guarded<QList<const Revision *>>(
        d->blocking, wording, [&] { return constList(d->allCurrent(ids)); });
}

Result<QList<const Revision *>> RevisionMap::walkRevisions(
    const QString &base, const QString &head) const
{
    const CommandWording wording {{}, {}, base, head};
    return guarded<QList<const Revision *>>(d->blocking, wording, [&] {
        return constList(d->iterateRevisions(
            Ident::fromText(head), Ident::fromText(base), false, true, false, false));
    });
}

Result<QList<MigrationStep>> RevisionMap::upgradeSteps(
    const QString &destination, const QStringList &currentHeads) const
{
    const CommandWording wording {
        QStringLiteral("Destination %(end)s is not a valid upgrade target from current head(s)"),
        {}, std::nullopt, destination};
    return guarded<QList<MigrationStep>>(d->blocking, wording, [&] {
        QList<Revision *> revs = d->iterateRevisions(
            Ident::fromText(destination), Ident::tuple(currentHeads), true, false, true, false);
        std::reverse(revs.begin(), revs.end());
        QList<MigrationStep> steps;
        for (const Revision *rev : std::as_const(revs))
            steps.append(revisionStep(rev, true));
        return steps;
    });
}

Result<QList<MigrationStep>> RevisionMap::downgradeSteps(
    const QString &destination, const QStringList &currentHeads) const
{
    const CommandWording wording {
        QStringLiteral("Destination %(end)s is not a valid downgrade target from current head(s)"),
        {}, std::nullopt, destination};
    return guarded<QList<MigrationStep>>(d->blocking, wording, [&] {
        QList<MigrationStep> steps;
        for (const Revision *rev : d->iterateRevisions(Ident::tuple(currentHeads),
                 Ident::fromText(destination), false, false, true, true))
            steps.append(revisionStep(rev, false));
        return steps;
    });
}

Result<QList<MigrationStep>> RevisionMap::stampSteps(
    const QString &destination, const QStringList &currentHeads) const
{
    const CommandWording wording {{},
        QStringLiteral("Multiple heads are present; please specify a single target revision"),
        std::nullopt, std::nullopt};
    return guarded<QList<MigrationStep>>(d->blocking, wording, [&] {
        return d->stampSteps(
            Ident::tuple(destination.isEmpty() ? QStringList {} : QStringList {destination}),
            Ident::tuple(currentHeads));
    });
}

QList<MigrationStep> RevisionMap::Private::stampSteps(
    const Ident &destination, const Ident &headIds) const
{
    const QList<Revision *> headRevisions = revisionsOf(getRevisions(headIds));
    const Ident revision
        = destination.truthy() ? destination : Ident::tuple({QStringLiteral("base")});
    QList<Revision *> filtered;
    for (const QString &rev : revision.toTuple()) {
        for (Revision *head : filterForLineage(headRevisions, Ident::string(rev), true)) {
            if (!filtered.contains(head))
                filtered.append(head);
        }
    }
    QStringList filteredIds;
    for (const Revision *head : std::as_const(filtered))
        filteredIds.append(head->id);
    QList<RevItem> dests = getRevisions(revision);
    if (dests.isEmpty())
        dests = {RevItem {}};
    QList<MigrationStep> steps;
    for (const RevItem &dest : std::as_const(dests)) {
        if (!dest.isRev()) { // base: a "delete branch" step per applicable head
            for (const QString &head : std::as_const(filteredIds))
                steps.append(stampStep({head}, {}, false, true));
            continue;
        }
        if (filtered.contains(dest.rev))
            continue; // already in the version table
        auto touches = [&filtered](const QList<Revision *> &nodes) {
            return std::any_of(nodes.begin(), nodes.end(),
                [&filtered](Revision *r) { return filtered.contains(r); });
        };
        if (touches(descendants({dest.rev}, true)))
            steps.append(stampStep(filteredIds, {dest.rev->id}, false, false));
        else if (touches(ancestors({dest.rev}, true)))
            steps.append(stampStep(filteredIds, {dest.rev->id}, true, false));
        else
            steps.append(stampStep({}, {dest.rev->id}, true, true));
    }
    return steps;
}

} // namespace retort
