// SPDX-License-Identifier: MIT
#pragma once

#include "checks/CheckResult.h"
#include "checks/ChecksTarget.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace retort {

/// The Checks pane's tree: a "Project" row with the project-wide checks, then one row per
/// revision (in upgrade order) with its upgrade, downgrade and upgrade-again checks. Columns:
/// name, status (with a green or red icon), message. A revision row shows the worst status of
/// its checks and the message of its first failure.
class ChecksModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, MessageColumn, ColumnCount };

    explicit ChecksModel(QObject *parent = nullptr);

    /// Lists the target's revisions; every check starts as "not run".
    void setTarget(const ChecksTarget &target);

    /// Marks the checks a run is about to redo as not run (empty revisions: every revision).
    void markPending(bool projectChecks, const QStringList &revisions, bool roundTrips);
    /// Shows one result where it belongs.
    void addResult(const CheckResult &result);

    /// The result at a check row; nullptr for a revision row or a check not run yet.
    const CheckResult *result(const QModelIndex &index) const;
    /// Every result under a top-level row (or of the row itself, for a check row).
    QList<CheckResult> results(const QModelIndex &index) const;
    /// The revision of a row ("" for the project's rows).
    QString revision(const QModelIndex &index) const;
    bool isProjectRow(const QModelIndex &index) const;
    /// The top-level row of a revision, or an invalid index.
    QModelIndex indexOfRevision(const QString &revision) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Check {
        CheckKind kind;
        std::optional<CheckResult> result;
    };
    struct Row {
        QString revision; ///< empty for the project row
        QString title;
        QList<Check> checks;
    };

    std::optional<CheckStatus> rowStatus(const Row &row) const;
    QVariant rowData(const Row &row, int column, int role) const;
    QVariant checkData(const Check &check, int column, int role) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace retort
