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
    return json;
}

} // namespace retort
