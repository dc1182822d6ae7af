// SPDX-License-Identifier: MIT
#pragma once

#include "model/GraphSnapshot.h"
#include "theme/Theme.h"

#include <QAbstractTableModel>

namespace retort {

/// One line of the Problems pane.
struct ProblemItem {
    Theme::Severity severity = Theme::Severity::Error;
    QString code; ///< a lint rule id, or the kind of error ("script", "graph", "database")
    QString message;
    QString file; ///< absolute, empty when the problem has no file
    int line = 0; ///< 1-based, 0 when unknown
    bool lint = false; ///< a linter finding, not a load error
};

/// Everything wrong with a loaded project: the errors met while reading its scripts and building
/// the graph (parse errors, duplicate ids, cycles, missing parents), the database's problem, and
/// the native linter's findings. Errors first, then findings in the linter's order.
class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole + 1, ///< absolute file path
        LineRole, ///< 1-based line, 0 when unknown
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    /// Lists the problems of `snapshot`; file locations are shown relative to its project.
    void setSnapshot(const GraphSnapshot &snapshot);
    const QList<ProblemItem> &items() const { return m_items; }
    int errorCount() const;
    int findingCount() const;

    static QList<ProblemItem> itemsOf(const GraphSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString location(const ProblemItem &item) const;

    QList<ProblemItem> m_items;
    QString m_projectDir;
};

} // namespace retort
