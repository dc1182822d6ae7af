// SPDX-License-Identifier: MIT
#include "lint/NamingRules.h"

#include "lint/CallArguments.h"
#include "lint/OperationQueries.h"

#include <QCoreApplication>

namespace retort {

namespace {

struct NamedOperation {
    QLatin1String name;
    QLatin1String nameKeyword;
};

constexpr NamedOperation kNamedOperations[] = {
    {QLatin1String("create_index"), QLatin1String("index_name")},
    {QLatin1String("create_unique_constraint"), QLatin1String("constraint_name")},
    {QLatin1String("create_foreign_key"), QLatin1String("constraint_name")},
    {QLatin1String("create_check_constraint"), QLatin1String("constraint_name")},
    {QLatin1String("create_primary_key"), QLatin1String("constraint_name")},
};

// Constraint classes usable in create_table and the position of their `name` parameter
// (-1: keyword only).
struct ConstraintClass {
    QLatin1String name;
    int namePosition;
};

constexpr ConstraintClass kConstraintClasses[] = {
    {QLatin1String("UniqueConstraint"), -1},
    {QLatin1String("ForeignKeyConstraint"), 2},
    {QLatin1String("CheckConstraint"), 1},
};

bool unnamed(const std::optional<QString> &name)
{
    return !name || CallArguments::isNone(*name);
}

} // namespace

void NamingRules::check(const RevisionScript &script, LintReporter &reporter)
{
    for (const QList<ScriptOperation> *ops : {&script.upgradeOps, &script.downgradeOps}) {
        for (const ScriptOperation &op : *ops) {
            if (op.name == QLatin1String("create_table")) {
                checkCreateTable(script, op, reporter);
            } else {
                checkOperation(script, op, reporter);
            }
        }
    }
}

void NamingRules::checkOperation(
    const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter)
{
    for (const NamedOperation &named : kNamedOperations) {
        if (op.name != named.name) {
            continue;
        }
        const CallArguments args = CallArguments::parse(op.arguments);
        if (unnamed(args.value(0, named.nameKeyword))) {
            reporter.report(QStringLiteral("NAME001"), script.path, op.line,
                QCoreApplication::translate(
                    "Linter", "op.%1() on %2 has no name: batch mode cannot drop it later")
                    .arg(op.name, OperationQueries::tableLabel(op)));
        }
        return;
    }
}

void NamingRules::checkCreateTable(
    const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter)
{
    const CallArguments args = CallArguments::parse(op.arguments);
    for (const CallArguments::Argument &argument : args.all()) {
        const std::optional<CallArguments::Call> call
            = argument.keyword.isEmpty() ? CallArguments::call(argument.value) : std::nullopt;
        if (!call) {
            continue;
        }
        for (const ConstraintClass &constraint : kConstraintClasses) {
            if (call->name != constraint.name) {
                continue;
            }
            const CallArguments inner = CallArguments::parse(call->arguments);
            const std::optional<QString> name = constraint.namePosition < 0
                ? inner.keyword(QStringLiteral("name"))
                : inner.value(constraint.namePosition, QStringLiteral("name"));
            if (unnamed(name)) {
                reporter.report(QStringLiteral("NAME001"), script.path, op.line,
                    QCoreApplication::translate("Linter",
                        "%1 in create_table %2 has no name: batch mode cannot drop "
                        "it later")
                        .arg(call->name, OperationQueries::tableLabel(op)));
            }
        }
    }
}

} // namespace retort
