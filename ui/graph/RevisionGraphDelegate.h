// SPDX-License-Identifier: MIT
#pragma once

#include "lanes/LaneLayout.h"
#include "model/RevisionBadge.h"
#include "model/RevisionEntry.h"

#include <QStyledItemDelegate>

namespace retort {

/// Paints the revision graph: lanes, nodes, merge and branch points in the graph column, badges
/// as small labels in the badges column, and the row of the current revision(s) tinted. Applied
/// revisions have filled nodes, pending ones hollow nodes. All colours come from the palette or
/// from Theme.
class RevisionGraphDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    /// Width of one lane, in pixels.
    static constexpr int laneWidth = 16;

    explicit RevisionGraphDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintGraph(QPainter *painter, const QStyleOptionViewItem &option, const LaneRow &lanes,
        RevisionState state, bool broken) const;
    void paintNode(QPainter *painter, const QStyleOptionViewItem &option, const LaneRow &lanes,
        RevisionState state, bool broken) const;
    void paintBadges(QPainter *painter, const QStyleOptionViewItem &option,
        const QList<RevisionBadge> &badges) const;
};

} // namespace retort
