// SPDX-License-Identifier: MIT
#include "checks/SchemaSnapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

QString collapsed(const QString &sql)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return QString(sql).replace(spaces, u" "_s).trimmed();
}

/// Reads one database on a private connection; every query binds its values (the pragma
/// table-valued functions take the table or index name as a bound argument).
class SchemaReader {
public:
    SchemaReader(QSqlDatabase db, QStringList ignored) : m_db(db), m_ignored(std::move(ignored)) { }

    Result<SchemaSnapshot> read()
    {
        QSqlQuery objects(m_db);
        if (!objects.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"_s))
            return failure(objects);
        SchemaSnapshot snapshot;
        while (objects.next()) {
            const QString type = objects.value(0).toString();
            const QString name = objects.value(1).toString();
            const QString table = objects.value(2).toString();
            if (m_ignored.contains(table, Qt::CaseInsensitive))
                continue;
            if (type == "table"_L1) {
                auto read = readTable(name);
                if (!read)
                    return read.error();
                snapshot.tables.insert(name, *read);
            } else if (type == "view"_L1) {
                snapshot.views.insert(name, collapsed(objects.value(3).toString()));
            } else if (type == "trigger"_L1) {
                snapshot.triggers.insert(name, collapsed(objects.value(3).toString()));
            }
        }
        for (auto table = snapshot.tables.begin(); table != snapshot.tables.end(); ++table) {
            auto indexes = readIndexes(table.key(), table.value());
            if (!indexes)
                return indexes.error();
            for (const SchemaIndex &index : *indexes)
                snapshot.indexes.insert(index.name, index);
        }
        return snapshot;
    }

private:
    Error failure(const QSqlQuery &query) const
    {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SchemaSnapshot", "Cannot read the schema of %1: %2")
                .arg(m_db.databaseName(), query.lastError().text()),
            m_db.databaseName());
    }

    Result<QSqlQuery> bound(const QString &sql, const QString &value) const
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query);
        query.addBindValue(value);
        if (!query.exec())
            return failure(query);
        return query;
    }

    Result<SchemaTable> readTable(const QString &name) const
    {
        SchemaTable table;
        table.name = name;
        auto columns = bound(
            u"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"_s, name);
        if (!columns)
            return columns.error();
        while (columns->next()) {
            SchemaColumn column;
            column.name = columns->value(0).toString();
            column.type = columns->value(1).toString().toUpper();
            column.notNull = columns->value(2).toInt() != 0;
            column.hasDefault = !columns->value(3).isNull();
            column.defaultValue = columns->value(3).toString();
            column.primaryKey = columns->value(4).toInt();
            table.columns << column;
        }
        auto keys = bound(u"SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                          "FROM pragma_foreign_key_list(?) ORDER BY id, seq"_s,
            name);
        if (!keys)
            return keys.error();
        int currentId = -1;
        while (keys->next()) {
            if (keys->value(0).toInt() != currentId) {
                currentId = keys->value(0).toInt();
                table.foreignKeys << SchemaForeignKey {{}, keys->value(1).toString(), {},
                    keys->value(4).toString(), keys->value(5).toString()};
            }
            SchemaForeignKey &key = table.foreignKeys.last();
            key.columns << keys->value(2).toString();
            if (!keys->value(3).isNull())
                key.referredColumns << keys->value(3).toString();
        }
        return table;
    }

    Result<QStringList> indexColumns(const QString &index) const
    {
        auto info = bound(u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s, index);
        if (!info)
            return info.error();
        QStringList columns;
        while (info->next())
            columns << (info->value(0).isNull() ? u"<expression>"_s : info->value(0).toString());
        return columns;
    }

    Result<QList<SchemaIndex>> readIndexes(const QString &tableName, SchemaTable &table) const
    {
        auto list = bound(u"SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) "
                          "ORDER BY name"_s,
            tableName);
        if (!list)
            return list.error();
        QList<SchemaIndex> indexes;
        while (list->next()) {
            const QString name = list->value(0).toString();
            const QString origin = list->value(2).toString();
            auto columns = indexColumns(name);
            if (!columns)
                return columns.error();
            if (origin == "u"_L1) {
                table.uniqueConstraints << *columns;
            } else if (origin == "c"_L1) {
                SchemaIndex index {name, tableName, *columns, list->value(1).toInt() != 0, {}};
                if (list->value(3).toInt() != 0)
                    index.where = partialClause(name);
                indexes << index;
            }
        }
        return indexes;
    }

    QString partialClause(const QString &index) const
    {
        auto sql
            = bound(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"_s, index);
        if (!sql || !sql->next())
            return {};
        const QString text = collapsed(sql->value(0).toString());
        const qsizetype where = text.lastIndexOf(u" WHERE "_s, -1, Qt::CaseInsensitive);
        return where < 0 ? text : text.mid(where + 7);
    }

    QSqlDatabase m_db;
    QStringList m_ignored;
};

} // namespace

const SchemaColumn *SchemaTable::column(const QString &columnName) const
{
    for (const SchemaColumn &candidate : columns) {
        if (candidate.name == columnName)
            return &candidate;
    }
    return nullptr;
}

Result<SchemaSnapshot> SchemaSnapshot::read(const QString &path, const QStringList &ignoredTables)
{
    if (!QFileInfo::exists(path))
        return SchemaSnapshot {};
    const QString name = u"retort-checks-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<SchemaSnapshot> result = SchemaSnapshot {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (!db.open()) {
            result = makeError(Error::Kind::Database,
                QCoreApplication::translate("SchemaSnapshot", "Cannot open the database %1: %2")
                    .arg(path, db.lastError().text()),
                path);
        } else {
            result = SchemaReader(db, ignoredTables).read();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace retort
