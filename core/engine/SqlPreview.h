// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BridgeEvent.h"
#include "engine/BridgeRequest.h"
#include "engine/SqlPreviewReport.h"
#include "engine/TrustStore.h"

#include <QObject>

namespace retort {

/// The SQL for an upgrade, downgrade or stamp, including ranges (`a:b` as in
/// `alembic upgrade a:b --sql`). It asks Alembic for the offline script first. Where offline
/// cannot work (batch mode on SQLite must reflect tables, and Alembic refuses in `--sql` mode)
/// it rehearses instead: like the offline script it assumes nothing about the real database, so
/// a throw-away empty database is first brought to the range's start (upgrade), then the request
/// runs on it through Rehearsal and the executed statements form the preview. The real database
/// is never opened. Nothing runs for an untrusted folder.
class SqlPreview : public QObject {
    Q_OBJECT

public:
    explicit SqlPreview(const TrustStore *trust, QObject *parent = nullptr);

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }
    void setBridgeScript(const QString &script) { m_script = script; }
    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }

    /// Previews `request` (upgrade, downgrade or stamp; `offline` is implied) to its end in a
    /// local event loop.
    SqlPreviewReport run(const BridgeRequest &request);

    /// The start of a range target ("a" in "a:b"); empty without a range.
    static QString rangeStart(const QString &target);
    /// The end of a range target ("b" in "a:b"); the whole target without a range.
    static QString rangeEnd(const QString &target);

signals:
    void eventReceived(const retort::BridgeEvent &event);

private:
    std::optional<Error> prepare(const BridgeRequest &request);
    void rehearse(const BridgeRequest &request, SqlPreviewReport &report);
    std::optional<Error> positionAtStart(const BridgeRequest &request, const QString &database);

    const TrustStore *m_trust;
    QString m_interpreter;
    QString m_script;
    int m_timeLimitMs = 0;
};

} // namespace retort
