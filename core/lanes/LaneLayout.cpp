// SPDX-License-Identifier: MIT
#include "lanes/LaneLayout.h"

#include <algorithm>

namespace retort {

namespace {

// Marks a lane that holds a ghost stub for the current row only; never a revision id.
const QString ghostMarker = QString(QChar(0));

int widthOf(const LaneRow &row)
{
    int highest = row.node;
    for (const QList<int> *lanes : {&row.passing, &row.upper, &row.lower, &row.ghosts}) {
        for (int lane : *lanes)
            highest = std::max(highest, lane);
    }
    return highest + 1;
}

} // namespace

LaneLayout::LaneLayout(QList<LaneInput> rows, Order order) : m_rows(std::move(rows)), m_order(order)
{
    m_indexOf.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_indexOf.insert(m_rows.at(i).id, i);
    if (m_order == Order::OldestFirst) {
        for (const LaneInput &input : std::as_const(m_rows)) {
            for (const QString &parent : input.parents)
                m_children[parent].append(input.id);
        }
    }
}

const LaneRow &LaneLayout::row(qsizetype index)
{
    computeUpTo(index);
    return m_computed.at(index);
}

void LaneLayout::computeUpTo(qsizetype index)
{
    const qsizetype last = std::min(index, m_rows.size() - 1);
    while (m_computed.size() <= last) {
        LaneRow next = computeNext();
        m_maxWidth = std::max(m_maxWidth, next.width);
        m_computed.append(std::move(next));
    }
}

QStringList LaneLayout::linksBelow(qsizetype index) const
{
    const LaneInput &input = m_rows.at(index);
    QStringList links = m_order == Order::NewestFirst ? input.parents : m_children.value(input.id);
    links.removeDuplicates();
    return links;
}

int LaneLayout::takeFreeLane()
{
    const qsizetype free = m_lanes.indexOf(QString());
    if (free >= 0)
        return int(free);
    m_lanes.append(QString());
    return int(m_lanes.size() - 1);
}

LaneRow LaneLayout::computeNext()
{
    const qsizetype index = m_computed.size();
    const QString &id = m_rows.at(index).id;
    LaneRow row;
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        if (m_lanes.at(lane) == id)
            row.upper.append(lane);
        else if (!m_lanes.at(lane).isEmpty())
            row.passing.append(lane);
    }
    for (int lane : std::as_const(row.upper))
        m_lanes[lane].clear();
    row.node = row.upper.isEmpty() ? takeFreeLane() : row.upper.constFirst();

    // Real links first so the first parent (or child) continues straight down the node's lane.
    QStringList ghosts;
    for (const QString &link : linksBelow(index)) {
        if (m_indexOf.value(link, -1) <= index) {
            ghosts.append(link);
            continue;
        }
        const int lane = row.lower.isEmpty() ? row.node : takeFreeLane();
        m_lanes[lane] = link;
        row.lower.append(lane);
    }
    for (qsizetype i = 0; i < ghosts.size(); ++i) {
        const int lane = row.lower.isEmpty() && i == 0 ? row.node : takeFreeLane();
        m_lanes[lane] = ghostMarker;
        row.ghosts.append(lane);
    }
    for (int lane : std::as_const(row.ghosts))
        m_lanes[lane].clear();
    while (!m_lanes.isEmpty() && m_lanes.constLast().isEmpty())
        m_lanes.removeLast();
    row.width = widthOf(row);
    return row;
}

} // namespace retort
