// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/// One revision as the lane layout sees it: its id and the ids of its parents (down revisions).
struct LaneInput {
    QString id;
    QStringList parents;
};

/// How one row of the revision graph is drawn. Lanes are columns numbered from 0 at the left.
/// A row is split at the node's centre: `upper` lines arrive from the row above into the node,
/// `lower` lines leave the node towards the row below, `passing` lines cross the row untouched.
struct LaneRow {
    int node = 0; ///< lane of the node
    QList<int> passing; ///< lanes with a line from top to bottom that does not touch the node
    QList<int> upper; ///< lanes whose line from the top edge ends in the node (children)
    QList<int> lower; ///< lanes the node's line goes to at the bottom edge (next rows)
    QList<int> ghosts; ///< lanes holding a stub to a linked row that is not in the list
    int width = 1; ///< number of lanes this row needs (highest lane used + 1)

    bool isMerge() const { return lower.size() + ghosts.size() > 1; } ///< several links below
    bool isFork() const { return upper.size() > 1; } ///< several links above
    bool operator==(const LaneRow &) const = default;
};

/// The lanes of a git-like history graph over rows in display order, in the spirit of qgit's
/// lanes.cpp: a pure function of its input, computed lazily from the top as far as asked, so a
/// view showing the first rows of 10,000 revisions only pays for those rows.
///
/// In NewestFirst order (as `alembic history` lists) each row links down to its parents; in
/// OldestFirst order the same graph is shown upside down and each row links down to its
/// children. A linked revision missing from the list, or listed above the row that links to it,
/// becomes a ghost stub instead of a lane.
class LaneLayout {
public:
    enum class Order {
        NewestFirst, ///< children above parents (alembic history)
        OldestFirst, ///< parents above children
    };

    explicit LaneLayout(QList<LaneInput> rows = {}, Order order = Order::NewestFirst);

    qsizetype rowCount() const { return m_rows.size(); }
    Order order() const { return m_order; }
    /// The layout of row `index` (0 ≤ index < rowCount()), computing the rows above it first.
    const LaneRow &row(qsizetype index);
    /// Computes every row up to and including `index` (clamped to the last row).
    void computeUpTo(qsizetype index);
    /// How many rows are computed so far.
    qsizetype computedCount() const { return m_computed.size(); }
    /// The widest row computed so far, in lanes.
    int maxWidth() const { return m_maxWidth; }

private:
    QStringList linksBelow(qsizetype index) const;
    LaneRow computeNext();
    int takeFreeLane();

    QList<LaneInput> m_rows;
    Order m_order;
    QHash<QString, qsizetype> m_indexOf;
    QHash<QString, QStringList> m_children; // only filled for OldestFirst
    QList<LaneRow> m_computed;
    QStringList m_lanes; // the id each lane waits for; empty = free
    int m_maxWidth = 0;
};

} // namespace retort
