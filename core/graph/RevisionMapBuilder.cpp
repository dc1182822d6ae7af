// SPDX-License-Identifier: MIT
// RevisionMap::Private, part 1: building the map (RevisionMap._revision_map in revision.py).
#include "graph/RevisionMap_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace retort {

namespace {

// Removes every revision flagged in `drop` (by script index), keeping the order of the others.
void removeFlagged(QList<Revision *> &list, const std::vector<char> &drop)
{
    list.removeIf([&drop](const Revision *rev) { return drop[size_t(rev->scriptIndex)] != 0; });
}

void appendUnique(QList<Revision *> &list, Revision *rev)
{
    if (!list.contains(rev))
        list.append(rev);
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

// dedupe(a + b), sharing `a` in the usual case of one down revision and no dependencies.
QStringList dedupeJoined(const QStringList &a, const QStringList &b)
{
    if (b.isEmpty() && a.size() <= 1)
        return a;
    return dedupe(a + b);
}

QStringList idsOf(const QList<Revision *> &revs)
{
    QStringList ids;
    for (const Revision *rev : revs)
        ids.append(rev->id);
    return ids;
}

} // namespace

void RevisionMap::Private::addProblem(
    Error::Kind kind, const QString &message, const Revision *rev, bool atDownRevision)
{
    Error error {kind, message, {}, 0};
    if (rev && rev->scriptIndex >= 0 && rev->scriptIndex < locations.size()) {
        const Location &where = locations.at(rev->scriptIndex);
        error.file = where.file;
        error.line = atDownRevision && where.downLine > 0 ? where.downLine : where.line;
    }
    problems.append(error);
}

QString RevisionMap::Private::scriptStr(const Revision *rev) const
{
    // Script.__str__, as Alembic formats a revision inside its warnings.
    const QString down = rev->downRevisions.isEmpty()
        ? QStringLiteral("<base>")
        : rev->downRevisions.join(QLatin1String(", "));
    return QStringLiteral("%1 -> %2%3%4%5, %6")
        .arg(down, rev->id, rev->isHead() ? QStringLiteral(" (head)") : QString(),
            rev->isBranchPoint() ? QStringLiteral(" (branchpoint)") : QString(),
            rev->isMergePoint() ? QStringLiteral(" (mergepoint)") : QString(), rev->message);
}

Revision *RevisionMap::Private::createRevision(const RevisionScript &script, int index)
{
    if (script.revision.isEmpty()) {
        if (!script.error) {
            // Alembic's wording (Script._from_filename).
            problems.append(makeError(Error::Kind::Parse,
                QStringLiteral("Could not determine revision id from "
                               "filename %1")
                    .arg(script.fileName),
                script.path));
        }
        loadable = false;
        return nullptr;
    }
    auto owned = std::make_unique<Revision>();
    Revision *rev = owned.get();
    storage.push_back(std::move(owned));
    rev->id = script.revision;
    rev->scriptIndex = index;
    rev->message = script.message();
    rev->broken = script.error.has_value();
    rev->downRevisions = script.downRevisions;
    rev->dependencies = script.dependsOn;
    rev->ownBranchLabels = script.branchLabels;
    for (const QString &label : script.branchLabels)
        appendUnique(rev->branchLabels, label);

    checkRevision(rev);
    return rev;
}

void RevisionMap::Private::checkRevision(Revision *rev)
{
    // Revision.__init__ raises these; Alembic's wording.
    if (rev->downRevisions.contains(rev->id)) {
        addProblem(Error::Kind::Loop,
            QStringLiteral("Self-loop is detected in revisions (%1)").arg(rev->id), rev, true);
        rev->downRevisions.removeAll(rev->id);
        rev->broken = true;
        loadable = false;
    } else if (rev->dependencies.contains(rev->id)) {
        addProblem(Error::Kind::Loop,
            QStringLiteral("Dependency self-loop is detected in revisions (%1)").arg(rev->id), rev);
        rev->dependencies.removeAll(rev->id);
        rev->broken = true;
        loadable = false;
    }
    QStringList illegal;
    for (const QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@')}) {
        if (rev->id.contains(c))
            illegal.append(QString(c));
    }
    if (!illegal.isEmpty()) {
        // Alembic's wording (Revision.verify_rev_id).
        addProblem(Error::Kind::Revision,
            QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                .arg(illegal.join(QLatin1String(", ")), rev->id),
            rev);
        rev->broken = true;
        loadable = false;
    }
}

void RevisionMap::Private::build(const QList<RevisionScript> &scripts)
{
    QList<Revision *> labelled;
    storage.reserve(size_t(scripts.size()));
    loaded.reserve(scripts.size());
    locations.reserve(scripts.size());
    map.reserve(scripts.size());
    keyOrder.reserve(scripts.size());
    order.reserve(scripts.size());
    headRevs.reserve(scripts.size());
    realHeadRevs.reserve(scripts.size());
    for (int i = 0; i < scripts.size(); ++i) {
        const RevisionScript &script = scripts.at(i);
        locations.append({script.path, script.revisionLine, script.downRevisionLine});
        if (script.error) {
            problems.append(*script.error);
            loadable = false;
        }
        Revision *rev = createRevision(script, i);
        if (!rev)
            continue;
        loaded.append(rev);
        if (map.contains(rev->id)) {
            // Alembic's wording; a warning there, the later script wins.
            addProblem(Error::Kind::Revision,
                QStringLiteral("Revision %1 is present more than once").arg(rev->id), rev);
            order[order.indexOf(map.value(rev->id))] = rev;
        } else {
            keyOrder.append(rev->id);
            order.append(rev);
        }
        map.insert(rev->id, rev);
        if (!rev->branchLabels.isEmpty())
            labelled.append(rev);
        headRevs.append(rev);
        realHeadRevs.append(rev);
        if (rev->isBase())
            baseRevs.append(rev);
        if (rev->isRealBase())
            realBaseRevs.append(rev);
    }
    const QList<Revision *> revMapOrder = order;
    mapBranchLabels(labelled);
    addDependsOn();
    linkRevisions();
    normalizeDependsOn();
    detectCycles(revMapOrder);
    heads = idsOf(headRevs);
    realHeads = idsOf(realHeadRevs);
    bases = idsOf(baseRevs);
    realBases = idsOf(realBaseRevs);
    addBranches(labelled);
    for (Revision *rev : std::as_const(loaded))
        std::sort(rev->branchLabels.begin(), rev->branchLabels.end());
    buildIndices();
}

void RevisionMap::Private::buildIndices()
{
    indexOfId.reserve(order.size());
    for (int i = 0; i < order.size(); ++i)
        indexOfId.insert(order.at(i)->id, i);
    normalizedDownIdx.resize(size_t(order.size()));
    for (int i = 0; i < order.size(); ++i) {
        std::vector<int> &links = normalizedDownIdx[size_t(i)];
        for (const QString &id : std::as_const(order.at(i)->normalizedDownRevisions)) {
            const Revision *next = lookup(id);
            if (!next)
                continue; // a missing link, reported above
            links.push_back(next->id == id ? indexOfId.value(id) : kBrokenLink);
        }
    }
}

void RevisionMap::Private::mapBranchLabels(const QList<Revision *> &labelled)
{
    for (Revision *rev : labelled) {
        for (const QString &label : std::as_const(rev->ownBranchLabels)) {
            if (Revision *owner = lookup(label)) {
                // Alembic's wording (RevisionError while building the map).
                addProblem(Error::Kind::Revision,
                    QStringLiteral("Branch name '%1' in revision %2 already used by "
                                   "revision %3")
                        .arg(label, rev->id, owner->id),
                    rev);
                loadable = false;
                continue;
            }
            map.insert(label, rev);
            keyOrder.append(label);
        }
    }
}

void RevisionMap::Private::addDependsOn()
{
    for (Revision *rev : std::as_const(loaded)) {
        rev->resolvedDependencies.clear();
        for (const QString &dep : std::as_const(rev->dependencies)) {
            if (Revision *target = lookup(dep)) {
                rev->resolvedDependencies.append(target->id);
                continue;
            }
            // Alembic fails here with a bare KeyError; Retort words it.
            addProblem(Error::Kind::Revision,
                QCoreApplication::translate(
                    "RevisionMap", "Dependency %1 of revision %2 is not present")
                    .arg(dep, rev->id),
                rev);
            rev->broken = true;
            loadable = false;
        }
        rev->allDownRevisions = dedupeJoined(rev->downRevisions, rev->resolvedDependencies);
    }
}

void RevisionMap::Private::linkRevisions()
{
    // Flags by script index instead of list searches or hash sets: a linear project of n
    // revisions would otherwise cost n^2, and hashing pointers is most of the remaining cost.
    const size_t count = size_t(locations.size());
    std::vector<char> visited(count, 0), notHead(count, 0), notRealHead(count, 0);
    for (const QString &key : std::as_const(keyOrder)) {
        Revision *rev = lookup(key);
        if (std::exchange(visited[size_t(rev->scriptIndex)], 1))
            continue;
        for (const QString &downId : std::as_const(rev->allDownRevisions)) {
            Revision *down = lookup(downId);
            if (!down) {
                // Alembic's wording (a warning, after which Alembic fails with a KeyError).
                addProblem(Error::Kind::Revision,
                    QStringLiteral("Revision %1 referenced from %2 is not present")
                        .arg(downId, scriptStr(rev)),
                    rev, true);
                rev->broken = true;
                loadable = false;
                continue;
            }
            appendUnique(down->allNextRevisions, rev->id);
            if (rev->downRevisions.contains(down->id))
                appendUnique(down->nextRevisions, rev->id);
            if (rev->downRevisions.contains(downId))
                notHead[size_t(down->scriptIndex)] = 1;
            notRealHead[size_t(down->scriptIndex)] = 1;
        }
    }
    removeFlagged(headRevs, notHead);
    removeFlagged(realHeadRevs, notRealHead);
}

void RevisionMap::Private::normalizeDependsOn()
{
    for (Revision *rev : std::as_const(loaded)) {
        QStringList normalized = rev->resolvedDependencies;
        if (!normalized.isEmpty()) {
            for (const Revision *ancestor : ancestors({rev}, false)) {
                if (ancestor == rev)
                    continue;
                for (const QString &dep : ancestor->resolvedDependencies)
                    normalized.removeAll(dep);
            }
        }
        rev->normalizedDependencies = dedupe(normalized);
        rev->normalizedDownRevisions
            = dedupeJoined(rev->downRevisions, rev->normalizedDependencies);
    }
}

std::vector<char> RevisionMap::Private::reachedFrom(
    const QList<Revision *> &starts, const Links &links) const
{
    // iterateRelated(links, starts) without building its list: a flag per script index. A
    // revision counts by id: without duplicate ids every revision is the map's own; a shadowed
    // duplicate (a walk may start there) stands for the map's revision of its id.
    const bool distinct = loaded.size() == order.size();
    std::vector<char> reached(size_t(locations.size()), 0);
    std::vector<char> walked(size_t(locations.size()), 0);
    std::vector<const Revision *> todo;
    todo.reserve(size_t(order.size()));
    for (const Revision *start : starts) {
        todo.push_back(start);
        while (!todo.empty()) {
            const Revision *rev = todo.back();
            todo.pop_back();
            if (std::exchange(walked[size_t(rev->scriptIndex)], 1))
                continue;
            reached[size_t((distinct ? rev : lookup(rev->id))->scriptIndex)] = 1;
            for (const QString &id : links(rev)) {
                const Revision *next = lookup(id);
                if (!next)
                    continue; // a missing link, reported while building
                if (next->id != id) {
                    // Alembic's wording.
                    fail(Error::Kind::Revision,
                        QStringLiteral("Dependency resolution failed; broken map"));
                }
                todo.push_back(next);
            }
        }
    }
    return reached;
}

QStringList RevisionMap::Private::unreachable(const QList<Revision *> &revs,
    const QList<Revision *> &tops, const Links &down, const QList<Revision *> &bottoms,
    const Links &up) const
{
    const std::vector<char> fromTops = reachedFrom(tops, down);
    const std::vector<char> fromBottoms = reachedFrom(bottoms, up);
    QStringList missing;
    for (const Revision *rev : revs) {
        const size_t index = size_t(rev->scriptIndex);
        if (!fromTops[index] || !fromBottoms[index])
            missing.append(rev->id);
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}

void RevisionMap::Private::detectCycles(const QList<Revision *> &revMapOrder)
{
    if (revMapOrder.isEmpty())
        return;
    // A revision whose parents are all missing was reported already; start walks there too.
    auto orphansPlus = [this](QList<Revision *> roots, bool real) {
        for (Revision *rev : std::as_const(loaded)) {
            const QStringList &links = real ? rev->allDownRevisions : rev->downRevisions;
            if (!links.isEmpty()
                && std::none_of(links.begin(), links.end(),
                    [this](const QString &id) { return map.contains(id); }))
                appendUnique(roots, rev);
        }
        return roots;
    };
    auto report = [this](Error::Kind kind, const QString &what, const QStringList &ids) {
        // Alembic's wording (CycleDetected / DependencyCycleDetected).
        const QString message = QStringLiteral("%1 is detected in revisions (%2)")
                                    .arg(what, ids.join(QLatin1String(", ")));
        problems.append(makeError(kind, message));
        blocking = RevisionFailure {kind, message, {}, {}, {}, {}};
        loadable = false;
    };
    const QList<Revision *> versionedBases = orphansPlus(baseRevs, false);
    if (headRevs.isEmpty() || versionedBases.isEmpty())
        return report(Error::Kind::Cycle, QStringLiteral("Cycle"), idsOf(revMapOrder));
    QStringList missing = unreachable(
        revMapOrder, headRevs,
        [](const Revision *r) -> const QStringList & { return r->downRevisions; }, versionedBases,
        [](const Revision *r) -> const QStringList & { return r->nextRevisions; });
    if (!missing.isEmpty())
        return report(Error::Kind::Cycle, QStringLiteral("Cycle"), missing);
    const QList<Revision *> allBases = orphansPlus(realBaseRevs, true);
    if (realHeadRevs.isEmpty() || allBases.isEmpty())
        return report(Error::Kind::Cycle, QStringLiteral("Dependency cycle"), idsOf(revMapOrder));
    missing = unreachable(
        revMapOrder, realHeadRevs,
        [](const Revision *r) -> const QStringList & { return r->allDownRevisions; }, allBases,
        [](const Revision *r) -> const QStringList & { return r->allNextRevisions; });
    if (!missing.isEmpty())
        report(Error::Kind::Cycle, QStringLiteral("Dependency cycle"), missing);
}

void RevisionMap::Private::addBranches(const QList<Revision *> &labelled)
{
    for (Revision *rev : labelled) {
        const QStringList labels = rev->branchLabels;
        const QList<Revision *> nodes = descendants({rev}, false);
        for (Revision *node : nodes) {
            for (const QString &label : labels)
                appendUnique(node->branchLabels, label);
        }
        // Alembic walks down from the last descendant visited until a branch or merge point.
        Revision *parent = nodes.isEmpty() ? nullptr : nodes.last();
        QList<Revision *> seen;
        while (parent && !parent->isRealBranchPoint() && !parent->isMergePoint()
            && !seen.contains(parent)) {
            seen.append(parent);
            for (const QString &label : labels)
                appendUnique(parent->branchLabels, label);
            if (parent->downRevisions.isEmpty())
                break;
            parent = lookup(parent->downRevisions.constFirst());
        }
    }
}

QStringList dedupe(const QStringList &list)
{
    if (list.size() <= 1)
        return list;
    QStringList out;
    for (const QString &item : list)
        appendUnique(out, item);
    return out;
}

} // namespace retort
