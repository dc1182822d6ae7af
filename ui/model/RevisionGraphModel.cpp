// SPDX-License-Identifier: MIT
#include "model/RevisionGraphModel.h"

#include <QFont>

namespace retort {

namespace {

constexpr qsizetype shortIdLength = 12;
constexpr qsizetype shortDateLength = 16; // "YYYY-MM-DD HH:MM"

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

RevisionGraphModel::RevisionGraphModel(QObject *parent) : QAbstractTableModel(parent) { }

void RevisionGraphModel::setSnapshot(GraphSnapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    rebuild();
    endResetModel();
}

void RevisionGraphModel::setOrder(LaneLayout::Order order)
{
    if (order == m_layout.order())
        return;
    beginResetModel();
    m_layout = LaneLayout({}, order);
    rebuild();
    endResetModel();
}

void RevisionGraphModel::rebuild()
{
    const qsizetype count = m_snapshot.revisions.size();
    const bool oldestFirst = m_layout.order() == LaneLayout::Order::OldestFirst;
    m_rowToEntry.clear();
    m_rowOfId.clear();
    QList<LaneInput> inputs;
    inputs.reserve(count);
    for (qsizetype row = 0; row < count; ++row) {
        const int index = int(oldestFirst ? count - 1 - row : row);
        const RevisionEntry &entry = m_snapshot.revisions.at(index);
        m_rowToEntry.append(index);
        m_rowOfId.insert(entry.id, int(row));
        inputs.append({entry.id, entry.parents});
    }
    m_layout = LaneLayout(std::move(inputs), m_layout.order());
}

const RevisionEntry *RevisionGraphModel::entry(int row) const
{
    if (row < 0 || row >= m_rowToEntry.size())
        return nullptr;
    return &m_snapshot.revisions.at(m_rowToEntry.at(row));
}

int RevisionGraphModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

const LaneRow &RevisionGraphModel::laneRow(int row) const
{
    return m_layout.row(row);
}

int RevisionGraphModel::ensureLaidOut(int row) const
{
    m_layout.computeUpTo(row);
    return m_layout.maxWidth();
}

int RevisionGraphModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowToEntry.size());
}

int RevisionGraphModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<RevisionBadge> RevisionGraphModel::badges(const RevisionEntry &entry)
{
    using Kind = RevisionBadge::Kind;
    QList<RevisionBadge> list;
    if (entry.state == RevisionState::Current)
        list.append({Kind::Current, tr("current")});
    if (entry.head)
        list.append({Kind::Head, tr("head")});
    if (entry.base)
        list.append({Kind::Base, tr("base")});
    if (entry.merge)
        list.append({Kind::Merge, tr("merge")});
    if (entry.branchPoint)
        list.append({Kind::BranchPoint, tr("branch point")});
    for (const QString &label : entry.branchLabels)
        list.append({Kind::Label, label});
    if (entry.broken)
        list.append({Kind::Broken, tr("broken")});
    if (entry.findings > 0)
        list.append({Kind::Finding, tr("%n finding(s)", nullptr, entry.findings)});
    return list;
}

QString RevisionGraphModel::searchText(const RevisionEntry &entry)
{
    QStringList parts {entry.id, entry.message, entry.branchLabels.join(u' ')};
    for (const auto *ops : {&entry.upgradeOps, &entry.downgradeOps})
        for (const ScriptOperation &op : *ops)
            for (const QString &table : {op.table, op.batchTable})
                if (!table.isEmpty() && !parts.contains(table))
                    parts.append(table);
    return parts.join(u'\n');
}

QVariant RevisionGraphModel::data(const QModelIndex &index, int role) const
{
    const RevisionEntry *revision = entry(index.row());
    if (!revision || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*revision, index.column());
    case Qt::ToolTipRole:
        return toolTipData(*revision, index.column());
    case Qt::FontRole: {
        // Pending revisions read lighter than applied ones even without the graph column.
        QFont font;
        font.setBold(revision->state == RevisionState::Current);
        font.setItalic(revision->state == RevisionState::Pending);
        return font;
    }
    case LaneRole:
        return QVariant::fromValue(laneRow(index.row()));
    case StateRole:
        return int(revision->state);
    case BadgesRole:
        return QVariant::fromValue(badges(*revision));
    case RevisionIdRole:
        return revision->id;
    case SearchTextRole:
        return searchText(*revision);
    default:
        return {};
    }
}

QVariant RevisionGraphModel::displayData(const RevisionEntry &entry, int column) const
{
    switch (column) {
    case RevisionColumn:
        return entry.id.left(shortIdLength);
    case MessageColumn:
        return firstLine(entry.message);
    case BadgesColumn: {
        QStringList texts;
        for (const RevisionBadge &badge : badges(entry))
            texts.append(badge.text);
        return texts.join(QLatin1String(", "));
    }
    case DateColumn:
        return entry.createDate.left(shortDateLength);
    case FileColumn:
        return entry.fileName;
    default:
        return {};
    }
}

QVariant RevisionGraphModel::toolTipData(const RevisionEntry &entry, int column) const
{
    switch (column) {
    case RevisionColumn:
        return entry.id;
    case MessageColumn:
        return entry.message;
    case DateColumn:
        return entry.createDate;
    case FileColumn:
        return entry.filePath;
    case GraphColumn:
        switch (entry.state) {
        case RevisionState::Current:
            return tr("Current revision of the database");
        case RevisionState::Applied:
            return tr("Applied to the database");
        case RevisionState::Pending:
            return tr("Not applied yet");
        case RevisionState::Unknown:
            return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant RevisionGraphModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GraphColumn:
        return tr("Graph");
    case RevisionColumn:
        return tr("Revision");
    case MessageColumn:
        return tr("Message");
    case BadgesColumn:
        return tr("Badges");
    case DateColumn:
        return tr("Created");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace retort
