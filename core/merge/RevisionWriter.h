// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AuthorReport.h"
#include "engine/BridgeRequest.h"
#include "engine/TrustStore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace retort {

/// Runs RevisionAuthor (`alembic revision` / `alembic merge` through the bridge) on a worker
/// thread, so a window stays responsive while Alembic writes; finished() comes back on the
/// writer's thread. One write at a time.
class RevisionWriter : public QObject {
    Q_OBJECT

public:
    enum class Kind { Revision, Merge };

    /// `trust` must outlive the writer; it is only read.
    explicit RevisionWriter(const TrustStore *trust, QObject *parent = nullptr);
    ~RevisionWriter() override; ///< waits for a running write: files must not be left half done

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }

    /// Starts writing; false when a write is under way.
    bool start(Kind kind, const BridgeRequest &request);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(const retort::AuthorReport &report);

private:
    void complete(const AuthorReport &report);

    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    QThread *m_thread = nullptr;
};

} // namespace retort
