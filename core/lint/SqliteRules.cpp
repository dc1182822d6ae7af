// SPDX-License-Identifier: MIT
#include "lint/SqliteRules.h"

#include "lint/CallArguments.h"
#include "lint/OperationQueries.h"

#include <QCoreApplication>

namespace retort {

namespace {

// Operations SQLite's ALTER TABLE cannot express; Alembic needs batch mode for them.
constexpr QLatin1String kBatchOnly[] = {
    QLatin1String("alter_column"),
    QLatin1String("create_unique_constraint"),
    QLatin1String("create_foreign_key"),
    QLatin1String("drop_constraint"),
    QLatin1String("create_check_constraint"),
    QLatin1String("create_primary_key"),
};

bool needsBatch(const QString &name)
{
    for (const QLatin1String op : kBatchOnly) {
        if (name == op) {
            return true;
        }
    }
    return false;
}

} // namespace

void SqliteRules::check(const RevisionScript &script, LintReporter &reporter)
{
    checkOperations(script, script.upgradeOps, reporter);
    checkOperations(script, script.downgradeOps, reporter);
}

void SqliteRules::checkOperations(
    const RevisionScript &script, const QList<ScriptOperation> &ops, LintReporter &reporter)
{
    for (const ScriptOperation &op : ops) {
        if (op.inBatch) {
            continue;
        }
        const QString table = OperationQueries::tableLabel(op);
        if (needsBatch(op.name) && !isRenameOnly(op)) {
            reporter.report(QStringLiteral("SQLITE001"), script.path, op.line,
                QCoreApplication::translate("Linter",
                    "op.%1() on %2 outside batch mode: SQLite cannot ALTER this; "
                    "use `with op.batch_alter_table(\"%2\") as batch_op:`")
                    .arg(op.name, table));
        } else if (op.name == QLatin1String("drop_column")) {
            reporter.report(QStringLiteral("SQLITE002"), script.path, op.line,
                QCoreApplication::translate("Linter",
                    "op.drop_column() on %1 outside batch mode needs SQLite 3.35 "
                    "and fails on indexed or constrained columns")
                    .arg(OperationQueries::columnLabel(op)));
        }
    }
}

// alter_column(new_column_name=...) alone is ALTER TABLE ... RENAME COLUMN (SQLite 3.25+).
bool SqliteRules::isRenameOnly(const ScriptOperation &op)
{
    if (op.name != QLatin1String("alter_column")) {
        return false;
    }
    bool renames = false;
    for (const CallArguments::Argument &argument : CallArguments::parse(op.arguments).all()) {
        if (argument.keyword == QLatin1String("new_column_name")) {
            renames = true;
        } else if (!argument.keyword.isEmpty() && !argument.keyword.startsWith(u"existing_")
            && argument.keyword != QLatin1String("schema")
            && argument.keyword != QLatin1String("table_name")
            && argument.keyword != QLatin1String("column_name")) {
            return false;
        }
    }
    return renames;
}

} // namespace retort
