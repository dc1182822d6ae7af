// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "engine/BridgeEvent.h"
#include "engine/SafeRunner.h"
#include "engine/TrustStore.h"
#include "operations/OperationRequest.h"
#include "operations/OperationResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace retort {

/// Runs the workbench's one-click actions — back up, upgrade, downgrade, stamp, restore — on
/// the project's database without blocking the UI: Alembic runs through SafeRunner (backup
/// first, restore on failure), backups and restores on a worker thread. One action at a time;
/// every start() ends in exactly one finished(), followed by databaseChanged() whenever the
/// action may have touched the database.
class OperationController : public QObject {
    Q_OBJECT

public:
    /// `backups` and `trust` must outlive the controller.
    OperationController(BackupStore *backups, const TrustStore *trust, QObject *parent = nullptr);
    /// Cancels an Alembic run under way and waits until the database is restored.
    ~OperationController() override;

    /// Where the next actions run; false (and ignored) while an action runs.
    bool setContext(const OperationContext &context);
    const OperationContext &context() const { return m_context; }
    BackupStore *backupStore() const { return m_backups; }

    /// Stops an Alembic run after `milliseconds` (0: no limit); it then ends restored.
    void setTimeLimit(int milliseconds);

    /// Starts `request`; false (and no signal) when an action is already under way.
    bool start(const OperationRequest &request);

    bool isRunning() const { return m_current.has_value(); }
    /// The action under way, if any.
    std::optional<OperationRequest> current() const { return m_current; }
    /// Whether the action under way can be cancelled (Alembic runs can; backups cannot).
    bool canCancel() const;
    /// Stops an Alembic run; the database is restored and the result says cancelled.
    void cancel();

signals:
    /// setContext() changed the project or database the actions run on.
    void contextChanged();
    void started(const retort::OperationRequest &request);
    /// A migration step began: `index` counts from 1; `total` is the request's expectedSteps.
    void stepStarted(const QString &revision, const QString &description, int index, int total);
    void stepFinished(const QString &revision, int index, int total);
    /// A line from env.py, a migration or Alembic's logging.
    void logLine(const QString &text, const QString &stream);
    /// A statement Alembic executed.
    void sqlExecuted(const QString &statement, const QString &revision);
    /// Every bridge event as it came, for a console that shows all of them.
    void eventReceived(const retort::BridgeEvent &event);
    void finished(const retort::OperationResult &result);
    /// The database may differ from before: refresh current marks, diff and dry-run.
    void databaseChanged();

private:
    void startAlembic(const OperationRequest &request);
    void startBackupJob(const OperationRequest &request);
    void onEvent(const BridgeEvent &event);
    void onRunFinished(const SafeRunResult &run);
    void complete(OperationResult result);

    BackupStore *m_backups;
    const TrustStore *m_trust;
    OperationContext m_context;
    SafeRunner m_runner;
    std::optional<OperationRequest> m_current;
    int m_stepIndex = 0;
};

} // namespace retort
