// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace retort {

/// The backups of one database as a table: time, revision(s), size, source.
class BackupListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, RevisionsColumn, SizeColumn, SourceColumn, ColumnCount };

    explicit BackupListModel(QObject *parent = nullptr);

    void setBackups(const QList<BackupInfo> &backups);
    const QList<BackupInfo> &backups() const { return m_backups; }
    /// The backup shown in `row`; nullptr outside the list.
    const BackupInfo *backupAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupInfo> m_backups;
};

} // namespace retort
