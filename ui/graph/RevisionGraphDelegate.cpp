// SPDX-License-Identifier: MIT
#include "graph/RevisionGraphDelegate.h"

#include "model/RevisionGraphModel.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace retort {

namespace {

constexpr qreal nodeRadius = 4.5;
constexpr qreal lineWidth = 2.0;

qreal laneX(const QRect &rect, int lane)
{
    return rect.left() + lane * RevisionGraphDelegate::laneWidth
        + RevisionGraphDelegate::laneWidth / 2.0;
}

// A line between two lanes that bends smoothly, as history views draw branches.
QPainterPath lanePath(QPointF from, QPointF to)
{
    QPainterPath path(from);
    if (qFuzzyCompare(from.x(), to.x())) {
        path.lineTo(to);
        return path;
    }
    const qreal midY = (from.y() + to.y()) / 2;
    path.cubicTo(QPointF(from.x(), midY), QPointF(to.x(), midY), to);
    return path;
}

QPen lanePen(int lane, const QPalette &palette, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(Theme::laneColor(lane, palette), lineWidth, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

} // namespace

RevisionGraphDelegate::RevisionGraphDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void RevisionGraphDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto state = RevisionState(index.data(RevisionGraphModel::StateRole).toInt());
    if (state == RevisionState::Current && !(option.state & QStyle::State_Selected)) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlpha(48);
        painter->fillRect(option.rect, tint);
    }
    if (index.column() == RevisionGraphModel::GraphColumn) {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        const auto lanes = index.data(RevisionGraphModel::LaneRole).value<LaneRow>();
        const auto *model = qobject_cast<const RevisionGraphModel *>(index.model());
        const RevisionEntry *entry = model ? model->entry(index.row()) : nullptr;
        paintGraph(painter, option, lanes, state, entry && entry->broken);
        return;
    }
    if (index.column() == RevisionGraphModel::BadgesColumn) {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        paintBadges(painter, option,
            index.data(RevisionGraphModel::BadgesRole).value<QList<RevisionBadge>>());
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void RevisionGraphDelegate::paintGraph(QPainter *painter, const QStyleOptionViewItem &option,
    const LaneRow &lanes, RevisionState state, bool broken) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const QRect &rect = option.rect;
    const QPointF node(laneX(rect, lanes.node), rect.top() + rect.height() / 2.0);
    painter->setBrush(Qt::NoBrush);
    for (int lane : lanes.passing) {
        painter->setPen(lanePen(lane, option.palette));
        painter->drawLine(
            QPointF(laneX(rect, lane), rect.top()), QPointF(laneX(rect, lane), rect.bottom() + 1));
    }
    for (int lane : lanes.upper) {
        painter->setPen(lanePen(lane, option.palette));
        painter->drawPath(lanePath(QPointF(laneX(rect, lane), rect.top()), node));
    }
    for (int lane : lanes.lower) {
        painter->setPen(lanePen(lane, option.palette));
        painter->drawPath(lanePath(node, QPointF(laneX(rect, lane), rect.bottom() + 1)));
    }
    // A link to a revision that is not listed ends in a small hollow ring.
    for (int lane : lanes.ghosts) {
        const QPointF end(laneX(rect, lane), rect.bottom() - 3.0);
        painter->setPen(lanePen(lane, option.palette, Qt::DotLine));
        painter->drawPath(lanePath(node, end));
        painter->setPen(QPen(Theme::laneColor(lane, option.palette), 1.0));
        painter->drawEllipse(end, 2.5, 2.5);
    }
    paintNode(painter, option, lanes, state, broken);
    painter->restore();
}

void RevisionGraphDelegate::paintNode(QPainter *painter, const QStyleOptionViewItem &option,
    const LaneRow &lanes, RevisionState state, bool broken) const
{
    const QRect &rect = option.rect;
    const QPointF node(laneX(rect, lanes.node), rect.top() + rect.height() / 2.0);
    const QColor color = Theme::laneColor(lanes.node, option.palette);
    const bool selected = option.state & QStyle::State_Selected;
    if (state == RevisionState::Current) {
        // On a selected row the ring takes the selection's text colour to stay visible.
        const QColor ring
            = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
        painter->setPen(QPen(ring, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(node, nodeRadius + 3.0, nodeRadius + 3.0);
    }
    // Pending revisions are hollow: not in the database yet.
    const bool hollow = state == RevisionState::Pending;
    painter->setPen(QPen(color, lineWidth));
    painter->setBrush(hollow ? option.palette.color(QPalette::Base) : color);
    if (lanes.isMerge() || lanes.isFork()) {
        const qreal side = nodeRadius * 2.0;
        painter->drawRoundedRect(
            QRectF(node.x() - nodeRadius, node.y() - nodeRadius, side, side), 1.5, 1.5);
    } else {
        painter->drawEllipse(node, nodeRadius, nodeRadius);
    }
    if (broken) {
        painter->setPen(QPen(Theme::errorColor(option.palette), 2.0));
        const qreal arm = nodeRadius + 1.5;
        painter->drawLine(node + QPointF(-arm, -arm), node + QPointF(arm, arm));
        painter->drawLine(node + QPointF(-arm, arm), node + QPointF(arm, -arm));
    }
}

void RevisionGraphDelegate::paintBadges(
    QPainter *painter, const QStyleOptionViewItem &option, const QList<RevisionBadge> &badges) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 2);
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    int x = option.rect.left() + 3;
    for (const RevisionBadge &badge : badges) {
        const int width = metrics.horizontalAdvance(badge.text) + 10;
        const QRectF chip(x, top, width, height);
        painter->setPen(Qt::NoPen);
        QColor fill = Theme::badgeColor(badge.kind, option.palette);
        QColor text = Theme::badgeTextColor(badge.kind, option.palette);
        // The current badge shares the selection's colour: invert it on a selected row.
        if (selected && badge.kind == RevisionBadge::Kind::Current)
            std::swap(fill, text);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter, badge.text);
        x += width + 4;
    }
    painter->restore();
}

QSize RevisionGraphDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 22));
    if (index.column() == RevisionGraphModel::GraphColumn) {
        const auto lanes = index.data(RevisionGraphModel::LaneRole).value<LaneRow>();
        size.setWidth(lanes.width * laneWidth + 4);
    } else if (index.column() == RevisionGraphModel::BadgesColumn) {
        const QFontMetrics metrics(option.font);
        int width = 6;
        for (const RevisionBadge &badge :
            index.data(RevisionGraphModel::BadgesRole).value<QList<RevisionBadge>>())
            width += metrics.horizontalAdvance(badge.text) + 14;
        size.setWidth(width);
    }
    return size;
}

} // namespace retort
