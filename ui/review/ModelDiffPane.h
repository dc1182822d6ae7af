// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CompareReport.h"
#include "review/EngineSetup.h"
#include "schemadiff/ModelDiff.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace retort {

class SchemaCompare;
class SideBySideDiffView;

/// The database against the project's models, as autogenerate sees them: a tree of changes per
/// table (added, removed, changed) and, for the selected table, its DDL from the database and
/// from the models side by side. "In sync" when there is no difference. The comparison runs
/// through Alembic on a temporary copy of the database; a refresh asked for while one runs is
/// done once it ends.
class ModelDiffPane : public QWidget {
    Q_OBJECT

public:
    explicit ModelDiffPane(QWidget *parent = nullptr);
    ~ModelDiffPane() override;

    /// The project to compare; clears the pane. Without a valid setup the pane says why
    /// (`unavailableReason`) and refresh() does nothing.
    void setEngine(const EngineSetup &engine, const QString &unavailableReason = {});

    /// Compares again (after an upgrade, a downgrade or a change to the models' files).
    void refresh();

    bool isBusy() const;
    /// True after a comparison that found no difference.
    bool isInSync() const { return m_inSync; }
    QString statusText() const;
    QList<TableDiff> tableDiffs() const { return m_tables; }
    QTreeWidget *changesTree() const { return m_tree; }
    SideBySideDiffView *ddlView() const { return m_ddl; }

    /// One line describing a change, as the tree shows it.
    static QString describe(const SchemaChange &change);

signals:
    /// A comparison ended and its result (or error) is on screen.
    void refreshed();

private:
    void onFinished(const CompareReport &report);
    void showTables();
    void showTable(int index);
    void showStatus(const QString &text, bool error = false);

    EngineSetup m_engine;
    bool m_usable = false;
    std::unique_ptr<SchemaCompare> m_compare;
    bool m_pending = false;
    bool m_inSync = false;
    QList<TableDiff> m_tables;

    QToolButton *m_refresh;
    QLabel *m_status;
    QProgressBar *m_busy;
    QStackedWidget *m_pages;
    QTreeWidget *m_tree;
    SideBySideDiffView *m_ddl;
    QLabel *m_inSyncLabel;
};

} // namespace retort
