// SPDX-License-Identifier: MIT
#pragma once

#include "merge/ReviewOperation.h"
#include "merge/RevisionReview.h"

#include <QAbstractTableModel>
#include <QList>

namespace retort {

/// The operations of an autogenerate comparison for review: one row each, checkable (checked by
/// default). A dropped column that pairs with an added one in the same table is flagged as a
/// possible rename, and its row offers "write as rename" (off by default); when on, both halves
/// are written as one rename and their own checkboxes are disabled.
class ReviewOperationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Operation, Rename, ColumnCount };

    explicit ReviewOperationModel(QObject *parent = nullptr);

    /// Replaces the rows with the comparison's diffs (CompareReport::diffs).
    void setDiffs(const QJsonArray &diffs);
    const QList<ReviewOperation> &operations() const { return m_ops; }

    /// What to write: checked rows, and renames chosen.
    RevisionReview review() const;
    /// Checks or unchecks operation `row`; chooses or drops the rename offered on it.
    void setChecked(int row, bool checked);
    void setWriteAsRename(int row, bool rename);
    bool isWrittenAsRename(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The sentence shown for one operation, e.g. "Add column note.content (VARCHAR)".
    static QString describe(const ReviewOperation &op);

private:
    QString renameNote(const ReviewOperation &op) const;
    void rowChanged(int row);

    QList<ReviewOperation> m_ops;
    QJsonArray m_diffs;
    QList<bool> m_checked;
    QList<bool> m_rename; ///< per row: the drop row's "write as rename" choice
};

} // namespace retort
