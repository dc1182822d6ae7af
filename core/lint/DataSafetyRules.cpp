// SPDX-License-Identifier: MIT
#include "lint/DataSafetyRules.h"

#include "lint/CallArguments.h"
#include "lint/OperationQueries.h"

#include <QCoreApplication>

namespace retort {

void DataSafetyRules::check(const RevisionScript &script, LintReporter &reporter)
{
    const QSet<QString> created = OperationQueries::createdTables(script.upgradeOps);
    for (qsizetype i = 0; i < script.upgradeOps.size(); ++i) {
        const ScriptOperation &op = script.upgradeOps[i];
        if (OperationQueries::onNewTable(op, created)) {
            continue;
        }
        if (op.name == QLatin1String("add_column")) {
            checkAddColumn(script, op, reporter);
        } else if (op.name == QLatin1String("alter_column")) {
            checkNotNull(script, i, reporter);
        } else if (op.name == QLatin1String("create_unique_constraint")
            || op.name == QLatin1String("create_index")) {
            checkUnique(script, i, reporter);
        }
    }
}

void DataSafetyRules::checkAddColumn(
    const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter)
{
    const std::optional<QString> column = OperationQueries::addedColumn(op);
    const std::optional<CallArguments::Call> call
        = column ? CallArguments::call(*column) : std::nullopt;
    if (!call || call->name != QLatin1String("Column")) {
        return;
    }
    const CallArguments args = CallArguments::parse(call->arguments);
    const bool notNull
        = CallArguments::isFalse(args.keyword(QStringLiteral("nullable")).value_or(QString()));
    const std::optional<QString> serverDefault = args.keyword(QStringLiteral("server_default"));
    if (!notNull || (serverDefault && !CallArguments::isNone(*serverDefault))) {
        return;
    }
    const bool hasDefault = args.keyword(QStringLiteral("default")).has_value();
    reporter.report(QStringLiteral("NULL001"), script.path, op.line,
        (hasDefault ? QCoreApplication::translate("Linter",
             "add_column %1 is NOT NULL without server_default (default= "
             "is applied by Python only): existing rows get no value")
                    : QCoreApplication::translate("Linter",
                        "add_column %1 is NOT NULL without server_default: existing "
                        "rows get no value"))
            .arg(OperationQueries::columnLabel(op)));
}

void DataSafetyRules::checkNotNull(
    const RevisionScript &script, qsizetype index, LintReporter &reporter)
{
    const ScriptOperation &op = script.upgradeOps[index];
    const CallArguments args = CallArguments::parse(op.arguments);
    if (!CallArguments::isFalse(args.keyword(QStringLiteral("nullable")).value_or(QString()))) {
        return;
    }
    if (OperationQueries::executedBefore(script.upgradeOps, index, op, {QLatin1String("UPDATE")})) {
        return;
    }
    reporter.report(QStringLiteral("NULL002"), script.path, op.line,
        QCoreApplication::translate(
            "Linter", "alter_column %1 sets NOT NULL with no UPDATE backfilling NULLs before it")
            .arg(OperationQueries::columnLabel(op)));
}

void DataSafetyRules::checkUnique(
    const RevisionScript &script, qsizetype index, LintReporter &reporter)
{
    const ScriptOperation &op = script.upgradeOps[index];
    if (op.name == QLatin1String("create_index")
        && !CallArguments::isTrue(CallArguments::parse(op.arguments)
                                      .keyword(QStringLiteral("unique"))
                                      .value_or(QString()))) {
        return;
    }
    if (OperationQueries::executedBefore(
            script.upgradeOps, index, op, {QLatin1String("DELETE"), QLatin1String("UPDATE")})) {
        return;
    }
    const QString what = op.name == QLatin1String("create_index")
        ? QCoreApplication::translate("Linter", "unique index")
        : QCoreApplication::translate("Linter", "unique constraint");
    reporter.report(QStringLiteral("UNIQ001"), script.path, op.line,
        QCoreApplication::translate("Linter",
            "%1 on %2 (%3) added with no DELETE or UPDATE removing duplicates before "
            "it")
            .arg(what, OperationQueries::tableLabel(op), op.columns.join(QStringLiteral(", "))));
}

} // namespace retort
