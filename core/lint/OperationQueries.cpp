// SPDX-License-Identifier: MIT
#include "lint/OperationQueries.h"

#include "lint/CallArguments.h"

namespace retort {

QSet<QString> OperationQueries::createdTables(const QList<ScriptOperation> &ops)
{
    QSet<QString> tables;
    for (const ScriptOperation &op : ops) {
        if (op.name == QLatin1String("create_table") && !op.table.isEmpty()) {
            tables.insert(op.table.toLower());
        }
    }
    return tables;
}

bool OperationQueries::onNewTable(const ScriptOperation &op, const QSet<QString> &created)
{
    return !op.table.isEmpty() && created.contains(op.table.toLower());
}

QString OperationQueries::tableLabel(const ScriptOperation &op)
{
    return op.table.isEmpty() ? QStringLiteral("<table>") : op.table;
}

QString OperationQueries::columnLabel(const ScriptOperation &op)
{
    const QString column = op.columns.isEmpty() ? QStringLiteral("<column>") : op.columns.first();
    return tableLabel(op) + QLatin1Char('.') + column;
}

std::optional<QString> OperationQueries::addedColumn(const ScriptOperation &op)
{
    return CallArguments::parse(op.arguments).value(op.inBatch ? 0 : 1, QStringLiteral("column"));
}

bool OperationQueries::executedBefore(const QList<ScriptOperation> &ops, qsizetype before,
    const ScriptOperation &op, const QList<QLatin1String> &keywords)
{
    for (qsizetype i = 0; i < before && i < ops.size(); ++i) {
        const ScriptOperation &candidate = ops[i];
        if (candidate.name != QLatin1String("execute")) {
            continue;
        }
        if (!op.table.isEmpty() && !candidate.arguments.contains(op.table, Qt::CaseInsensitive)) {
            continue;
        }
        for (const QLatin1String keyword : keywords) {
            if (candidate.arguments.contains(keyword, Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}

QString OperationQueries::sqlVerb(const ScriptOperation &op)
{
    if (!op.literalSql) {
        return {};
    }
    const QString sql = op.arguments.trimmed();
    qsizetype end = 0;
    while (end < sql.size() && sql[end].isLetter()) {
        ++end;
    }
    return sql.left(end).toUpper();
}

} // namespace retort
