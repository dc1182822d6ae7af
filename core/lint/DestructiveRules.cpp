// SPDX-License-Identifier: MIT
#include "lint/DestructiveRules.h"

#include "lint/CallArguments.h"
#include "lint/OperationQueries.h"
#include "lint/TypeNarrowing.h"

#include <QCoreApplication>
#include <QHash>

namespace retort {

void DestructiveRules::check(const RevisionScript &script, LintReporter &reporter)
{
    for (const ScriptOperation &op : script.upgradeOps) {
        if (op.name == QLatin1String("drop_table")) {
            reporter.report(QStringLiteral("DATA001"), script.path, op.line,
                QCoreApplication::translate(
                    "Linter", "drop_table %1 deletes the table and all its rows")
                    .arg(OperationQueries::tableLabel(op)));
        } else if (op.name == QLatin1String("drop_column")) {
            reporter.report(QStringLiteral("DATA002"), script.path, op.line,
                QCoreApplication::translate(
                    "Linter", "drop_column %1 deletes the column and its values")
                    .arg(OperationQueries::columnLabel(op)));
        } else if (op.name == QLatin1String("alter_column")) {
            checkNarrowing(script, op, reporter);
        }
    }
    if (reporter.enabled(QStringLiteral("DATA004"))) {
        checkRenames(script, reporter);
    }
}

void DestructiveRules::checkNarrowing(
    const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter)
{
    const CallArguments args = CallArguments::parse(op.arguments);
    const std::optional<QString> to = args.keyword(QStringLiteral("type_"));
    const std::optional<QString> from = args.keyword(QStringLiteral("existing_type"));
    if (!to || !from) {
        return;
    }
    if (const std::optional<QString> lost = TypeNarrowing::loss(*from, *to)) {
        reporter.report(QStringLiteral("DATA003"), script.path, op.line,
            QCoreApplication::translate(
                "Linter", "alter_column %1 narrows the type from %2 to %3: %4")
                .arg(OperationQueries::columnLabel(op), *from, *to, *lost));
    }
}

void DestructiveRules::checkRenames(const RevisionScript &script, LintReporter &reporter)
{
    QHash<QString, const ScriptOperation *> added; // lower-cased table -> first add_column
    for (const ScriptOperation &op : script.upgradeOps) {
        if (op.name == QLatin1String("add_column") && !op.table.isEmpty()) {
            added.insert(op.table.toLower(), added.value(op.table.toLower(), &op));
        }
    }
    if (added.isEmpty()) {
        return;
    }
    for (const ScriptOperation &op : script.upgradeOps) {
        const ScriptOperation *add = op.name == QLatin1String("drop_column") && !op.table.isEmpty()
            ? added.value(op.table.toLower())
            : nullptr;
        if (!add) {
            continue;
        }
        const QString newColumn
            = add->columns.isEmpty() ? QStringLiteral("<column>") : add->columns.first();
        reporter.report(QStringLiteral("DATA004"), script.path, op.line,
            QCoreApplication::translate("Linter",
                "drop_column %1 and add_column %2.%3 look like a rename: the values "
                "are lost; use alter_column(new_column_name=...)")
                .arg(OperationQueries::columnLabel(op), op.table, newColumn));
    }
}

} // namespace retort
