// SPDX-License-Identifier: MIT
#include "schemadiff/SqliteSchemaText.h"

#include "engine/SqliteConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace retort {

using namespace Qt::StringLiterals;

Result<QMap<QString, QString>> sqliteTableDefinitions(
    const QString &databasePath, const QString &versionTable)
{
    SqliteConnection connection(databasePath, SqliteConnection::Mode::ReadOnly, 2000);
    if (Result<void> opened = connection.open(); !opened)
        return opened.error();
    QSqlQuery query(connection.database());
    // Tables first, then their indexes by name; automatic indexes have no SQL.
    const QString statement = u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "WHERE sql IS NOT NULL AND type IN ('table', 'index') "
                              "AND tbl_name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name <> ? "
                              "ORDER BY tbl_name, type = 'index', name"_s;
    query.prepare(statement);
    query.addBindValue(versionTable);
    if (!query.exec()) {
        return makeError(Error::Kind::Database,
            QCoreApplication::translate("SqliteSchemaText", "Cannot read the schema of %1: %2")
                .arg(databasePath, query.lastError().text()),
            databasePath);
    }
    QMap<QString, QString> definitions;
    while (query.next()) {
        QString &ddl = definitions[query.value(2).toString()];
        if (!ddl.isEmpty())
            ddl += u"\n\n"_s;
        ddl += query.value(3).toString().trimmed() + u';';
    }
    return definitions;
}

QStringList ddlLines(const QString &ddl)
{
    static const QRegularExpression quotedName(
        uR"re(^(\s*CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+(?:IF\s+NOT\s+EXISTS\s+)?)"([A-Za-z_][A-Za-z0-9_]*)")re"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    for (QString line : ddl.split(u'\n')) {
        line.replace(u'\t', u"    "_s);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        line.replace(quotedName, u"\\1\\2"_s);
        lines << line;
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace retort
