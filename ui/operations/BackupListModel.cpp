// SPDX-License-Identifier: MIT
#include "operations/BackupListModel.h"

#include <QLocale>

namespace retort {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) { }

void BackupListModel::setBackups(const QList<BackupInfo> &backups)
{
    beginResetModel();
    m_backups = backups;
    endResetModel();
}

const BackupInfo *BackupListModel::backupAt(int row) const
{
    return row >= 0 && row < m_backups.size() ? &m_backups.at(row) : nullptr;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    const BackupInfo *backup = backupAt(index.row());
    if (!backup)
        return {};
    if (role == Qt::ToolTipRole)
        return backup->path;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(backup->created.toLocalTime(), QLocale::ShortFormat);
    case RevisionsColumn:
        return backup->revisions.isEmpty() ? tr("(none)")
                                           : backup->revisions.join(QLatin1String(", "));
    case SizeColumn:
        return QLocale().formattedDataSize(backup->size);
    case SourceColumn:
        return backup->reason;
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RevisionsColumn:
        return tr("Revision(s)");
    case SizeColumn:
        return tr("Size");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace retort
