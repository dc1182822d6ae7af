// SPDX-License-Identifier: MIT
#include "engine/SqlPreview.h"

#include "engine/BridgeProcess.h"
#include "engine/Rehearsal.h"

#include <QDir>
#include <QTemporaryDir>

namespace retort {

using namespace Qt::StringLiterals;

SqlPreview::SqlPreview(const TrustStore *trust, QObject *parent) : QObject(parent), m_trust(trust)
{
    qRegisterMetaType<retort::SqlPreviewReport>();
}

QString SqlPreview::rangeStart(const QString &target)
{
    const qsizetype colon = target.indexOf(u':');
    return colon < 0 ? QString() : target.left(colon);
}

QString SqlPreview::rangeEnd(const QString &target)
{
    const qsizetype colon = target.indexOf(u':');
    return colon < 0 ? target : target.mid(colon + 1);
}

SqlPreviewReport SqlPreview::run(const BridgeRequest &request)
{
    SqlPreviewReport report;
    if (auto refusal = prepare(request)) {
        report.error = *refusal;
        return report;
    }
    BridgeRequest offline = request;
    offline.offline = true;
    BridgeProcess bridge(m_interpreter, m_script);
    bridge.setTimeLimit(m_timeLimitMs);
    connect(&bridge, &BridgeProcess::eventReceived, this, &SqlPreview::eventReceived);
    report.offline = bridge.run(offline);
    if (report.offline.ok()) {
        report.sql = report.offline.result.value("script"_L1).toString();
        return report;
    }
    const bool unsupported = report.offline.error
        && report.offline.error->data.value("offline_unsupported"_L1).toBool();
    if (!unsupported) {
        const auto &error = report.offline.error;
        report.error = makeError(Error::Kind::Database, report.offline.message,
            error ? error->file() : QString(), error ? error->line() : 0);
        return report;
    }
    report.offlineFailure = report.offline.error->string("message");
    rehearse(request, report);
    return report;
}

std::optional<Error> SqlPreview::prepare(const BridgeRequest &request)
{
    if (!m_trust || !m_trust->isTrusted(request.projectDir))
        return TrustStore::untrustedError(request.projectDir);
    const auto operation = request.operation;
    if (operation != BridgeRequest::Operation::Upgrade
        && operation != BridgeRequest::Operation::Downgrade
        && operation != BridgeRequest::Operation::Stamp)
        return makeError(
            Error::Kind::Usage, tr("Only upgrade, downgrade and stamp have an SQL preview."));
    if (auto missing = BridgeProcess::ensureScript(m_script))
        return missing;
    return std::nullopt;
}

void SqlPreview::rehearse(const BridgeRequest &request, SqlPreviewReport &report)
{
    report.mode = SqlPreviewReport::Mode::Rehearsal;
    QTemporaryDir folder;
    if (!folder.isValid()) {
        report.error = makeError(Error::Kind::Io,
            tr("Could not create a temporary folder: %1").arg(folder.errorString()));
        return;
    }
    const QString database = QDir(folder.path()).filePath(u"preview.db"_s);
    if (auto failed = positionAtStart(request, database)) {
        report.error = *failed;
        return;
    }
    BridgeRequest write = request;
    write.offline = false;
    write.databasePath = database;
    write.target = rangeEnd(request.target);
    Rehearsal rehearsal(m_trust);
    rehearsal.setInterpreter(m_interpreter);
    rehearsal.setBridgeScript(m_script);
    rehearsal.setTimeLimit(m_timeLimitMs);
    connect(&rehearsal, &Rehearsal::eventReceived, this, &SqlPreview::eventReceived);
    report.rehearsal = rehearsal.run(write);
    for (const BridgeEvent &statement : std::as_const(report.rehearsal.statements))
        report.sql += statement.statement() + u";\n"_s;
    if (report.rehearsal.error)
        report.error = report.rehearsal.error;
}

std::optional<Error> SqlPreview::positionAtStart(
    const BridgeRequest &request, const QString &database)
{
    const QString start = rangeStart(request.target);
    if (start.isEmpty() || start == "base"_L1)
        return std::nullopt;
    BridgeRequest upgrade = request;
    upgrade.operation = BridgeRequest::Operation::Upgrade;
    upgrade.offline = false;
    upgrade.databasePath = database;
    upgrade.target = start;
    BridgeProcess bridge(m_interpreter, m_script);
    bridge.setTimeLimit(m_timeLimitMs);
    const BridgeOutcome outcome = bridge.run(upgrade);
    if (outcome.ok())
        return std::nullopt;
    return makeError(Error::Kind::Database,
        tr("Could not bring a scratch database to %1: %2").arg(start, outcome.message),
        outcome.error ? outcome.error->file() : QString(),
        outcome.error ? outcome.error->line() : 0);
}

} // namespace retort
