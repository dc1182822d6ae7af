// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "engine/BridgeEvent.h"
#include "engine/BridgeOutcome.h"
#include "engine/BridgeRequest.h"
#include "engine/InterpreterLocator.h"
#include "engine/TrustStore.h"
#include "project/Project.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace retort {

/// What the commands that run the project's Alembic share: the decision to run the project's
/// Python at all (trusted folder, or --trust for this run only), the interpreter, the bridge
/// request for the project and its database, and the echo of the bridge's output, which prints
/// Alembic's own log lines (stderr) and prints (stdout) as the alembic command would.
class EngineSession {
public:
    /// Checks trust and finds the interpreter. On failure prints "FAILED: ..." (saying what to do:
    /// --trust, or what interpreters were tried) and returns nullptr with `exitCode` set.
    static std::unique_ptr<EngineSession> open(
        const Project &project, const CliOptions &options, int &exitCode);

    const TrustStore *trust() const { return m_trust.get(); }
    const QString &interpreter() const { return m_interpreter.path; }
    const QString &projectDir() const { return m_projectDir; }

    /// A request for `operation` on the project: folder, alembic.ini, section, database, -x.
    BridgeRequest request(BridgeRequest::Operation operation) const;

    /// Whether echo() prints the bridge's log lines (on by default).
    void setEcho(bool echo) { m_echo = echo; }
    /// Prints a log event: Alembic's logging (the bridge's stderr) to stderr, prints from env.py
    /// or migrations to stdout (to stderr with --json, which keeps stdout for the JSON).
    void echo(const BridgeEvent &event) const;
    /// Prints a status line echo() still holds (see m_pendingStatus).
    void flushEcho() const;

    ~EngineSession();

    /// Connects `job`'s eventReceived signal to echo().
    template<typename Job> void follow(Job *job) const
    {
        QObject::connect(job, &Job::eventReceived, job, [this](const BridgeEvent &e) { echo(e); });
    }

    /// The text after "FAILED: " for a failed bridge run: Alembic's own message for its
    /// CommandError (as the alembic CLI prints it), else the exception and where it arose.
    static QString failureText(const BridgeOutcome &outcome);

private:
    EngineSession(const Project &project, const CliOptions &options);

    const Project &m_project;
    const CliOptions &m_options;
    QString m_projectDir;
    std::unique_ptr<QTemporaryDir> m_onceDir; ///< holds the trust store of a --trust run
    std::unique_ptr<TrustStore> m_trust;
    InterpreterInfo m_interpreter;
    bool m_echo = true;
    /// Alembic's util.status() prints "Generating X ..." and flushes, then "  done": the bridge
    /// reports them as two lines, which echo() joins again as Alembic prints them.
    mutable QString m_pendingStatus;
};

} // namespace retort
