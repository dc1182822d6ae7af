// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "operations/Confirmation.h"
#include "operations/OperationResult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace retort {

class BackupListModel;
class OperationController;

/// The Backups dock's content: the backups of the current database, newest first, with
/// restore (after a confirmation; restoring first takes a safety copy of the database as it
/// is), delete (confirmed) and reveal in the file manager. It refreshes after every action of
/// the controller and when the controller's database changes.
class BackupsPane : public QWidget {
    Q_OBJECT

public:
    /// Restores go through `controller`, so they run off the UI thread like every action.
    explicit BackupsPane(OperationController *controller, QWidget *parent = nullptr);

    /// Replaces the question box asked before restore and delete.
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    BackupListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The backup selected in the list, if any.
    std::optional<BackupInfo> selectedBackup() const;
    void selectRow(int row);

public slots:
    /// Lists the backups of the controller's database again.
    void refresh();
    void restoreSelected();
    void deleteSelected();
    void revealSelected();

private:
    void updateButtons();
    void showStatus(const QString &text);
    void onFinished(const OperationResult &result);

    OperationController *m_controller;
    BackupListModel *m_model;
    QTreeView *m_view;
    QPushButton *m_restoreButton;
    QPushButton *m_deleteButton;
    QPushButton *m_revealButton;
    QPushButton *m_refreshButton;
    QLabel *m_status;
    Confirmation m_confirm = askWithMessageBox;
};

} // namespace retort
