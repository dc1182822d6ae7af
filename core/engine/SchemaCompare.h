// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeProcess.h"
#include "engine/BridgeRequest.h"
#include "engine/CompareReport.h"
#include "engine/TemporaryDatabaseCopy.h"
#include "engine/TrustStore.h"

#include <QObject>

#include <memory>

namespace retort {

/// Runs Alembic's autogenerate comparison (env.py's target_metadata against the database) and
/// returns the operations as data and as rendered Python, writing nothing: neither a revision
/// file nor the database, since the comparison runs on a temporary copy.
class SchemaCompare : public QObject {
    Q_OBJECT

public:
    explicit SchemaCompare(const TrustStore *trust, QObject *parent = nullptr);
    ~SchemaCompare() override;

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// Starts comparing for `request` (project, ini, database; target is ignored); finished()
    /// follows. False when a comparison is already under way. With operation Check this is
    /// `alembic check` on any Alembic version: it fails with Alembic's "Target database is not
    /// up to date." unless the database is at head, and the report's diffs must be empty for the
    /// models to match (no rendered Python then). Any other operation compares.
    bool start(const BridgeRequest &request);

    void cancel();

    /// Compares to the end in a local event loop.
    CompareReport run(const BridgeRequest &request);

signals:
    void eventReceived(const retort::BridgeEvent &event);
    void finished(const retort::CompareReport &report);

private:
    std::optional<Error> prepare(const BridgeRequest &request);
    void onBridgeFinished(const BridgeOutcome &outcome);
    void complete();

    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    int m_timeLimitMs = 0;
    std::unique_ptr<TemporaryDatabaseCopy> m_copy;
    std::unique_ptr<BridgeProcess> m_bridge;
    CompareReport m_report;
    bool m_running = false;
};

} // namespace retort
