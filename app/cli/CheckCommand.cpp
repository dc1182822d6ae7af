// SPDX-License-Identifier: MIT
#include "cli/CheckCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "cli/EngineSession.h"
#include "engine/SchemaCompare.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace retort {

namespace {

/// The name an element of a diff tuple goes by: a table, column, index or constraint name.
QString nameOf(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    for (const char *key : {"column", "index", "constraint", "table"}) {
        if (object.contains(QLatin1String(key)))
            return object.value(QLatin1String(key)).toString();
    }
    return value.isString() ? value.toString() : QString();
}

QString describeOne(const QJsonObject &diff)
{
    const QString kind = diff.value(QStringLiteral("kind")).toString();
    const QJsonArray args = diff.value(QStringLiteral("args")).toArray();
    if (kind.startsWith(QLatin1String("modify_")) || kind.endsWith(QLatin1String("_column"))) {
        // (kind, schema, table, column, ...): table.column
        const QString column = nameOf(args.at(2));
        return kind + QLatin1Char(' ') + args.at(1).toString()
            + (column.isEmpty() ? QString() : QLatin1Char('.') + column);
    }
    const QJsonObject item = args.at(0).toObject();
    const QString name = nameOf(args.at(0));
    const QString table = item.value(QStringLiteral("table")).toString();
    if (!item.contains(QStringLiteral("columns")) || item.contains(QStringLiteral("schema"))
        || table.isEmpty() || table == name)
        return kind + QLatin1Char(' ') + name;
    return kind + QLatin1Char(' ') + (name.isEmpty() ? QStringLiteral("(unnamed)") : name)
        + QCoreApplication::translate("CheckCommand", " on %1").arg(table);
}

} // namespace

QStringList CheckCommand::describe(const QJsonArray &diffs)
{
    QStringList lines;
    for (const QJsonValue &entry : diffs) {
        if (entry.isArray()) {
            lines += describe(entry.toArray()); // a group of modifications of one column
        } else {
            lines.append(describeOne(entry.toObject()));
        }
    }
    return lines;
}

int CheckCommand::exec(const Project &project, const CliOptions &options)
{
    if (project.databasePath().isEmpty()) {
        CliOutput::failed(project.databaseProblem()
                ? project.databaseProblem()->message
                : QCoreApplication::translate("CheckCommand", "No database is selected."));
        return CliApp::ProjectError;
    }
    int exitCode = CliApp::Success;
    const auto session = EngineSession::open(project, options, exitCode);
    if (!session)
        return exitCode;
    SchemaCompare compare(session->trust());
    compare.setInterpreter(session->interpreter());
    session->follow(&compare);
    const CompareReport report = compare.run(session->request(BridgeRequest::Operation::Check));
    if (!report.ok()) {
        CliOutput::failed(report.bridge.error ? EngineSession::failureText(report.bridge)
                                              : report.error->message);
        return CliApp::CommandFailed;
    }
    const QStringList differences = describe(report.diffs);
    if (options.json) {
        CliOutput::json(QJsonObject {{QStringLiteral("clean"), differences.isEmpty()},
            {QStringLiteral("heads"), QJsonArray::fromStringList(report.heads)},
            {QStringLiteral("differences"), QJsonArray::fromStringList(differences)},
            {QStringLiteral("diffs"), report.diffs}});
    }
    if (!differences.isEmpty()) {
        // Alembic's wording, with the differences named instead of Python's repr of them.
        CliOutput::failed(QStringLiteral("New upgrade operations detected: ")
            + differences.join(QLatin1String("; ")));
        return CliApp::CommandFailed;
    }
    if (!options.json)
        CliOutput::out(QStringLiteral("No new upgrade operations detected.\n"));
    return CliApp::Success;
}

} // namespace retort
