// SPDX-License-Identifier: MIT
#include "merge/ReviewOperation.h"

#include <QJsonObject>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

QString tableOf(const QJsonObject &item)
{
    return item.value("table"_L1).toString();
}

/// Fills table/column/name from one {"kind", "args"} diff, by Alembic's tuple layout.
void describe(ReviewOperation &op, const QJsonObject &diff)
{
    const QJsonArray args = diff.value("args"_L1).toArray();
    op.kind = diff.value("kind"_L1).toString();
    if (op.kind == "add_table"_L1 || op.kind == "remove_table"_L1) {
        op.table = tableOf(args.at(0).toObject());
    } else if (op.kind == "add_column"_L1 || op.kind == "remove_column"_L1) {
        // (kind, schema, table, Column)
        op.table = args.at(1).toString();
        const QJsonObject column = args.at(2).toObject();
        op.column = column.value("column"_L1).toString();
        op.type = column.value("type"_L1).toString();
    } else if (op.kind.startsWith("modify_"_L1)) {
        // (kind, schema, table, column, existing, old, new)
        op.table = args.at(1).toString();
        op.column = args.at(2).toString();
    } else if (!args.isEmpty() && args.at(0).isObject()) {
        // indexes, unique constraints, foreign keys: the schema item first
        const QJsonObject item = args.at(0).toObject();
        op.table = tableOf(item);
        op.name = item.value(item.contains("index"_L1) ? "index"_L1 : "constraint"_L1).toString();
    } else if (args.size() > 1) {
        op.table = args.at(1).toString(); // table comments: (kind, schema, table, ...)
    }
}

void pairRenames(QList<ReviewOperation> &ops)
{
    for (ReviewOperation &drop : ops) {
        if (drop.kind != "remove_column"_L1)
            continue;
        int chosen = -1;
        for (const ReviewOperation &add : std::as_const(ops)) {
            if (add.kind != "add_column"_L1 || add.table != drop.table || add.isPossibleRename())
                continue;
            if (chosen < 0 || (add.type == drop.type && ops[chosen].type != drop.type))
                chosen = add.index;
        }
        if (chosen >= 0) {
            drop.renamePartner = chosen;
            ops[chosen].renamePartner = drop.index;
        }
    }
}

} // namespace

QList<ReviewOperation> ReviewOperation::fromDiffs(const QJsonArray &diffs)
{
    QList<ReviewOperation> ops;
    for (qsizetype i = 0; i < diffs.size(); ++i) {
        ReviewOperation op;
        op.index = int(i);
        op.diff = diffs.at(i);
        if (diffs.at(i).isArray()) {
            const QJsonArray group = diffs.at(i).toArray();
            describe(op, group.at(0).toObject());
            for (const auto &change : group)
                op.changes << change.toObject().value("kind"_L1).toString();
            op.kind = u"modify_column"_s;
        } else {
            describe(op, diffs.at(i).toObject());
        }
        ops << op;
    }
    pairRenames(ops);
    return ops;
}

} // namespace retort
