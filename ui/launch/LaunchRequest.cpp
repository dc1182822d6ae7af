// SPDX-License-Identifier: MIT
#include "launch/LaunchRequest.h"

#include "cli/CliOptions.h"

#include <QFileInfo>

namespace retort {

namespace {

LaunchRequest commandLine()
{
    LaunchRequest request;
    request.mode = LaunchRequest::Mode::CommandLine;
    return request;
}

} // namespace

const QStringList &LaunchRequest::commands()
{
    // Every command the CLI parses, from its own list, and the alembic commands Retort does not
    // run yet, so that `retort upgrade` is reported by the CLI instead of opening a window. A
    // folder with such a name can still be opened as ./NAME.
    static const QStringList names = CliOptions::commandNames()
        + QStringList {
            QStringLiteral("upgrade"),
            QStringLiteral("downgrade"),
            QStringLiteral("stamp"),
            QStringLiteral("check"),
            QStringLiteral("merge"),
            QStringLiteral("revision"),
            QStringLiteral("edit"),
            QStringLiteral("init"),
            QStringLiteral("list_templates"),
            QStringLiteral("ensure_version"),
        };
    return names;
}

LaunchRequest LaunchRequest::fromArguments(const QStringList &arguments)
{
    LaunchRequest request;
    const QString dbOption = QStringLiteral("--db");
    const QString dbPrefix = QStringLiteral("--db=");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == dbOption && i + 1 < arguments.size()) {
            request.databasePath = arguments.at(++i);
        } else if (argument.startsWith(dbPrefix)) {
            request.databasePath = argument.mid(dbPrefix.size());
        } else if (argument.startsWith(u'-') || commands().contains(argument)
            || !request.projectPath.isEmpty() || !QFileInfo::exists(argument)) {
            return commandLine();
        } else {
            request.projectPath = argument;
        }
    }
    return request;
}

} // namespace retort
