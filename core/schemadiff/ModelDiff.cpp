// SPDX-License-Identifier: MIT
#include "schemadiff/ModelDiff.h"

#include "schemadiff/SqliteSchemaText.h"

namespace retort {

QList<TableDiff> tableDiffs(const QList<TableChanges> &changes,
    const QMap<QString, QString> &databaseDefinitions,
    const QMap<QString, QString> &modelDefinitions)
{
    QList<TableDiff> diffs;
    diffs.reserve(changes.size());
    for (const TableChanges &table : changes) {
        TableDiff diff {table, ddlLines(databaseDefinitions.value(table.table)),
            ddlLines(modelDefinitions.value(table.table)), {}};
        diff.rows = sideBySideDiff(diff.databaseLines, diff.modelLines);
        diffs.append(std::move(diff));
    }
    return diffs;
}

} // namespace retort
