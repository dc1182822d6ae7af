// SPDX-License-Identifier: MIT
#include "cli/MigrateCommand.h"

#include "cli/BackupCommand.h"
#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "cli/EngineSession.h"
#include "engine/BackupStore.h"
#include "engine/SafeRunner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace retort {

namespace {

BridgeRequest::Operation operationFor(CliOptions::Command command)
{
    switch (command) {
    case CliOptions::Command::Downgrade:
        return BridgeRequest::Operation::Downgrade;
    case CliOptions::Command::Stamp:
        return BridgeRequest::Operation::Stamp;
    default:
        return BridgeRequest::Operation::Upgrade;
    }
}

/// The steps that finished and the statements executed, from the bridge's events.
struct RunLog {
    QJsonArray steps;
    int statements = 0;

    void add(const BridgeEvent &event)
    {
        if (event.type == BridgeEvent::Type::StepEnd) {
            QJsonObject step = event.data;
            step.remove(QStringLiteral("event"));
            steps.append(step);
        } else if (event.type == BridgeEvent::Type::Sql) {
            ++statements;
        }
    }
};

QString statusName(SafeRunResult::Status status)
{
    switch (status) {
    case SafeRunResult::Status::Succeeded:
        return QStringLiteral("succeeded");
    case SafeRunResult::Status::Refused:
        return QStringLiteral("refused");
    case SafeRunResult::Status::Failed:
        return QStringLiteral("failed");
    case SafeRunResult::Status::Restored:
        return QStringLiteral("restored");
    case SafeRunResult::Status::RestoreFailed:
        return QStringLiteral("restore_failed");
    }
    return {};
}

QJsonObject resultJson(const BridgeRequest &request, const SafeRunResult &result, const RunLog &log)
{
    QJsonObject json {
        {QStringLiteral("operation"), request.operationName()},
        {QStringLiteral("target"), request.target},
        {QStringLiteral("offline"), request.offline},
        {QStringLiteral("database"), request.databasePath},
        {QStringLiteral("status"), statusName(result.status)},
        {QStringLiteral("steps"), log.steps},
        {QStringLiteral("statements"), log.statements},
        {QStringLiteral("backup"),
            result.backup ? QJsonValue(BackupCommand::backupJson(*result.backup))
                          : QJsonValue(QJsonValue::Null)},
    };
    if (result.ok() && request.offline)
        json.insert(QStringLiteral("sql"), result.bridge.result.value(QStringLiteral("script")));
    if (result.ok() && !request.offline)
        json.insert(QStringLiteral("heads"), result.bridge.result.value(QStringLiteral("heads")));
    if (result.error) {
        json.insert(QStringLiteral("error"),
            QJsonObject {{QStringLiteral("message"), result.error->message},
                {QStringLiteral("revision"), result.failedRevision},
                {QStringLiteral("file"), result.error->file},
                {QStringLiteral("line"), result.error->line}});
    }
    return json;
}

int exitCodeFor(const SafeRunResult &result)
{
    switch (result.status) {
    case SafeRunResult::Status::Succeeded:
        return CliApp::Success;
    case SafeRunResult::Status::Refused:
        return CliApp::exitCodeFor(result.error ? result.error->kind : Error::Kind::Usage);
    case SafeRunResult::Status::RestoreFailed:
        return CliApp::RestoreFailed;
    default:
        // The interlock refusing another database is a configuration problem of env.py.
        return result.error && result.error->kind == Error::Kind::Config ? CliApp::ProjectError
                                                                         : CliApp::CommandFailed;
    }
}

/// What "FAILED: " is followed by: Alembic's message for its own errors where nothing changed,
/// else SafeRunner's account (what failed where, and that the database was restored).
QString failureMessage(const SafeRunResult &result)
{
    const auto &bridgeError = result.bridge.error;
    const bool commandError
        = bridgeError && bridgeError->string("type") == QLatin1String("CommandError");
    if (!result.error)
        return result.bridge.message;
    if (!commandError || !result.failedRevision.isEmpty())
        return result.error->message;
    // No step ran: Alembic's message, then SafeRunner's note on the restore, if any.
    const QString &account = result.error->message;
    const qsizetype note = account.indexOf(QLatin1Char('\n'));
    return bridgeError->string("message") + (note < 0 ? QString() : account.mid(note));
}

} // namespace

int MigrateCommand::exec(const Project &project, const CliOptions &options)
{
    const BridgeRequest::Operation operation = operationFor(options.command);
    const QString target = options.revisions.join(QLatin1Char(' '));
    if (operation != BridgeRequest::Operation::Stamp && !options.sql
        && target.contains(QLatin1Char(':'))) {
        CliOutput::failed(QStringLiteral("Range revision not allowed")); // Alembic's wording
        return CliApp::CommandFailed;
    }
    if (project.databasePath().isEmpty() && !options.sql) {
        CliOutput::failed(project.databaseProblem()
                ? project.databaseProblem()->message
                : QCoreApplication::translate("MigrateCommand", "No database is selected."));
        return CliApp::ProjectError;
    }
    int exitCode = CliApp::Success;
    const auto session = EngineSession::open(project, options, exitCode);
    if (!session)
        return exitCode;

    BridgeRequest request = session->request(operation);
    request.target = options.revisions.size() == 1 ? options.revisions.first() : target;
    if (operation == BridgeRequest::Operation::Stamp && options.revisions.size() > 1)
        request.revisions = options.revisions;
    request.offline = options.sql;
    request.tag = options.tag;
    request.purge = options.purge;

    BackupStore backups;
    SafeRunner runner(&backups, session->trust());
    runner.setInterpreter(session->interpreter());
    session->follow(&runner);
    RunLog log;
    QObject::connect(&runner, &SafeRunner::eventReceived, &runner,
        [&log](const BridgeEvent &event) { log.add(event); });
    const SafeRunResult result = runner.run(request);

    if (options.json)
        CliOutput::json(resultJson(request, result, log));
    if (!result.ok()) {
        CliOutput::failed(failureMessage(result));
        if (options.verbose && result.bridge.error)
            CliOutput::err(result.bridge.error->string("traceback"));
        return exitCodeFor(result);
    }
    if (request.offline && !options.json)
        CliOutput::out(result.bridge.result.value(QStringLiteral("script")).toString());
    if (options.verbose && result.backup) {
        CliOutput::err(QCoreApplication::translate(
            "MigrateCommand", "Retort: backup %1 of %2 was taken before the run.\n")
                           .arg(result.backup->id, result.backup->sourcePath));
    }
    return CliApp::Success;
}

} // namespace retort
