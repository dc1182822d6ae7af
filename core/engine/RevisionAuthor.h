// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AuthorReport.h"
#include "engine/BridgeEvent.h"
#include "engine/BridgeRequest.h"
#include "engine/TrustStore.h"

#include <QObject>

namespace retort {

/// Writes new revision files with the project's own Alembic (`alembic revision` and
/// `alembic merge` through the bridge), so env.py, script.py.mako and post-write hooks apply.
/// The database is never written: when the request names one, env.py sees a temporary copy
/// (autogenerate compares the models with it). Nothing runs for an untrusted folder.
class RevisionAuthor : public QObject {
    Q_OBJECT

public:
    explicit RevisionAuthor(const TrustStore *trust, QObject *parent = nullptr);

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// `alembic revision` with the request's message, autogenerate, head, splice, branchLabel,
    /// dependsOn, versionPath and revId; runs to its end in a local event loop.
    AuthorReport revision(const BridgeRequest &request);

    /// `alembic merge` of request.revisions (empty: every head) with message, branchLabel and
    /// revId; runs to its end in a local event loop.
    AuthorReport merge(const BridgeRequest &request);

signals:
    void eventReceived(const retort::BridgeEvent &event);

private:
    AuthorReport write(BridgeRequest request);
    std::optional<Error> prepare(const BridgeRequest &request);
    static AuthorReport readOutcome(const BridgeOutcome &outcome);

    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    int m_timeLimitMs = 0;
};

} // namespace retort
