// SPDX-License-Identifier: MIT
#pragma once

// Private implementation of RevisionMap: a close port of alembic/script/revision.py. Internally
// the port raises RevisionFailure the way revision.py raises its exceptions (several functions
// catch and re-raise, which values would obscure); every public RevisionMap function catches it
// and returns a Result, so nothing escapes the class.

#include "graph/RevisionMap.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace retort {

/// Python's `None | str | tuple[str, ...]`, the type of Alembic's revision identifiers.
struct Ident {
    enum class Type { None, String, Tuple };
    Type type = Type::None;
    QString text;
    QStringList items;

    static Ident none() { return {}; }
    static Ident string(const QString &s) { return {Type::String, s, {}}; }
    static Ident tuple(const QStringList &l) { return {Type::Tuple, {}, l}; }
    /// An empty QString stands for None, as in the public API.
    static Ident fromText(const QString &s) { return s.isEmpty() ? none() : string(s); }

    bool isString() const { return type == Type::String; }
    bool truthy() const;
    /// util.to_tuple(x, default=()).
    QStringList toTuple() const;
    /// "%s" % x, with Python's formatting of tuples.
    QString pyStr() const;
};

/// One element of a get_revisions() result: a revision, the "base" symbol or None.
struct RevItem {
    enum class Type { Rev, BaseSymbol, None };
    Type type = Type::None;
    Revision *rev = nullptr;

    static RevItem of(Revision *r) { return r ? RevItem {Type::Rev, r} : RevItem {}; }
    static RevItem base() { return {Type::BaseSymbol, nullptr}; }
    bool isRev() const { return type == Type::Rev; }
    friend bool operator==(const RevItem &a, const RevItem &b)
    {
        return a.type == b.type && a.rev == b.rev;
    }
};

/// An exception of revision.py, carried until the public boundary. Where Alembic fails with a
/// bare AssertionError or KeyError, Retort words the message itself (kind Revision).
struct RevisionFailure {
    Error::Kind kind = Error::Kind::Revision;
    QString message;
    QStringList heads; ///< MultipleHeads.heads
    QString argument; ///< MultipleHeads.argument / ResolutionError.argument
    Ident lower, upper; ///< RangeNotAncestorError.lower / .upper
};

class RevisionMap::Private {
public:
    /// The links a walk follows from a revision (one of its id lists).
    using Links = std::function<const QStringList &(const Revision *)>;

    AlembicVersion version = AlembicVersion::V1_8;
    std::vector<std::unique_ptr<Revision>> storage; ///< every revision created, in load order
    QList<Revision *> loaded; ///< same, as pointers (includes duplicates)
    QHash<QString, Revision *> map; ///< _revision_map: ids and branch labels
    QStringList keyOrder; ///< key order of _revision_map
    QList<Revision *> order; ///< distinct revisions in map order
    QList<Revision *> headRevs, realHeadRevs, baseRevs, realBaseRevs;
    QStringList heads, realHeads, bases, realBases;
    QList<Error> problems;
    struct Location {
        QString file;
        int line = 0;
        int downLine = 0;
    };
    QList<Location> locations; ///< per script index: where problems point
    bool loadable = true;
    std::optional<RevisionFailure> blocking; ///< a cycle: every query reports it

    /// Integer indices for the walks the history and step planning repeat: positions in `order`.
    QHash<QString, int> indexOfId; ///< revision id -> index in `order`
    /// Per index: normalizedDownRevisions as indices, in order; missing links are left out and a
    /// link naming a branch label (a broken map for the walks) is kBrokenLink.
    std::vector<std::vector<int>> normalizedDownIdx;
    static constexpr int kBrokenLink = -1;
    using Bits = std::vector<quint64>;

    // --- building (RevisionMapBuilder.cpp) ---
    void build(const QList<RevisionScript> &scripts);
    Revision *createRevision(const RevisionScript &script, int index);
    void checkRevision(Revision *rev);
    void mapBranchLabels(const QList<Revision *> &labelled);
    void addDependsOn();
    void linkRevisions();
    void normalizeDependsOn();
    void detectCycles(const QList<Revision *> &revMapOrder);
    QStringList unreachable(const QList<Revision *> &order, const QList<Revision *> &tops,
        const Links &down, const QList<Revision *> &bottoms, const Links &up) const;
    /// The revisions `links` reach from `starts` (included), flagged by script index.
    std::vector<char> reachedFrom(const QList<Revision *> &starts, const Links &links) const;
    void addBranches(const QList<Revision *> &labelled);
    void addProblem(
        Error::Kind kind, const QString &message, const Revision *rev, bool atDownRevision = false);
    QString scriptStr(const Revision *rev) const;
    void buildIndices();

    // --- traversal (RevisionMapWalk.cpp) ---
    Revision *lookup(const QString &key) const { return map.value(key, nullptr); }
    QList<Revision *> iterateRelated(
        const Links &fn, const QList<Revision *> &targets, bool check = false) const;
    QList<Revision *> descendants(const QList<Revision *> &targets, bool includeDependencies,
        bool check = false, bool omitImmediate = false) const;
    QList<Revision *> ancestors(
        const QList<Revision *> &targets, bool includeDependencies, bool check = false) const;
    /// The indices of ancestors({order[index]}, true) as a bit set over `order`.
    Bits ancestorBits(int index) const;
    QStringList sortedHeads(const QList<RevItem> &heads, const QSet<QString> &todo) const;
    QStringList topologicalSort(
        const QList<Revision *> &revisions, const QList<RevItem> &heads) const;
    QStringList currentHeadsFor(const std::optional<QString> &branchLabel) const;

    // --- resolution (RevisionMapResolve.cpp) ---
    std::pair<QStringList, std::optional<QString>> resolveRevisionNumber(const Ident &id) const;
    QList<RevItem> getRevisions(const Ident &id) const;
    QList<RevItem> getRevisions(const QStringList &ids) const;
    RevItem getRevision(const Ident &id) const;
    Revision *resolveBranch(const QString &label) const;
    RevItem revisionForIdent(const std::optional<QString> &id,
        const std::optional<QString> &checkBranch = std::nullopt) const;
    std::optional<QString> currentHead(const std::optional<QString> &branchLabel) const;
    QList<Revision *> filterForLineage(const QList<Revision *> &targets, const Ident &checkAgainst,
        bool includeDependencies = false) const;
    QStringList filterForLineage(const QStringList &targets, const Ident &checkAgainst,
        bool includeDependencies = false) const;
    std::optional<QStringList> lineageShares(const Ident &checkAgainst) const;
    QList<Revision *> resolveShares(const QStringList &shares) const;
    /// filter_for_lineage over a get_revisions() result, failing where Alembic does on "base"/None.
    QList<Revision *> filterItemsForLineage(
        const QList<RevItem> &targets, const Ident &checkAgainst) const;
    bool sharesLineage(
        Revision *target, const QList<Revision *> &against, bool includeDependencies) const;
    RevItem walk(RevItem start, int steps, const std::optional<QString> &branchLabel = {},
        bool noOverwalk = true) const;

    // --- iteration (RevisionMapIterate.cpp) ---
    QList<Revision *> iterateRevisions(const Ident &upper, const Ident &lower, bool implicitBase,
        bool inclusive, bool assertRelativeLength, bool selectForDowngrade) const;
    std::pair<std::optional<QString>, RevItem> parseDowngradeTarget(
        const Ident &current, const Ident &target, bool arl) const;
    /// _parse_downgrade_target's "label@-n": the one current revision on that branch.
    QString currentOnBranch(
        const Ident &current, const QString &label, const QString &target) const;
    /// _parse_upgrade_target's "label@+n": where on that branch the walk up starts.
    QList<RevItem> upgradeStartsOnBranch(const Ident &current, const QString &branchLabel) const;
    QList<RevItem> parseUpgradeTarget(const Ident &current, const Ident &target, bool arl) const;
    std::pair<QList<Revision *>, QList<RevItem>> collectDowngrade(
        const Ident &upper, const Ident &lower, bool inclusive, bool implicitBase, bool arl) const;
    std::pair<QList<Revision *>, QList<RevItem>> collectUpgrade(
        const Ident &upper, Ident lower, bool inclusive, bool implicitBase, bool arl) const;
    /// _collect_upgrade_revisions' "branch@..." lower bound: the targets on that branch.
    QList<Revision *> onNamedBranch(QString branch, const QList<Revision *> &targets) const;
    QList<Revision *> allCurrent(const QStringList &ids) const;
    QList<Revision *> filterIntoBranchHeads(QList<Revision *> targets) const;
    QList<MigrationStep> stampSteps(const Ident &destination, const Ident &heads) const;

    [[noreturn]] static void fail(Error::Kind kind, const QString &message);
    [[noreturn]] static void failAssertion(const QString &message);
};

/// Revisions of a get_revisions() result (drops "base" and None).
QList<Revision *> revisionsOf(const QList<RevItem> &items);
/// Revisions of a get_revisions() result that Alembic hands to a graph walk, where "base" and
/// None fail its is_revision() assertion.
QList<Revision *> requireRevisions(const QList<RevItem> &items);
/// Python's int() on a string: optional sign, digits, single underscores between digits.
std::optional<long long> pythonInt(const QString &text);
/// util.dedupe_tuple.
QStringList dedupe(const QStringList &list);

} // namespace retort
