// SPDX-License-Identifier: MIT
#include "operations/OperationResult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace retort {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("retort::OperationResult", text);
}

OperationResult::Status statusOf(SafeRunResult::Status status)
{
    switch (status) {
    case SafeRunResult::Status::Succeeded:
        return OperationResult::Status::Succeeded;
    case SafeRunResult::Status::Refused:
        return OperationResult::Status::Refused;
    case SafeRunResult::Status::Failed:
        return OperationResult::Status::Failed;
    case SafeRunResult::Status::Restored:
        return OperationResult::Status::Restored;
    case SafeRunResult::Status::RestoreFailed:
        return OperationResult::Status::RestoreFailed;
    }
    return OperationResult::Status::Failed;
}

} // namespace

OperationResult OperationResult::fromSafeRun(
    const OperationRequest &request, const SafeRunResult &run)
{
    OperationResult result;
    result.request = request;
    result.status = statusOf(run.status);
    result.error = run.error;
    result.failedRevision = run.failedRevision;
    result.backup = run.backup;
    result.backupKept = run.backup.has_value();
    result.cancelled = run.bridge.status == BridgeOutcome::Status::Cancelled;
    if (run.bridge.error)
        result.traceback = run.bridge.error->string("traceback");
    const QJsonArray heads = run.bridge.result.value(QLatin1String("heads")).toArray();
    for (const QJsonValue &head : heads)
        result.heads << head.toString();
    return result;
}

QString OperationResult::summary() const
{
    const QString title = request.title();
    switch (status) {
    case Status::Succeeded:
        if (request.kind == OperationRequest::Kind::Backup && backup)
            return tr("%1: done, backup %2.").arg(title, backup->id);
        if (request.runsAlembic()) {
            return heads.isEmpty() ? tr("%1: done; the database has no revision.").arg(title)
                                   : tr("%1: done; the database is at %2.")
                                         .arg(title, heads.join(QLatin1String(", ")));
        }
        return tr("%1: done.").arg(title);
    case Status::Refused:
        return tr("%1 did not run: %2").arg(title, error ? error->message : QString());
    case Status::Failed:
        return tr("%1 failed: %2").arg(title, error ? error->message : QString());
    case Status::Restored: {
        if (cancelled)
            return tr("%1 was cancelled; the database was restored.").arg(title);
        // The engine's message ends with how the database was restored; its first line says
        // what failed, and where.
        const QString what = error ? error->message.section(QLatin1Char('\n'), 0, 0) : QString();
        if (!backup)
            return tr("%1 failed; the database it created was removed.\n%2").arg(title, what);
        return tr("%1 failed; the database was restored from backup %2.\n%3")
            .arg(title, backup->id, what);
    }
    case Status::RestoreFailed:
        return tr("%1 failed and the database could not be restored.\n%2")
            .arg(title, error ? error->message : QString());
    }
    return {};
}

} // namespace retort
