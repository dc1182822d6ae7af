// SPDX-License-Identifier: MIT
#include "checks/SchemaDiff.h"

#include <QCoreApplication>
#include <QSet>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

using Change = SchemaDifference::Change;
using Object = SchemaDifference::Object;

QString columnList(const QStringList &columns)
{
    return u"("_s + columns.join(u", "_s) + u")"_s;
}

QString columnText(const SchemaColumn &column)
{
    QString text = column.type.isEmpty() ? column.name : column.name + u' ' + column.type;
    if (column.notNull)
        text += u" NOT NULL"_s;
    if (column.hasDefault)
        text += u" DEFAULT "_s + column.defaultValue;
    if (column.primaryKey > 0)
        text += u" PRIMARY KEY"_s;
    return text;
}

QString indexText(const SchemaIndex &index)
{
    QString text
        = QCoreApplication::translate("SchemaDiff", "%1index %2 on %3 %4")
              .arg(index.unique ? QCoreApplication::translate("SchemaDiff", "unique ") : QString(),
                  index.name, index.table, columnList(index.columns));
    if (!index.where.isEmpty())
        text += u" WHERE "_s + index.where;
    return text;
}

QString foreignKeyText(const QString &table, const SchemaForeignKey &key)
{
    QString text = u"%1 %2 → %3"_s.arg(table, columnList(key.columns), key.referredTable);
    if (!key.referredColumns.isEmpty())
        text += u' ' + columnList(key.referredColumns);
    if (!key.onDelete.isEmpty() && key.onDelete != "NO ACTION"_L1)
        text += u" ON DELETE "_s + key.onDelete;
    if (!key.onUpdate.isEmpty() && key.onUpdate != "NO ACTION"_L1)
        text += u" ON UPDATE "_s + key.onUpdate;
    return text;
}

QString prefix(Change change)
{
    return change == Change::Extra ? QCoreApplication::translate("SchemaDiff", "extra ")
                                   : QCoreApplication::translate("SchemaDiff", "missing ");
}

/// Collects the differences; one instance per comparison.
class Differ {
public:
    QList<SchemaDifference> differences;

    void add(Change change, Object object, const QString &name, const QString &text)
    {
        differences << SchemaDifference {change, object, name, text};
    }

    void compareTables(const SchemaSnapshot &expected, const SchemaSnapshot &actual)
    {
        QStringList names = expected.tables.keys() + actual.tables.keys();
        names.removeDuplicates();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const auto want = expected.tables.constFind(name);
            const auto have = actual.tables.constFind(name);
            if (have == actual.tables.cend())
                add(Change::Missing, Object::Table, name,
                    QCoreApplication::translate("SchemaDiff", "missing table %1").arg(name));
            else if (want == expected.tables.cend())
                add(Change::Extra, Object::Table, name,
                    QCoreApplication::translate("SchemaDiff", "extra table %1").arg(name));
            else
                compareTable(*want, *have);
        }
    }

    void compareIndexes(const SchemaSnapshot &expected, const SchemaSnapshot &actual)
    {
        for (const SchemaIndex &index : expected.indexes) {
            if (!actual.indexes.contains(index.name) && actual.tables.contains(index.table))
                add(Change::Missing, Object::Index, index.name,
                    QCoreApplication::translate("SchemaDiff", "missing ") + indexText(index));
        }
        for (const SchemaIndex &index : actual.indexes) {
            const auto want = expected.indexes.constFind(index.name);
            if (want == expected.indexes.cend()) {
                if (expected.tables.contains(index.table))
                    add(Change::Extra, Object::Index, index.name,
                        QCoreApplication::translate("SchemaDiff", "extra ") + indexText(index));
            } else if (want->table != index.table || want->columns != index.columns
                || want->unique != index.unique || want->where != index.where) {
                add(Change::Changed, Object::Index, index.name,
                    QCoreApplication::translate("SchemaDiff", "%1 expected, found %2")
                        .arg(indexText(*want), indexText(index)));
            }
        }
    }

    void compareSql(Object object, const QString &kind, const QMap<QString, QString> &expected,
        const QMap<QString, QString> &actual)
    {
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!actual.contains(it.key()))
                add(Change::Missing, object, it.key(),
                    QCoreApplication::translate("SchemaDiff", "missing %1 %2").arg(kind, it.key()));
            else if (actual.value(it.key()) != it.value())
                add(Change::Changed, object, it.key(),
                    QCoreApplication::translate("SchemaDiff", "%1 %2: expected %3, found %4")
                        .arg(kind, it.key(), it.value(), actual.value(it.key())));
        }
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            if (!expected.contains(it.key()))
                add(Change::Extra, object, it.key(),
                    QCoreApplication::translate("SchemaDiff", "extra %1 %2").arg(kind, it.key()));
        }
    }

private:
    void compareTable(const SchemaTable &want, const SchemaTable &have)
    {
        for (const SchemaColumn &column : want.columns) {
            const SchemaColumn *found = have.column(column.name);
            const QString name = want.name + u'.' + column.name;
            if (!found)
                add(Change::Missing, Object::Column, name,
                    QCoreApplication::translate("SchemaDiff", "missing column %1.%2")
                        .arg(want.name, columnText(column)));
            else
                compareColumn(name, column, *found);
        }
        for (const SchemaColumn &column : have.columns) {
            if (!want.column(column.name))
                add(Change::Extra, Object::Column, want.name + u'.' + column.name,
                    QCoreApplication::translate("SchemaDiff", "extra column %1.%2")
                        .arg(want.name, columnText(column)));
        }
        compareUniques(want, have);
        compareForeignKeys(want, have);
    }

    void compareColumn(const QString &name, const SchemaColumn &want, const SchemaColumn &have)
    {
        QStringList changes;
        if (want.type != have.type)
            changes << QCoreApplication::translate("SchemaDiff", "type %1 expected, found %2")
                           .arg(want.type.isEmpty()
                                   ? QCoreApplication::translate("SchemaDiff", "(none)")
                                   : want.type,
                               have.type.isEmpty()
                                   ? QCoreApplication::translate("SchemaDiff", "(none)")
                                   : have.type);
        if (want.notNull != have.notNull)
            changes << (want.notNull
                    ? QCoreApplication::translate("SchemaDiff", "NOT NULL expected, found nullable")
                    : QCoreApplication::translate(
                        "SchemaDiff", "nullable expected, found NOT NULL"));
        if (want.hasDefault != have.hasDefault || want.defaultValue != have.defaultValue)
            changes << QCoreApplication::translate("SchemaDiff", "default %1 expected, found %2")
                           .arg(want.hasDefault
                                   ? want.defaultValue
                                   : QCoreApplication::translate("SchemaDiff", "(none)"),
                               have.hasDefault
                                   ? have.defaultValue
                                   : QCoreApplication::translate("SchemaDiff", "(none)"));
        if (want.primaryKey != have.primaryKey)
            changes << (want.primaryKey > 0
                    ? QCoreApplication::translate("SchemaDiff", "primary key expected, found none")
                    : QCoreApplication::translate(
                        "SchemaDiff", "no primary key expected, found one"));
        if (!changes.isEmpty())
            add(Change::Changed, Object::Column, name,
                QCoreApplication::translate("SchemaDiff", "column %1: %2")
                    .arg(name, changes.join(u"; "_s)));
    }

    void compareUniques(const SchemaTable &want, const SchemaTable &have)
    {
        for (const QStringList &columns : want.uniqueConstraints) {
            if (!have.uniqueConstraints.contains(columns))
                uniqueDifference(Change::Missing, want.name, columns);
        }
        for (const QStringList &columns : have.uniqueConstraints) {
            if (!want.uniqueConstraints.contains(columns))
                uniqueDifference(Change::Extra, want.name, columns);
        }
    }

    void uniqueDifference(Change change, const QString &table, const QStringList &columns)
    {
        const QString name = table + u' ' + columnList(columns);
        add(change, Object::UniqueConstraint, name,
            prefix(change)
                + QCoreApplication::translate("SchemaDiff", "unique constraint on %1").arg(name));
    }

    void compareForeignKeys(const SchemaTable &want, const SchemaTable &have)
    {
        for (const SchemaForeignKey &key : want.foreignKeys) {
            if (!have.foreignKeys.contains(key))
                foreignKeyDifference(Change::Missing, want.name, key);
        }
        for (const SchemaForeignKey &key : have.foreignKeys) {
            if (!want.foreignKeys.contains(key))
                foreignKeyDifference(Change::Extra, want.name, key);
        }
    }

    void foreignKeyDifference(Change change, const QString &table, const SchemaForeignKey &key)
    {
        add(change, Object::ForeignKey, table + u' ' + columnList(key.columns),
            prefix(change)
                + QCoreApplication::translate("SchemaDiff", "foreign key %1")
                      .arg(foreignKeyText(table, key)));
    }
};

} // namespace

QList<SchemaDifference> SchemaDiff::compare(
    const SchemaSnapshot &expected, const SchemaSnapshot &actual)
{
    Differ differ;
    differ.compareTables(expected, actual);
    differ.compareIndexes(expected, actual);
    differ.compareSql(Object::View, QCoreApplication::translate("SchemaDiff", "view"),
        expected.views, actual.views);
    differ.compareSql(Object::Trigger, QCoreApplication::translate("SchemaDiff", "trigger"),
        expected.triggers, actual.triggers);
    return differ.differences;
}

QStringList SchemaDiff::texts(const QList<SchemaDifference> &differences)
{
    QStringList lines;
    for (const SchemaDifference &difference : differences)
        lines << difference.text;
    return lines;
}

} // namespace retort
