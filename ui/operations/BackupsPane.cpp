// SPDX-License-Identifier: MIT
#include "operations/BackupsPane.h"

#include "operations/BackupListModel.h"
#include "operations/OperationController.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace retort {

BackupsPane::BackupsPane(OperationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new BackupListModel(this))
    , m_view(new QTreeView(this))
    , m_restoreButton(new QPushButton(tr("Restore…"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_revealButton(new QPushButton(tr("Show in Folder"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_restoreButton->setToolTip(tr("Replace the database with this backup (a safety copy of "
                                   "the database is taken first)"));
    m_deleteButton->setToolTip(tr("Delete this backup"));
    m_revealButton->setToolTip(tr("Open the backup folder in the file manager"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_revealButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsPane::restoreSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &BackupsPane::deleteSelected);
    connect(m_revealButton, &QPushButton::clicked, this, &BackupsPane::revealSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &BackupsPane::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BackupsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsPane::updateButtons);
    connect(m_controller, &OperationController::contextChanged, this, &BackupsPane::refresh);
    connect(m_controller, &OperationController::started, this, &BackupsPane::updateButtons);
    connect(m_controller, &OperationController::finished, this, &BackupsPane::onFinished);
    refresh();
}

std::optional<BackupInfo> BackupsPane::selectedBackup() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const BackupInfo *backup = m_model->backupAt(rows.first().row());
    return backup ? std::optional<BackupInfo>(*backup) : std::nullopt;
}

void BackupsPane::selectRow(int row)
{
    m_view->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BackupsPane::refresh()
{
    const QString database = m_controller->context().databasePath;
    BackupStore *store = m_controller->backupStore();
    if (!store || database.isEmpty()) {
        m_model->setBackups({});
        showStatus(tr("No database is selected."));
        return;
    }
    // Reads the small JSON sidecars only; the backups themselves are not opened.
    const auto backups = store->list(database);
    if (!backups) {
        m_model->setBackups({});
        showStatus(backups.error().message);
        return;
    }
    m_model->setBackups(*backups);
    showStatus(backups->isEmpty() ? tr("No backups of this database yet.") : QString());
    for (int column = 0; column < BackupListModel::SourceColumn; ++column)
        m_view->resizeColumnToContents(column);
}

void BackupsPane::restoreSelected()
{
    const auto backup = selectedBackup();
    if (!backup || m_controller->isRunning())
        return;
    const QString revisions = backup->revisions.isEmpty()
        ? tr("no revision")
        : backup->revisions.join(QLatin1String(", "));
    const QString question
        = tr("Replace %1 with the backup of %2 (%3)?\n\nA safety copy of the "
             "database as it is now is taken first.")
              .arg(QFileInfo(backup->sourcePath).fileName(),
                  QLocale().toString(backup->created.toLocalTime(), QLocale::ShortFormat),
                  revisions);
    if (!m_confirm(this, tr("Restore Backup"), question))
        return;
    m_controller->start(OperationRequest::restore(*backup));
}

void BackupsPane::deleteSelected()
{
    const auto backup = selectedBackup();
    BackupStore *store = m_controller->backupStore();
    if (!backup || !store)
        return;
    const QString question
        = tr("Delete the backup of %1 (%2)? This cannot be undone.")
              .arg(QLocale().toString(backup->created.toLocalTime(), QLocale::ShortFormat),
                  backup->revisions.join(QLatin1String(", ")));
    if (!m_confirm(this, tr("Delete Backup"), question))
        return;
    const auto removed = store->remove(*backup);
    refresh();
    if (!removed)
        showStatus(removed.error().message);
}

void BackupsPane::revealSelected()
{
    const auto backup = selectedBackup();
    const QString folder = backup
        ? QFileInfo(backup->path).absolutePath()
        : (m_controller->backupStore() ? m_controller->backupStore()->folder() : QString());
    if (!folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void BackupsPane::updateButtons()
{
    const bool selected = selectedBackup().has_value();
    const bool idle = !m_controller->isRunning();
    m_restoreButton->setEnabled(selected && idle);
    m_deleteButton->setEnabled(selected && idle);
    m_revealButton->setEnabled(m_controller->backupStore() != nullptr);
}

void BackupsPane::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void BackupsPane::onFinished(const OperationResult &result)
{
    refresh();
    if (result.request.kind == OperationRequest::Kind::Restore && !result.ok())
        showStatus(result.summary());
}

} // namespace retort
