// SPDX-License-Identifier: MIT
#pragma once

#include "graph/MigrationStep.h"
#include "graph/Revision.h"
#include "scripts/RevisionScript.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace retort {

/// Alembic's alembic.script.revision.RevisionMap (plus the step planning of ScriptDirectory)
/// reproduced natively: same heads/bases order, branch-label propagation, depends_on handling,
/// topological sorts, target syntax and error wording, so Retort's answers match the alembic CLI
/// for the same scripts in the same load order (Alembic's os.listdir order).
///
/// Errors come in two wordings, as in Alembic: the RevisionMap-level functions (revisions(),
/// revision lookups, iterateRevisions()) use revision.py's exception messages; the
/// ScriptDirectory-level functions (walkRevisions(), upgradeSteps(), downgradeSteps(),
/// stampSteps(), currentHead()) use the CommandError text ScriptDirectory turns them into.
///
/// Alembic 1.8.1 (Debian 12) and 1.13 (Debian 13) agree on everything reproduced here (checked
/// against both sources: revision.py, ScriptDirectory's step/walk functions, RevisionStep and
/// StampStep): AlembicVersion only records which release the caller targets. Where Alembic's own
/// answer depends on Python's string hashing (set iteration order: which duplicate branch label is
/// reported first, the order of several normalized dependencies of one revision, the order of names
/// in an "overlaps" error) Retort answers with the load order, which is one of the answers Alembic
/// can give.
class RevisionMap {
public:
    /// The Alembic release the caller targets. 1.8 and 1.13 behave the same for everything this
    /// class reproduces, so the value changes no answer; it is kept so callers can state (and
    /// later releases can honour) the release they compare against.
    enum class AlembicVersion {
        V1_8, ///< Alembic 1.8.x (Debian 12)
        V1_13, ///< Alembic 1.13.x (Debian 13)
    };

    /// Builds the map from scripts in Alembic's load order. Never fails: scripts with `error` set
    /// are kept as broken revisions (when they have an id), and every problem Alembic would warn
    /// about or raise while building (duplicate ids, missing down revisions, duplicate branch
    /// labels, cycles, self-loops, illegal characters) lands in problems().
    explicit RevisionMap(
        const QList<RevisionScript> &scripts, AlembicVersion version = AlembicVersion::V1_8);
    ~RevisionMap();
    RevisionMap(const RevisionMap &) = delete;
    RevisionMap &operator=(const RevisionMap &) = delete;
    RevisionMap(RevisionMap &&) noexcept;
    RevisionMap &operator=(RevisionMap &&) noexcept;

    /// Problems found while building, in the order found, with Alembic's wording and the file and
    /// line of the script concerned. Kinds: Parse (unreadable script, no revision id), Revision
    /// (duplicate id, missing down revision, missing dependency - a bare KeyError in Alembic,
    /// worded by Retort -, duplicate branch label, illegal character), Cycle, Loop. A cycle also
    /// makes every query return its error, as Alembic refuses to answer then.
    const QList<Error> &problems() const;
    AlembicVersion alembicVersion() const; ///< as given to the constructor
    /// False when Alembic would refuse to load this map at all (a raise while building: cycle,
    /// self-loop, missing down revision, duplicate branch label); the map is still browsable.
    bool alembicWouldLoad() const;

    /// The revision with exactly this id, or nullptr. No symbols, no partial ids.
    const Revision *revision(const QString &id) const;
    /// Every revision in map order (script load order; a duplicated id keeps its first position
    /// and its last script, as Python's OrderedDict does).
    QList<const Revision *> allRevisions() const;

    /// RevisionMap.heads: versioned heads, in load order. Like Alembic, a script shadowed by a
    /// later one with the same id stays listed when nothing names it as down revision.
    QStringList heads() const;
    QStringList bases() const; ///< RevisionMap.bases: no down_revision, in map order
    QStringList realHeads() const; ///< RevisionMap._real_heads: no child through deps either
    QStringList realBases() const; ///< RevisionMap._real_bases: no down_revision nor depends_on
    /// ScriptDirectory.get_current_head(): the single head, empty when there is none, or
    /// Alembic's "The script directory has multiple heads ..." error.
    Result<QString> currentHead() const;

    /// RevisionMap.get_revisions(idOrSymbol): `head`, `heads`, `base`, full or partial ids,
    /// branch labels, `label@head`, `label@heads`, `label@rev`, `label@-N`, `-N`. An empty
    /// string means None (base). Returns an empty list for base. A `-N` walk that ends below the
    /// first revision yields a nullptr entry where Alembic yields "base" or None.
    Result<QList<const Revision *>> revisions(const QString &idOrSymbol) const;
    /// get_revisions over several identifiers, concatenated (a tuple argument in Alembic).
    Result<QList<const Revision *>> revisions(const QStringList &ids) const;
    /// RevisionMap.get_revision: exactly one revision, nullptr for base; MultipleHeads when the
    /// symbol names several.
    Result<const Revision *> getRevision(const QString &idOrSymbol) const;

    /// ScriptDirectory.get_all_current(ids): the branch tips among the given revisions and all
    /// their ancestors (what `alembic current` and `alembic heads` test heads against). Alembic
    /// returns a set; here the order is the given ids' order, then ancestors.
    Result<QList<const Revision *>> allCurrent(const QStringList &ids) const;

    /// RevisionMap.iterate_revisions(upper, lower, ...): the revisions between the two targets,
    /// newest first, in Alembic's topological order. A QString argument is a Python str (empty
    /// for None) and accepts the target syntax of upgrade/downgrade (`+N`, `-N`, `rev+N`,
    /// `label@+N`, `heads`, ...); a QStringList argument is a Python tuple of ids, as Alembic
    /// passes the version table's current heads. With selectForDowngrade, `lower` must be a str.
    Result<QList<const Revision *>> iterateRevisions(const QString &upper, const QString &lower,
        bool implicitBase = false, bool inclusive = false, bool assertRelativeLength = true,
        bool selectForDowngrade = false) const;
    Result<QList<const Revision *>> iterateRevisions(const QStringList &upper,
        const QStringList &lower, bool implicitBase = false, bool inclusive = false,
        bool assertRelativeLength = true, bool selectForDowngrade = false) const;
    Result<QList<const Revision *>> iterateRevisions(const QStringList &upper, const QString &lower,
        bool implicitBase = false, bool inclusive = false, bool assertRelativeLength = true,
        bool selectForDowngrade = false) const;
    Result<QList<const Revision *>> iterateRevisions(const QString &upper, const QStringList &lower,
        bool implicitBase = false, bool inclusive = false, bool assertRelativeLength = true,
        bool selectForDowngrade = false) const;

    /// ScriptDirectory.walk_revisions(base, head): what `alembic history` lists, newest first.
    /// `alembic history -r a:b` is walkRevisions(a, b).
    Result<QList<const Revision *>> walkRevisions(const QString &base = QStringLiteral("base"),
        const QString &head = QStringLiteral("heads")) const;

    /// ScriptDirectory._upgrade_revs(destination, currentHeads): the steps `alembic upgrade
    /// destination` runs from a database whose version table holds currentHeads, in run order.
    Result<QList<MigrationStep>> upgradeSteps(
        const QString &destination, const QStringList &currentHeads) const;
    /// ScriptDirectory._downgrade_revs(destination, currentHeads), in run order.
    Result<QList<MigrationStep>> downgradeSteps(
        const QString &destination, const QStringList &currentHeads) const;
    /// ScriptDirectory._stamp_revs(destination, currentHeads): StampStep list (Kind::Stamp).
    Result<QList<MigrationStep>> stampSteps(
        const QString &destination, const QStringList &currentHeads) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace retort
