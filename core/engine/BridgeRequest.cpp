// SPDX-License-Identifier: MIT
#include "engine/BridgeRequest.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace retort {

using namespace Qt::StringLiterals;

QString BridgeRequest::operationName() const
{
    switch (operation) {
    case Operation::Current:
        return u"current"_s;
    case Operation::Upgrade:
        return u"upgrade"_s;
    case Operation::Downgrade:
        return u"downgrade"_s;
    case Operation::Stamp:
        return u"stamp"_s;
    case Operation::Compare:
        return u"compare"_s;
    case Operation::Check:
        return u"check"_s;
    case Operation::Revision:
        return u"revision"_s;
    case Operation::Merge:
        return u"merge"_s;
    case Operation::Sequence:
        return u"sequence"_s;
    }
    return {};
}

QJsonObject BridgeRequest::toJson() const
{
    QJsonObject json {
        {u"operation"_s, operationName()},
        {u"project_dir"_s, QDir(projectDir).absolutePath()},
        {u"ini"_s, iniPath.isEmpty() ? u"alembic.ini"_s : iniPath},
        {u"ini_section"_s, iniSection},
        {u"sql"_s, offline},
        {u"purge"_s, purge},
        {u"x"_s, QJsonArray::fromStringList(xArguments)},
    };
    if (!databasePath.isEmpty())
        json.insert(u"database"_s, QFileInfo(databasePath).absoluteFilePath());
    if (!target.isEmpty())
        json.insert(u"target"_s, target);
    if (!tag.isEmpty())
        json.insert(u"tag"_s, tag);
    if (operation == Operation::Stamp && !revisions.isEmpty()) // `alembic stamp REV REV`
        json.insert(u"revisions"_s, QJsonArray::fromStringList(revisions));
    if (operation == Operation::Sequence)
        json.insert(u"actions"_s, actions);
    if (operation == Operation::Revision || operation == Operation::Merge)
        insertAuthoring(json);
    return json;
}

void BridgeRequest::insertAuthoring(QJsonObject &json) const
{
    const auto insertText = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    insertText(u"message"_s, message);
    insertText(u"branch_label"_s, branchLabel);
    insertText(u"rev_id"_s, revId);
    if (operation == Operation::Merge) {
        json.insert(u"revisions"_s, QJsonArray::fromStringList(revisions));
        return;
    }
    json.insert(u"autogenerate"_s, autogenerate);
    json.insert(u"splice"_s, splice);
    insertText(u"head"_s, head);
    insertText(u"version_path"_s, versionPath);
    if (!dependsOn.isEmpty())
        json.insert(u"depends_on"_s, QJsonArray::fromStringList(dependsOn));
}

} // namespace retort
