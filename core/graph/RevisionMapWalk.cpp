// SPDX-License-Identifier: MIT
// RevisionMap::Private, part 2: graph traversal and Alembic's topological sort.
#include "graph/RevisionMap_p.h"

#include <QCoreApplication>

namespace retort {

void RevisionMap::Private::fail(Error::Kind kind, const QString &message)
{
    throw RevisionFailure {kind, message, {}, {}, {}, {}};
}

void RevisionMap::Private::failAssertion(const QString &message)
{
    throw RevisionFailure {Error::Kind::Revision, message, {}, {}, {}, {}};
}

QList<Revision *> RevisionMap::Private::iterateRelated(
    const Links &fn, const QList<Revision *> &targets, bool check) const
{
    QList<Revision *> out;
    QSet<const Revision *> seen;
    QList<Revision *> todo;
    for (Revision *target : targets) {
        todo.append(target);
        QSet<Revision *> perTarget;
        while (!todo.isEmpty()) {
            Revision *rev = todo.takeLast();
            if (check)
                perTarget.insert(rev);
            if (seen.contains(rev))
                continue;
            seen.insert(rev);
            for (const QString &id : fn(rev)) {
                Revision *next = lookup(id);
                if (!next)
                    continue; // a missing link, reported while building
                if (next->id != id) {
                    // Alembic's wording.
                    fail(Error::Kind::Revision,
                        QStringLiteral("Dependency resolution failed; broken map"));
                }
                todo.append(next);
            }
            out.append(rev);
        }
        if (!check)
            continue;
        QStringList overlaps;
        for (Revision *other : targets) {
            if (other != target && perTarget.contains(other) && !overlaps.contains(other->id))
                overlaps.append(other->id);
        }
        if (!overlaps.isEmpty()) {
            // Alembic's wording.
            fail(Error::Kind::Revision,
                QStringLiteral("Requested revision %1 overlaps with other requested revisions %2")
                    .arg(target->id, overlaps.join(QLatin1String(", "))));
        }
    }
    return out;
}

QList<Revision *> RevisionMap::Private::descendants(const QList<Revision *> &targets,
    bool includeDependencies, bool check, bool omitImmediate) const
{
    if (omitImmediate) {
        return iterateRelated(
            [&targets](const Revision *r) {
                return targets.contains(const_cast<Revision *>(r)) ? r->nextRevisions
                                                                   : r->allNextRevisions;
            },
            targets, check);
    }
    if (includeDependencies)
        return iterateRelated(
            [](const Revision *r) { return r->allNextRevisions; }, targets, check);
    return iterateRelated([](const Revision *r) { return r->nextRevisions; }, targets, check);
}

QList<Revision *> RevisionMap::Private::ancestors(
    const QList<Revision *> &targets, bool includeDependencies, bool check) const
{
    if (includeDependencies)
        return iterateRelated(
            [](const Revision *r) { return r->normalizedDownRevisions; }, targets, check);
    return iterateRelated([](const Revision *r) { return r->downRevisions; }, targets, check);
}

QSet<QString> RevisionMap::Private::ancestorIds(const QString &id) const
{
    QSet<QString> ids;
    for (const Revision *rev : ancestors({lookup(id)}, true))
        ids.insert(rev->id);
    return ids;
}

QStringList RevisionMap::Private::sortedHeads(
    const QList<RevItem> &headItems, const QSet<QString> &todo) const
{
    QSet<QString> wanted;
    for (const RevItem &item : headItems) {
        if (item.isRev() && todo.contains(item.rev->id))
            wanted.insert(item.rev->id);
    }
    QStringList sorted;
    for (const QString &key : keyOrder) { // the map's order pre-sorts the heads
        if (wanted.contains(key))
            sorted.append(key);
    }
    return sorted;
}

// _topological_sort, step for step (its tie-breaking decides Alembic's history and step order).
QStringList RevisionMap::Private::topologicalSort(
    const QList<Revision *> &revisions, const QList<RevItem> &headItems) const
{
    QSet<QString> todo;
    for (const Revision *rev : revisions)
        todo.insert(rev->id);
    QStringList currentHeads = sortedHeads(headItems, todo);
    QList<QSet<QString>> ancestorsByIdx;
    for (const QString &id : std::as_const(currentHeads))
        ancestorsByIdx.append(ancestorIds(id));

    QStringList output;
    qsizetype idx = 0;
    qsizetype guard = 0;
    const qsizetype limit = 16 * (order.size() + 1) * (order.size() + 1);
    while (!currentHeads.isEmpty()) {
        if (++guard > limit)
            failAssertion(QCoreApplication::translate(
                "RevisionMap", "The revision graph could not be sorted"));
        const QString candidate = currentHeads.at(idx);
        bool blocked = false;
        for (qsizetype check = 0; check < ancestorsByIdx.size(); ++check) {
            if (check != idx && ancestorsByIdx.at(check).contains(candidate)) {
                idx = check; // another head depends on us: it goes first
                blocked = true;
                break;
            }
        }
        if (blocked)
            continue;
        if (todo.remove(candidate))
            output.append(candidate);
        const Revision *rev = lookup(candidate);
        QStringList toAdd;
        for (const QString &down : rev->normalizedDownRevisions) {
            if (todo.contains(down) && !currentHeads.contains(down))
                toAdd.append(down);
        }
        if (toAdd.isEmpty()) {
            currentHeads.removeAt(idx);
            ancestorsByIdx.removeAt(idx);
            idx = std::max<qsizetype>(idx - 1, 0);
        } else if (rev->normalizedDependencies.isEmpty() && rev->downRevisions.size() == 1) {
            currentHeads[idx] = toAdd.constFirst();
            ancestorsByIdx[idx].remove(candidate);
        } else {
            currentHeads[idx] = toAdd.constFirst();
            ancestorsByIdx[idx] = ancestorIds(toAdd.constFirst());
            for (qsizetype i = 1; i < toAdd.size(); ++i) {
                currentHeads.append(toAdd.at(i));
                ancestorsByIdx.append(ancestorIds(toAdd.at(i)));
            }
        }
    }
    if (!todo.isEmpty())
        failAssertion(
            QCoreApplication::translate("RevisionMap", "The revision graph could not be sorted"));
    return output;
}

QList<Revision *> revisionsOf(const QList<RevItem> &items)
{
    QList<Revision *> revs;
    for (const RevItem &item : items) {
        if (item.isRev())
            revs.append(item.rev);
    }
    return revs;
}

QList<Revision *> requireRevisions(const QList<RevItem> &items)
{
    for (const RevItem &item : items) {
        if (!item.isRev())
            throw RevisionFailure {Error::Kind::Revision,
                QCoreApplication::translate("RevisionMap",
                    "A relative revision resolved to "
                    "base where a revision is needed"),
                {}, {}, {}, {}};
    }
    return revisionsOf(items);
}

std::optional<long long> pythonInt(const QString &text)
{
    const QString s = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s.at(i) == QLatin1Char('+') || s.at(i) == QLatin1Char('-')))
        negative = s.at(i++) == QLatin1Char('-');
    if (i >= s.size())
        return std::nullopt;
    long long value = 0;
    bool lastWasDigit = false;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('_') && lastWasDigit && i + 1 < s.size()) {
            lastWasDigit = false;
            continue;
        }
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + c.digitValue();
        lastWasDigit = true;
    }
    if (!lastWasDigit)
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace retort
