// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeEvent.h"
#include "engine/BridgeOutcome.h"
#include "engine/BridgeRequest.h"
#include "util/Result.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace retort {

/// Runs retort_bridge.py in a Python interpreter for one request and streams its JSON-lines
/// output as typed events. The process gets an argument list (no shell), works in the project
/// folder, and is stopped by cancel() or the time limit. Each start() ends in exactly one
/// finished() signal.
class BridgeProcess : public QObject {
    Q_OBJECT

public:
    BridgeProcess(QString interpreter, QString bridgeScript, QObject *parent = nullptr);
    ~BridgeProcess() override;

    /// The bridge script: $RETORT_BRIDGE, the build tree, then the installed data folders.
    static Result<QString> locateScript();
    /// Fills an empty `script` with locateScript() (kept for later runs); the Error when none is
    /// found.
    static std::optional<Error> ensureScript(QString &script);

    /// Stops the run after `milliseconds` (0: no limit, the default).
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// Starts `request`; false when a run is already under way.
    bool start(const BridgeRequest &request);

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    /// The bridge's process id while it runs, else 0.
    qint64 processId() const { return m_process.processId(); }

    /// Kills the bridge; the run ends as Cancelled.
    void cancel();

    /// Runs `request` to its end, spinning a local event loop; events are still emitted.
    BridgeOutcome run(const BridgeRequest &request);

signals:
    void eventReceived(const retort::BridgeEvent &event);
    void finished(const retort::BridgeOutcome &outcome);

private:
    void readStandardOutput();
    void readStandardError();
    void handleLine(const QByteArray &line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeLimit();
    void finish(BridgeOutcome outcome);
    BridgeOutcome classify(int exitCode, QProcess::ExitStatus status) const;

    QString m_interpreter;
    QString m_script;
    QProcess m_process;
    QTimer m_timer;
    int m_timeLimitMs = 0;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QStringList m_stderrTail;
    QJsonObject m_result;
    std::optional<BridgeEvent> m_error;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_done = true;
};

} // namespace retort
