// SPDX-License-Identifier: MIT
#include "schemadiff/SchemaChange.h"

#include <QJsonObject>
#include <QStringList>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

using Action = SchemaChange::Action;
using Object = SchemaChange::Object;

/// A scalar argument as text: strings as they are, null as empty, anything else as JSON.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString joined(const QJsonValue &columns)
{
    QStringList names;
    for (const QJsonValue &column : columns.toArray())
        names << text(column);
    return names.join(u", "_s);
}

QString columnDetails(const QJsonObject &column)
{
    QString details = column.value(u"type"_s).toString();
    if (!column.value(u"nullable"_s).toBool(true))
        details += u" NOT NULL"_s;
    if (column.value(u"primary_key"_s).toBool())
        details += u" PRIMARY KEY"_s;
    return details;
}

Action actionOf(const QString &kind)
{
    if (kind.startsWith(u"add_"_s))
        return Action::Added;
    if (kind.startsWith(u"remove_"_s))
        return Action::Removed;
    return Action::Changed;
}

/// ("add_column"|"remove_column", schema, table, column)
SchemaChange columnChange(const QString &kind, const QJsonArray &args)
{
    const QJsonObject column = args.at(2).toObject();
    return {actionOf(kind), Object::Column, text(args.at(1)), column.value(u"column"_s).toString(),
        {}, {}, {}, columnDetails(column), kind};
}

/// ("modify_<aspect>", schema, table, column, existing keywords, before, after)
SchemaChange modification(const QString &kind, const QJsonArray &args)
{
    SchemaChange change {Action::Changed, Object::Column, text(args.at(1)), text(args.at(2)),
        kind.mid(QStringLiteral("modify_").size()), text(args.at(4)), text(args.at(5)), {}, kind};
    if (change.aspect == u"nullable"_s) {
        // Alembic says whether the column is nullable; show what a schema says.
        const auto constraint = [](const QJsonValue &nullable) {
            return nullable.toBool(true) ? u"NULL"_s : u"NOT NULL"_s;
        };
        change.before = constraint(args.at(4));
        change.after = constraint(args.at(5));
    }
    const QJsonObject existing = args.at(3).toObject();
    change.details = text(existing.value(u"existing_type"_s));
    return change;
}

/// ("add_table"|"remove_table"|..._table_comment, table)
SchemaChange tableChange(const QString &kind, const QJsonArray &args)
{
    const QJsonObject table = args.at(0).toObject();
    const QString name = table.value(u"table"_s).toString();
    if (kind.endsWith(u"_comment"_s))
        return {actionOf(kind), Object::Comment, name, name, u"comment"_s, {}, {}, {}, kind};
    QStringList columns;
    for (const QJsonValue &column : table.value(u"columns"_s).toArray())
        columns << column.toObject().value(u"column"_s).toString();
    return {actionOf(kind), Object::Table, name, name, {}, {}, {}, columns.join(u", "_s), kind};
}

/// ("add_index"|"remove_index"|"add_constraint"|..., index or constraint)
SchemaChange itemChange(const QString &kind, const QJsonArray &args)
{
    const QJsonObject item = args.at(0).toObject();
    const QString table = item.value(u"table"_s).toString();
    const QString columns = joined(item.value(u"columns"_s));
    if (item.contains(u"index"_s)) {
        const bool unique = item.value(u"unique"_s).toBool();
        return {actionOf(kind), Object::Index, table, item.value(u"index"_s).toString(), {}, {}, {},
            unique ? u"UNIQUE (%1)"_s.arg(columns) : u"(%1)"_s.arg(columns), kind};
    }
    const QString constraintKind = item.value(u"kind"_s).toString();
    Object object = Object::Constraint;
    if (constraintKind == u"UniqueConstraint"_s)
        object = Object::UniqueConstraint;
    else if (constraintKind == u"ForeignKeyConstraint"_s || kind.endsWith(u"_fk"_s))
        object = Object::ForeignKey;
    return {actionOf(kind), object, table, item.value(u"constraint"_s).toString(), {}, {}, {},
        u"(%1)"_s.arg(columns), kind};
}

void append(QList<SchemaChange> &changes, const QJsonValue &diff)
{
    if (diff.isArray()) { // a group of modifications of one column
        for (const QJsonValue &member : diff.toArray())
            append(changes, member);
        return;
    }
    const QJsonObject object = diff.toObject();
    const QString kind = object.value(u"kind"_s).toString();
    const QJsonArray args = object.value(u"args"_s).toArray();
    if (kind == u"add_column"_s || kind == u"remove_column"_s)
        changes.append(columnChange(kind, args));
    else if (kind.startsWith(u"modify_"_s))
        changes.append(modification(kind, args));
    else if (kind.endsWith(u"_table"_s) || kind.endsWith(u"_table_comment"_s))
        changes.append(tableChange(kind, args));
    else if (!args.isEmpty() && args.at(0).isObject())
        changes.append(itemChange(kind, args));
    else
        changes.append({actionOf(kind), Object::Constraint, {}, kind, {}, {}, {}, {}, kind});
}

} // namespace

QList<SchemaChange> schemaChanges(const QJsonArray &diffs)
{
    QList<SchemaChange> changes;
    for (const QJsonValue &diff : diffs)
        append(changes, diff);
    return changes;
}

QList<TableChanges> changesByTable(const QList<SchemaChange> &changes)
{
    QList<TableChanges> tables;
    for (const SchemaChange &change : changes) {
        auto found = std::find_if(tables.begin(), tables.end(),
            [&](const TableChanges &table) { return table.table == change.table; });
        if (found == tables.end()) {
            tables.append({change.table, Action::Changed, {}});
            found = std::prev(tables.end());
        }
        if (change.object == Object::Table)
            found->action = change.action;
        found->changes.append(change);
    }
    return tables;
}

} // namespace retort
