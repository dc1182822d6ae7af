// SPDX-License-Identifier: MIT
#include "checks/ChecksModel.h"

#include "checks/ChecksIcons.h"

namespace retort {

using namespace Qt::StringLiterals;

namespace {

// Top-level rows have internal id 0; a check row carries its parent's row + 1.
constexpr quintptr topLevel = 0;

QString statusText(const std::optional<CheckStatus> &status)
{
    if (!status)
        return ChecksModel::tr("Not run");
    switch (*status) {
    case CheckStatus::Passed:
        return ChecksModel::tr("Passed");
    case CheckStatus::Failed:
        return ChecksModel::tr("Failed");
    case CheckStatus::Skipped:
        return ChecksModel::tr("Skipped");
    }
    return {};
}

QIcon statusIcon(const std::optional<CheckStatus> &status)
{
    return status ? ChecksIcons::status(*status) : ChecksIcons::pending();
}

} // namespace

ChecksModel::ChecksModel(QObject *parent) : QAbstractItemModel(parent) { }

void ChecksModel::setTarget(const ChecksTarget &target)
{
    beginResetModel();
    m_rows.clear();
    Row project {{}, tr("Project"), {}};
    for (const CheckKind kind : projectChecks())
        project.checks << Check {kind, std::nullopt};
    m_rows << project;
    for (const ChecksRevision &revision : target.revisions) {
        Row row {revision.id,
            revision.message.isEmpty() ? revision.id : revision.id + u"  "_s + revision.message,
            {}};
        for (const CheckKind kind : roundTripChecks())
            row.checks << Check {kind, std::nullopt};
        m_rows << row;
    }
    endResetModel();
}

void ChecksModel::markPending(bool projectChecks, const QStringList &revisions, bool roundTrips)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const bool redo = row.revision.isEmpty()
            ? projectChecks
            : roundTrips && (revisions.isEmpty() || revisions.contains(row.revision));
        if (!redo)
            continue;
        for (Check &check : row.checks)
            check.result.reset();
        rowChanged(i);
    }
}

void ChecksModel::addResult(const CheckResult &result)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].revision != result.revision)
            continue;
        for (Check &check : m_rows[i].checks) {
            if (check.kind == result.check)
                check.result = result;
        }
        rowChanged(i);
        return;
    }
}

void ChecksModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const QModelIndex parent = index(row, 0);
    const int checks = int(m_rows[row].checks.size());
    if (checks > 0)
        emit dataChanged(index(0, 0, parent), index(checks - 1, ColumnCount - 1, parent));
}

const CheckResult *ChecksModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == topLevel)
        return nullptr;
    const auto &check = m_rows.at(int(index.internalId() - 1)).checks.at(index.row());
    return check.result ? &*check.result : nullptr;
}

QList<CheckResult> ChecksModel::results(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != topLevel) {
        const CheckResult *single = result(index);
        return single ? QList<CheckResult> {*single} : QList<CheckResult> {};
    }
    QList<CheckResult> found;
    for (const Check &check : m_rows.at(index.row()).checks) {
        if (check.result)
            found << *check.result;
    }
    return found;
}

QString ChecksModel::revision(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int row = index.internalId() == topLevel ? index.row() : int(index.internalId() - 1);
    return m_rows.at(row).revision;
}

bool ChecksModel::isProjectRow(const QModelIndex &index) const
{
    return index.isValid() && revision(index).isEmpty();
}

QModelIndex ChecksModel::indexOfRevision(const QString &revision) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].revision == revision)
            return index(i, 0);
    }
    return {};
}

QModelIndex ChecksModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || row >= m_rows.at(parent.row()).checks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecksModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).checks.size());
}

int ChecksModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

std::optional<CheckStatus> ChecksModel::rowStatus(const Row &row) const
{
    std::optional<CheckStatus> status;
    for (const Check &check : row.checks) {
        if (!check.result)
            continue;
        if (check.result->status == CheckStatus::Failed)
            return CheckStatus::Failed;
        if (!status || check.result->status == CheckStatus::Skipped)
            status = check.result->status;
    }
    return status;
}

QVariant ChecksModel::rowData(const Row &row, int column, int role) const
{
    const std::optional<CheckStatus> status = rowStatus(row);
    if (role == Qt::DisplayRole) {
        if (column == NameColumn)
            return row.title;
        if (column == StatusColumn)
            return statusText(status);
        for (const Check &check : row.checks) {
            if (check.result && check.result->status == CheckStatus::Failed)
                return check.result->message;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusIcon(status);
    return {};
}

QVariant ChecksModel::checkData(const Check &check, int column, int role) const
{
    const std::optional<CheckStatus> status
        = check.result ? std::optional(check.result->status) : std::nullopt;
    if (role == Qt::DisplayRole) {
        if (column == NameColumn)
            return checkTitle(check.kind);
        if (column == StatusColumn)
            return statusText(status);
        return check.result ? check.result->message : QString();
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusIcon(status);
    if (role == Qt::ToolTipRole && check.result)
        return check.result->message;
    return {};
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == topLevel)
        return rowData(m_rows.at(index.row()), index.column(), role);
    const Row &row = m_rows.at(int(index.internalId() - 1));
    return checkData(row.checks.at(index.row()), index.column(), role);
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Revision / check");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace retort
