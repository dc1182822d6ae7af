// SPDX-License-Identifier: MIT
#include "operations/OperationRequest.h"

#include <QCoreApplication>

namespace retort {

BridgeRequest OperationContext::bridgeRequest(
    BridgeRequest::Operation operation, const QString &target) const
{
    BridgeRequest request;
    request.operation = operation;
    request.projectDir = projectDir;
    if (!iniPath.isEmpty())
        request.iniPath = iniPath;
    request.iniSection = iniSection.isEmpty() ? QStringLiteral("alembic") : iniSection;
    request.databasePath = databasePath;
    request.target = target;
    return request;
}

OperationRequest OperationRequest::upgrade(const QString &target)
{
    OperationRequest request;
    request.kind = Kind::Upgrade;
    request.target = target;
    return request;
}

OperationRequest OperationRequest::downgrade(const QString &target)
{
    OperationRequest request;
    request.kind = Kind::Downgrade;
    request.target = target;
    return request;
}

OperationRequest OperationRequest::stamp(const QString &target)
{
    OperationRequest request;
    request.kind = Kind::Stamp;
    request.target = target;
    return request;
}

OperationRequest OperationRequest::backupNow()
{
    OperationRequest request;
    request.kind = Kind::Backup;
    return request;
}

OperationRequest OperationRequest::restore(const BackupInfo &backup)
{
    OperationRequest request;
    request.kind = Kind::Restore;
    request.backup = backup;
    return request;
}

bool OperationRequest::runsAlembic() const
{
    return kind == Kind::Upgrade || kind == Kind::Downgrade || kind == Kind::Stamp;
}

BridgeRequest::Operation OperationRequest::bridgeOperation() const
{
    switch (kind) {
    case Kind::Downgrade:
        return BridgeRequest::Operation::Downgrade;
    case Kind::Stamp:
        return BridgeRequest::Operation::Stamp;
    default:
        return BridgeRequest::Operation::Upgrade;
    }
}

QString OperationRequest::title() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("retort::OperationRequest", text);
    };
    switch (kind) {
    case Kind::Backup:
        return tr("Back up the database");
    case Kind::Upgrade:
        return tr("Upgrade to %1").arg(target);
    case Kind::Downgrade:
        return target == QLatin1String("-1") ? tr("Downgrade one step")
                                             : tr("Downgrade to %1").arg(target);
    case Kind::Stamp:
        return tr("Stamp %1").arg(target);
    case Kind::Restore:
        return tr("Restore backup %1").arg(backup.id);
    }
    return {};
}

} // namespace retort
