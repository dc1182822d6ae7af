// SPDX-License-Identifier: MIT
#pragma once

#include "lanes/LaneLayout.h"
#include "model/GraphSnapshot.h"
#include "model/RevisionBadge.h"

#include <QAbstractTableModel>

namespace retort {

/// The revision history of a GraphSnapshot as a table, one revision per row, with the lanes of
/// the graph computed lazily (as far as rows are asked for) by LaneLayout.
class RevisionGraphModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        GraphColumn,
        RevisionColumn,
        MessageColumn,
        BadgesColumn,
        DateColumn,
        FileColumn,
        ColumnCount
    };

    enum Role {
        LaneRole = Qt::UserRole + 1, ///< LaneRow of the row (graph column)
        StateRole, ///< RevisionState as int
        BadgesRole, ///< QList<RevisionBadge>
        RevisionIdRole, ///< full revision id
        SearchTextRole, ///< id, message, labels and the tables its operations touch
    };

    explicit RevisionGraphModel(QObject *parent = nullptr);

    /// Replaces everything shown; states are taken from the snapshot as given.
    void setSnapshot(GraphSnapshot snapshot);
    const GraphSnapshot &snapshot() const { return m_snapshot; }

    /// Newest first (default, as `alembic history`) or oldest first.
    void setOrder(LaneLayout::Order order);
    LaneLayout::Order order() const { return m_layout.order(); }

    /// The revision shown in `row`, or nullptr.
    const RevisionEntry *entry(int row) const;
    /// The row showing revision `id`, or -1.
    int rowOf(const QString &id) const;
    /// The lanes of `row`, computing the rows above it first.
    const LaneRow &laneRow(int row) const;
    /// Lays out every row up to `row`; returns the widest row so far, in lanes.
    int ensureLaidOut(int row) const;
    /// How many rows have their lanes computed so far (from the top).
    int laidOutRowCount() const { return int(m_layout.computedCount()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The badges of one revision, in display order.
    static QList<RevisionBadge> badges(const RevisionEntry &entry);
    /// What the filter matches: id, message, branch labels and tables touched, one per line.
    static QString searchText(const RevisionEntry &entry);

private:
    QVariant displayData(const RevisionEntry &entry, int column) const;
    QVariant toolTipData(const RevisionEntry &entry, int column) const;
    void rebuild();

    GraphSnapshot m_snapshot;
    QList<int> m_rowToEntry;
    QHash<QString, int> m_rowOfId;
    mutable LaneLayout m_layout; // grows as rows are asked for; its result depends on input only
};

} // namespace retort

Q_DECLARE_METATYPE(retort::LaneRow)
