// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "engine/BridgeEvent.h"
#include "engine/BridgeProcess.h"
#include "engine/BridgeRequest.h"
#include "engine/SafeRunResult.h"
#include "engine/TrustStore.h"

#include <QObject>

#include <memory>

namespace retort {

/// Runs bridge requests so that a failed write leaves the database as it was. Nothing runs for
/// an untrusted project folder. Every write (online upgrade, downgrade, stamp) first takes a
/// backup; when the run fails — a Python exception, a non-zero exit, a killed or crashed bridge,
/// cancel(), the time limit — the database is restored from that backup (a database the run
/// created is deleted) and the result names the revision, file and line that failed.
class SafeRunner : public QObject {
    Q_OBJECT

public:
    /// `backups` and `trust` must outlive the runner; without them every request is refused.
    SafeRunner(BackupStore *backups, const TrustStore *trust, QObject *parent = nullptr);
    ~SafeRunner() override;

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }
    /// Stops a run after `milliseconds` (0: no limit).
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// Starts `request`; finished() follows, also when the request is refused. False when a run
    /// is already under way.
    bool start(const BridgeRequest &request);

    bool isRunning() const { return m_running; }

    /// The bridge's process id while it runs, else 0.
    qint64 bridgeProcessId() const;

    /// Stops the bridge; the database is restored and the run ends as Restored.
    void cancel();

    /// Runs `request` to its end in a local event loop.
    SafeRunResult run(const BridgeRequest &request);

signals:
    void eventReceived(const retort::BridgeEvent &event);
    void finished(const retort::SafeRunResult &result);

private:
    std::optional<Error> prepare(const BridgeRequest &request);
    void onEvent(const BridgeEvent &event);
    void onBridgeFinished(const BridgeOutcome &outcome);
    void recover(SafeRunResult &result);
    Error describeFailure(const BridgeOutcome &outcome) const;
    void refuse(const Error &error);
    void complete(SafeRunResult result);

    BackupStore *m_backups;
    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    int m_timeLimitMs = 0;
    std::unique_ptr<BridgeProcess> m_bridge;
    BridgeRequest m_request;
    std::optional<BackupInfo> m_backup;
    bool m_databaseExisted = false;
    bool m_running = false;
    QString m_runningRevision;
    QString m_runningFile;
};

} // namespace retort
