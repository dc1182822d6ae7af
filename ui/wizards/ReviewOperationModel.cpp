// SPDX-License-Identifier: MIT
#include "wizards/ReviewOperationModel.h"

#include <QFont>

namespace retort {

using namespace Qt::StringLiterals;

ReviewOperationModel::ReviewOperationModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReviewOperationModel::setDiffs(const QJsonArray &diffs)
{
    beginResetModel();
    m_diffs = diffs;
    m_ops = ReviewOperation::fromDiffs(diffs);
    m_checked = QList<bool>(m_ops.size(), true);
    m_rename = QList<bool>(m_ops.size(), false);
    endResetModel();
}

RevisionReview ReviewOperationModel::review() const
{
    RevisionReview review;
    review.diffs = m_diffs;
    for (const ReviewOperation &op : m_ops) {
        if (isWrittenAsRename(op.index)) {
            if (op.kind == "remove_column"_L1)
                review.renames << std::pair {op.index, op.renamePartner};
        } else if (m_checked[op.index]) {
            review.kept << op.index;
        }
    }
    return review;
}

bool ReviewOperationModel::isWrittenAsRename(int row) const
{
    const ReviewOperation &op = m_ops[row];
    if (!op.isPossibleRename())
        return false;
    return m_rename[op.kind == "remove_column"_L1 ? row : op.renamePartner];
}

void ReviewOperationModel::setChecked(int row, bool checked)
{
    m_checked[row] = checked;
    rowChanged(row);
}

void ReviewOperationModel::setWriteAsRename(int row, bool rename)
{
    const ReviewOperation &op = m_ops[row];
    if (!op.isPossibleRename())
        return;
    const int drop = op.kind == "remove_column"_L1 ? row : op.renamePartner;
    m_rename[drop] = rename;
    rowChanged(drop);
    rowChanged(m_ops[drop].renamePartner);
}

void ReviewOperationModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReviewOperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ops.size());
}

int ReviewOperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewOperationModel::describe(const ReviewOperation &op)
{
    const QString column = op.table + u'.' + op.column;
    if (op.kind == "add_table"_L1)
        return tr("Add table %1").arg(op.table);
    if (op.kind == "remove_table"_L1)
        return tr("Drop table %1").arg(op.table);
    if (op.kind == "add_column"_L1)
        return tr("Add column %1 (%2)").arg(column, op.type);
    if (op.kind == "remove_column"_L1)
        return tr("Drop column %1").arg(column);
    if (op.kind == "modify_column"_L1) {
        QStringList what;
        for (const QString &change : op.changes)
            what << QString(change).remove(u"modify_"_s);
        return tr("Change column %1: %2").arg(column, what.join(u", "_s));
    }
    if (op.kind == "add_index"_L1)
        return tr("Add index %1 on %2").arg(op.name, op.table);
    if (op.kind == "remove_index"_L1)
        return tr("Drop index %1 on %2").arg(op.name, op.table);
    if (op.kind == "add_constraint"_L1 || op.kind == "add_fk"_L1)
        return tr("Add constraint %1 on %2").arg(op.name, op.table);
    if (op.kind == "remove_constraint"_L1 || op.kind == "remove_fk"_L1)
        return tr("Drop constraint %1 on %2").arg(op.name, op.table);
    return tr("%1 on %2").arg(op.kind, op.table);
}

QString ReviewOperationModel::renameNote(const ReviewOperation &op) const
{
    const ReviewOperation &other = m_ops[op.renamePartner];
    const bool drop = op.kind == "remove_column"_L1;
    const QString from = drop ? op.column : other.column;
    const QString to = drop ? other.column : op.column;
    if (!drop)
        return tr("Possible rename of %1").arg(from);
    return tr("Possible rename: write %1 → %2 as a rename").arg(from, to);
}

QVariant ReviewOperationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ReviewOperation &op = m_ops[index.row()];
    const bool asRename = isWrittenAsRename(index.row());
    if (index.column() == Operation) {
        if (role == Qt::DisplayRole)
            return describe(op);
        if (role == Qt::CheckStateRole)
            return (asRename || m_checked[index.row()]) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && asRename)
            return tr("Written as part of a rename.");
        return {};
    }
    if (!op.isPossibleRename())
        return {};
    if (role == Qt::DisplayRole)
        return renameNote(op);
    if (role == Qt::CheckStateRole && op.kind == "remove_column"_L1)
        return asRename ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

bool ReviewOperationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    if (index.column() == Operation)
        setChecked(index.row(), on);
    else
        setWriteAsRename(index.row(), on);
    return true;
}

Qt::ItemFlags ReviewOperationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const ReviewOperation &op = m_ops[index.row()];
    Qt::ItemFlags flags = Qt::ItemIsSelectable;
    if (index.column() == Operation) {
        flags |= Qt::ItemIsUserCheckable;
        if (!isWrittenAsRename(index.row()))
            flags |= Qt::ItemIsEnabled;
    } else {
        flags |= Qt::ItemIsEnabled;
        if (op.kind == "remove_column"_L1 && op.isPossibleRename())
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant ReviewOperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Operation ? tr("Operation") : tr("Note");
}

} // namespace retort
