// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeProcess.h"
#include "engine/BridgeRequest.h"
#include "engine/RehearsalReport.h"
#include "engine/TemporaryDatabaseCopy.h"
#include "engine/TrustStore.h"

#include <QObject>

#include <memory>

namespace retort {

/// Runs a write request against a temporary copy of the database (made with `VACUUM INTO`) and
/// reports the steps, the SQL actually executed and the resulting schema. The real database is
/// only read; the copy is deleted when the rehearsal ends. Nothing runs for an untrusted folder.
class Rehearsal : public QObject {
    Q_OBJECT

public:
    explicit Rehearsal(const TrustStore *trust, QObject *parent = nullptr);
    ~Rehearsal() override;

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// Starts rehearsing `request` (its databasePath is the real database, which may not exist
    /// yet); finished() follows. False when a rehearsal is already under way.
    bool start(const BridgeRequest &request);

    void cancel();

    /// Rehearses `request` to its end in a local event loop.
    RehearsalReport run(const BridgeRequest &request);

signals:
    void eventReceived(const retort::BridgeEvent &event);
    void finished(const retort::RehearsalReport &report);

private:
    std::optional<Error> prepare(const BridgeRequest &request);
    void onEvent(const BridgeEvent &event);
    void onBridgeFinished(const BridgeOutcome &outcome);
    void complete();

    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    int m_timeLimitMs = 0;
    std::unique_ptr<TemporaryDatabaseCopy> m_copy;
    std::unique_ptr<BridgeProcess> m_bridge;
    RehearsalReport m_report;
    bool m_running = false;
};

} // namespace retort
