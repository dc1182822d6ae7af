// SPDX-License-Identifier: MIT
#include "cli/SqlCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "cli/EngineSession.h"
#include "engine/Rehearsal.h"
#include "engine/SqlPreview.h"

#include <QCoreApplication>

namespace retort {

namespace {

/// The way from `from` to `destination`: Upgrade when an upgrade has steps, Downgrade when a
/// downgrade has, Current when neither (already there); Alembic's error when neither resolves.
Result<BridgeRequest::Operation> direction(
    const RevisionMap &map, const QString &destination, const QStringList &from)
{
    const Result<QList<MigrationStep>> up = map.upgradeSteps(destination, from);
    if (up && !up->isEmpty())
        return BridgeRequest::Operation::Upgrade;
    const Result<QList<MigrationStep>> down = map.downgradeSteps(destination, from);
    if (down && !down->isEmpty())
        return BridgeRequest::Operation::Downgrade;
    if (!up)
        return up.error(); // already in the wording of Alembic's CommandError
    return BridgeRequest::Operation::Current;
}

struct Rendered {
    QString sql;
    QString how; ///< the stderr line saying where the SQL came from
    QString mode; ///< "offline" or "rehearsal"
    std::optional<Error> error;
};

Rendered preview(const EngineSession &session, const BridgeRequest &request)
{
    SqlPreview preview(session.trust());
    preview.setInterpreter(session.interpreter());
    session.follow(&preview);
    const SqlPreviewReport report = preview.run(request);
    Rendered rendered {report.sql, {}, report.modeName(), report.error};
    if (report.mode == SqlPreviewReport::Mode::Offline) {
        rendered.how = QCoreApplication::translate(
            "SqlCommand", "Retort: offline SQL rendered by Alembic (%1 %2 --sql)\n")
                           .arg(request.operationName(), request.target);
    } else {
        rendered.how = QCoreApplication::translate("SqlCommand",
            "Retort: Alembic cannot render this offline (%1); the SQL below was "
            "executed on a scratch database brought to %2 (rehearsal)\n")
                           .arg(report.offlineFailure, SqlPreview::rangeStart(request.target));
    }
    if (report.error && report.offline.error && report.mode == SqlPreviewReport::Mode::Offline)
        rendered.error->message = EngineSession::failureText(report.offline);
    return rendered;
}

Rendered rehearseOnCopy(const EngineSession &session, BridgeRequest request)
{
    request.target = SqlPreview::rangeEnd(request.target);
    Rehearsal rehearsal(session.trust());
    rehearsal.setInterpreter(session.interpreter());
    session.follow(&rehearsal);
    const RehearsalReport report = rehearsal.run(request);
    Rendered rendered;
    rendered.mode = QStringLiteral("rehearsal");
    for (const BridgeEvent &statement : report.statements)
        rendered.sql += statement.statement() + QStringLiteral(";\n");
    rendered.how = QCoreApplication::translate("SqlCommand",
        "Retort: the database has several current heads, which an offline range "
        "cannot start from; the SQL below was executed on a copy of the database "
        "(rehearsal)\n");
    if (!report.ok()) {
        rendered.error = report.error ? *report.error
                                      : makeError(Error::Kind::Database, report.bridge.message);
        if (report.bridge.error)
            rendered.error->message = EngineSession::failureText(report.bridge);
    }
    return rendered;
}

} // namespace

int SqlCommand::exec(const Project &project, const CliOptions &options)
{
    const QString target = options.revisions.first();
    const bool range = target.contains(QLatin1Char(':'));
    QString start = SqlPreview::rangeStart(target);
    const QString end = SqlPreview::rangeEnd(target);
    QStringList from;
    if (range) {
        if (!start.isEmpty() && start != QLatin1String("base"))
            from = {start};
    } else {
        const Result<QStringList> currents = project.currentRevisions();
        if (!currents) {
            CliOutput::failed(currents.error().message);
            return CliApp::exitCodeFor(currents.error().kind);
        }
        from = *currents;
        start = from.isEmpty() ? QStringLiteral("base") : from.join(QLatin1Char(','));
    }
    const auto operation = direction(project.revisionMap(), end, from);
    if (!operation) {
        CliOutput::failed(operation.error().message);
        return CliApp::exitCodeFor(operation.error().kind);
    }
    if (*operation == BridgeRequest::Operation::Current) {
        CliOutput::err(QCoreApplication::translate(
            "SqlCommand", "Retort: nothing to do: %1 is already at %2\n")
                           .arg(start, end));
        if (options.json)
            CliOutput::json(QJsonObject {{QStringLiteral("sql"), QString()}});
        return CliApp::Success;
    }
    int exitCode = CliApp::Success;
    const auto session = EngineSession::open(project, options, exitCode);
    if (!session)
        return exitCode;
    session->setEcho(options.verbose);
    BridgeRequest request = session->request(*operation);
    request.target = (start.isEmpty() ? QStringLiteral("base") : start) + QLatin1Char(':') + end;
    const Rendered rendered
        = from.size() > 1 ? rehearseOnCopy(*session, request) : preview(*session, request);
    if (rendered.error) {
        CliOutput::failed(rendered.error->message);
        return CliApp::CommandFailed;
    }
    CliOutput::err(rendered.how);
    if (options.json) {
        CliOutput::json(QJsonObject {{QStringLiteral("operation"), request.operationName()},
            {QStringLiteral("range"), request.target}, {QStringLiteral("mode"), rendered.mode},
            {QStringLiteral("sql"), rendered.sql}});
    } else {
        CliOutput::out(rendered.sql);
    }
    return CliApp::Success;
}

} // namespace retort
