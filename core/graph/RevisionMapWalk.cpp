// SPDX-License-Identifier: MIT
// RevisionMap::Private, part 2: graph traversal and Alembic's topological sort.
#include "graph/RevisionMap_p.h"

#include <QCoreApplication>

#include <algorithm>

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
            [&targets](const Revision *r) -> const QStringList & {
                return targets.contains(const_cast<Revision *>(r)) ? r->nextRevisions
                                                                   : r->allNextRevisions;
            },
            targets, check);
    }
    if (includeDependencies)
        return iterateRelated(
            [](const Revision *r) -> const QStringList & { return r->allNextRevisions; }, targets,
            check);
    return iterateRelated(
        [](const Revision *r) -> const QStringList & { return r->nextRevisions; }, targets, check);
}

QList<Revision *> RevisionMap::Private::ancestors(
    const QList<Revision *> &targets, bool includeDependencies, bool check) const
{
    if (includeDependencies)
        return iterateRelated(
            [](const Revision *r) -> const QStringList & { return r->normalizedDownRevisions; },
            targets, check);
    return iterateRelated(
        [](const Revision *r) -> const QStringList & { return r->downRevisions; }, targets, check);
}

namespace {

bool testBit(const std::vector<quint64> &bits, int i)
{
    return (bits[size_t(i) >> 6] >> (i & 63)) & 1U;
}

void setBit(std::vector<quint64> &bits, int i)
{
    bits[size_t(i) >> 6] |= quint64(1) << (i & 63);
}

void clearBit(std::vector<quint64> &bits, int i)
{
    bits[size_t(i) >> 6] &= ~(quint64(1) << (i & 63));
}

} // namespace

RevisionMap::Private::Bits RevisionMap::Private::ancestorBits(int index) const
{
    Bits bits((size_t(order.size()) + 63) / 64, 0);
    std::vector<int> todo {index};
    setBit(bits, index);
    while (!todo.empty()) {
        const int at = todo.back();
        todo.pop_back();
        for (const int next : normalizedDownIdx[size_t(at)]) {
            if (next == kBrokenLink) {
                // Alembic's wording (iterateRelated fails the same way on this link).
                fail(Error::Kind::Revision,
                    QStringLiteral("Dependency resolution failed; broken map"));
            }
            if (!testBit(bits, next)) {
                setBit(bits, next);
                todo.push_back(next);
            }
        }
    }
    return bits;
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

// _topological_sort, step for step (its tie-breaking decides Alembic's history and step order),
// on indices into `order` with ancestor sets as bit sets: the same steps at a fraction of the cost.
QStringList RevisionMap::Private::topologicalSort(
    const QList<Revision *> &revisions, const QList<RevItem> &headItems) const
{
    QSet<QString> todoIds;
    for (const Revision *rev : revisions)
        todoIds.insert(rev->id);
    std::vector<char> todo(size_t(order.size()), 0);
    qsizetype todoCount = 0;
    for (const QString &id : std::as_const(todoIds)) {
        const auto it = indexOfId.constFind(id);
        if (it == indexOfId.cend()) {
            ++todoCount; // can never be output: the sort fails below, as Alembic's would
            continue;
        }
        todo[size_t(*it)] = 1;
        ++todoCount;
    }
    std::vector<int> currentHeads;
    std::vector<Bits> ancestorsByIdx;
    for (const QString &id : sortedHeads(headItems, todoIds)) {
        currentHeads.push_back(indexOfId.value(id));
        ancestorsByIdx.push_back(ancestorBits(currentHeads.back()));
    }

    QStringList output;
    size_t idx = 0;
    qsizetype guard = 0;
    const qsizetype limit = 16 * (order.size() + 1) * (order.size() + 1);
    while (!currentHeads.empty()) {
        if (++guard > limit)
            failAssertion(QCoreApplication::translate(
                "RevisionMap", "The revision graph could not be sorted"));
        const int candidate = currentHeads[idx];
        bool blocked = false;
        for (size_t check = 0; check < ancestorsByIdx.size(); ++check) {
            if (check != idx && testBit(ancestorsByIdx[check], candidate)) {
                idx = check; // another head depends on us: it goes first
                blocked = true;
                break;
            }
        }
        if (blocked)
            continue;
        if (todo[size_t(candidate)]) {
            todo[size_t(candidate)] = 0;
            --todoCount;
            output.append(order.at(candidate)->id);
        }
        const Revision *rev = order.at(candidate);
        std::vector<int> toAdd;
        for (const int down : normalizedDownIdx[size_t(candidate)]) {
            if (down != kBrokenLink && todo[size_t(down)]
                && std::find(currentHeads.begin(), currentHeads.end(), down) == currentHeads.end())
                toAdd.push_back(down);
        }
        if (toAdd.empty()) {
            currentHeads.erase(currentHeads.begin() + qsizetype(idx));
            ancestorsByIdx.erase(ancestorsByIdx.begin() + qsizetype(idx));
            idx = idx > 0 ? idx - 1 : 0;
        } else if (rev->normalizedDependencies.isEmpty() && rev->downRevisions.size() == 1) {
            currentHeads[idx] = toAdd.front();
            clearBit(ancestorsByIdx[idx], candidate);
        } else {
            currentHeads[idx] = toAdd.front();
            ancestorsByIdx[idx] = ancestorBits(toAdd.front());
            for (size_t i = 1; i < toAdd.size(); ++i) {
                currentHeads.push_back(toAdd[i]);
                ancestorsByIdx.push_back(ancestorBits(toAdd[i]));
            }
        }
    }
    if (todoCount > 0)
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
