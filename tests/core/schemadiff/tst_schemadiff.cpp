// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/BridgeProcess.h"
#include "engine/SchemaCompare.h"
#include "schemadiff/ModelDiff.h"
#include "schemadiff/SqliteSchemaText.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

namespace {

/// A diff as compact text: " =a|a", " -a|", " +|b", " ~a|b" per row.
QString render(const QList<DiffRow> &rows)
{
    QString text;
    for (const DiffRow &row : rows) {
        const char mark[] = {'=', '-', '+', '~'};
        text += u" "_s + QLatin1Char(mark[static_cast<int>(row.kind)]) + row.left + u"|"_s
            + row.right;
    }
    return text;
}

QJsonArray json(const char *text)
{
    return QJsonDocument::fromJson(text).array();
}

} // namespace

class TestSchemaDiff : public QObject {
    Q_OBJECT

private slots:
    void sideBySide_data();
    void sideBySide();
    void lineNumbersFollowEachSide();
    void ddlLinesNormalizeLayout();
    void readsAlembicDiffKinds();
    void groupsChangesByTable();
    void tableDefinitionsLeaveOutInternalTables();
    void missingDatabaseIsAnError();
    void diffsRealDatabaseAgainstModels();
};

void TestSchemaDiff::sideBySide_data()
{
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal") << QStringList {u"a"_s, u"b"_s} << QStringList {u"a"_s, u"b"_s}
                           << u" =a|a =b|b"_s;
    QTest::newRow("added at end") << QStringList {u"a"_s} << QStringList {u"a"_s, u"b"_s}
                                  << u" =a|a +|b"_s;
    QTest::newRow("removed in middle") << QStringList {u"a"_s, u"x"_s, u"b"_s}
                                       << QStringList {u"a"_s, u"b"_s} << u" =a|a -x| =b|b"_s;
    QTest::newRow("changed line") << QStringList {u"a"_s, u"x"_s, u"b"_s}
                                  << QStringList {u"a"_s, u"y"_s, u"b"_s} << u" =a|a ~x|y =b|b"_s;
    QTest::newRow("two replaced by three")
        << QStringList {u"a"_s, u"x1"_s, u"x2"_s, u"b"_s}
        << QStringList {u"a"_s, u"y1"_s, u"y2"_s, u"y3"_s, u"b"_s}
        << u" =a|a ~x1|y1 ~x2|y2 +|y3 =b|b"_s;
    QTest::newRow("left empty") << QStringList {} << QStringList {u"a"_s, u"b"_s} << u" +|a +|b"_s;
    QTest::newRow("right empty") << QStringList {u"a"_s} << QStringList {} << u" -a|"_s;
    QTest::newRow("both empty") << QStringList {} << QStringList {} << QString();
}

void TestSchemaDiff::sideBySide()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(QString, expected);
    const QList<DiffRow> rows = sideBySideDiff(left, right);
    QCOMPARE(render(rows), expected);
    QCOMPARE(changedRowCount(rows),
        static_cast<qsizetype>(expected.count(u'-') + expected.count(u'+') + expected.count(u'~')));
}

void TestSchemaDiff::lineNumbersFollowEachSide()
{
    const QList<DiffRow> rows
        = sideBySideDiff({u"a"_s, u"x"_s, u"b"_s, u"c"_s}, {u"a"_s, u"b"_s, u"n"_s, u"c"_s});
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0], (DiffRow {DiffRow::Kind::Same, u"a"_s, u"a"_s, 1, 1}));
    QCOMPARE(rows[1], (DiffRow {DiffRow::Kind::Removed, u"x"_s, {}, 2, 0}));
    QCOMPARE(rows[2], (DiffRow {DiffRow::Kind::Same, u"b"_s, u"b"_s, 3, 2}));
    QCOMPARE(rows[3], (DiffRow {DiffRow::Kind::Added, {}, u"n"_s, 0, 3}));
    QCOMPARE(rows[4], (DiffRow {DiffRow::Kind::Same, u"c"_s, u"c"_s, 4, 4}));
}

void TestSchemaDiff::ddlLinesNormalizeLayout()
{
    QCOMPARE(
        ddlLines(u"\nCREATE TABLE book (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n"_s),
        QStringList({u"CREATE TABLE book ("_s, u"    id INTEGER NOT NULL,"_s,
            u"    PRIMARY KEY (id)"_s, u")"_s}));
    // Batch mode's rebuild renames a temporary table: SQLite then quotes the name.
    QCOMPARE(ddlLines(u"CREATE TABLE \"book\" (id INTEGER)"_s),
        QStringList({u"CREATE TABLE book (id INTEGER)"_s}));
    QCOMPARE(ddlLines(u"CREATE UNIQUE INDEX \"ix_book\" ON book (id)"_s),
        QStringList({u"CREATE UNIQUE INDEX ix_book ON book (id)"_s}));
    // A name that needs its quotes keeps them.
    QCOMPARE(ddlLines(u"CREATE TABLE \"order items\" (id INTEGER)"_s),
        QStringList({u"CREATE TABLE \"order items\" (id INTEGER)"_s}));
}

void TestSchemaDiff::readsAlembicDiffKinds()
{
    // As the bridge reports autogenerate's diff tuples (retort_bridge.py, _diff_json).
    const QList<SchemaChange> changes = schemaChanges(json(R"json([
        {"kind": "add_table", "args": [{"table": "team", "schema": null,
            "columns": [{"column": "id", "type": "INTEGER", "nullable": false, "primary_key": true},
                        {"column": "title", "type": "VARCHAR(80)", "nullable": false, "primary_key": false}]}]},
        {"kind": "add_column", "args": [null, "account", {"column": "active", "type": "BOOLEAN",
            "nullable": true, "primary_key": false}]},
        {"kind": "remove_index", "args": [{"index": "ix_old", "unique": true, "table": "account",
            "columns": ["email"]}]},
        {"kind": "add_fk", "args": [{"constraint": "fk_team", "kind": "ForeignKeyConstraint",
            "table": "account", "columns": ["team_id"]}]},
        [{"kind": "modify_nullable", "args": [null, "account", "email",
            {"existing_type": "VARCHAR(100)"}, true, false]},
         {"kind": "modify_type", "args": [null, "account", "email",
            {"existing_nullable": true}, "VARCHAR(100)", "VARCHAR(200)"]}],
        {"kind": "add_mystery", "args": ["what"]}
    ])json"));
    QCOMPARE(changes.size(), 7);
    QCOMPARE(changes[0].object, SchemaChange::Object::Table);
    QCOMPARE(changes[0].action, SchemaChange::Action::Added);
    QCOMPARE(changes[0].details, u"id, title"_s);
    QCOMPARE(changes[1].table, u"account"_s);
    QCOMPARE(changes[1].name, u"active"_s);
    QCOMPARE(changes[1].details, u"BOOLEAN"_s);
    QCOMPARE(changes[2].object, SchemaChange::Object::Index);
    QCOMPARE(changes[2].action, SchemaChange::Action::Removed);
    QCOMPARE(changes[2].details, u"UNIQUE (email)"_s);
    QCOMPARE(changes[3].object, SchemaChange::Object::ForeignKey);
    QCOMPARE(changes[4].aspect, u"nullable"_s);
    QCOMPARE(changes[4].before, u"NULL"_s);
    QCOMPARE(changes[4].after, u"NOT NULL"_s);
    QCOMPARE(changes[4].details, u"VARCHAR(100)"_s);
    QCOMPARE(changes[5].aspect, u"type"_s);
    QCOMPARE(changes[5].before, u"VARCHAR(100)"_s);
    QCOMPARE(changes[5].after, u"VARCHAR(200)"_s);
    // Unknown kinds are kept, named by their kind.
    QCOMPARE(changes[6].name, u"add_mystery"_s);
    QCOMPARE(changes[6].action, SchemaChange::Action::Added);
}

void TestSchemaDiff::groupsChangesByTable()
{
    const QList<TableChanges> tables = changesByTable(schemaChanges(json(R"json([
        {"kind": "add_column", "args": [null, "account", {"column": "a", "type": "INTEGER"}]},
        {"kind": "add_table", "args": [{"table": "team", "columns": []}]},
        {"kind": "add_column", "args": [null, "account", {"column": "b", "type": "INTEGER"}]}
    ])json")));
    QCOMPARE(tables.size(), 2);
    QCOMPARE(tables[0].table, u"account"_s);
    QCOMPARE(tables[0].action, SchemaChange::Action::Changed);
    QCOMPARE(tables[0].changes.size(), 2);
    QCOMPARE(tables[1].table, u"team"_s);
    QCOMPARE(tables[1].action, SchemaChange::Action::Added);
}

void TestSchemaDiff::tableDefinitionsLeaveOutInternalTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.db"_s);
    QVERIFY(execute(path,
        {u"CREATE TABLE book (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT UNIQUE)"_s,
            u"CREATE INDEX ix_title ON book (title)"_s,
            u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"_s,
            u"INSERT INTO book (title) VALUES ('x')"_s}));
    const auto definitions = sqliteTableDefinitions(path);
    QVERIFY(definitions.ok());
    QCOMPARE(definitions->keys(), QStringList {u"book"_s}); // no sqlite_sequence, no version table
    QCOMPARE(definitions->value(u"book"_s),
        u"CREATE TABLE book (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT UNIQUE);\n\n"
        "CREATE INDEX ix_title ON book (title);"_s);
}

void TestSchemaDiff::missingDatabaseIsAnError()
{
    QTemporaryDir dir;
    const auto definitions = sqliteTableDefinitions(dir.filePath(u"nothing/here.db"_s));
    QVERIFY(!definitions.ok());
    QCOMPARE(definitions.error().kind, Error::Kind::Database);
}

void TestSchemaDiff::diffsRealDatabaseAgainstModels()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"project"_s);
    const QString database = QDir(project).filePath(u"app.db"_s);
    QVERIFY(copyProject(project));
    TrustStore trust(dir.filePath(u"trust.ini"_s));
    QVERIFY(trust.trust(project).ok());
    BridgeRequest request;
    request.projectDir = project;
    request.databasePath = database;
    request.operation = BridgeRequest::Operation::Upgrade;
    request.target = u"head"_s;
    BridgeProcess bridge(testPython(), *BridgeProcess::locateScript());
    QVERIFY(bridge.run(request).ok());
    QVERIFY(installFile(project, u"variants/env_with_metadata.py"_s, u"migrations/env.py"_s));

    SchemaCompare compare(&trust);
    compare.setInterpreter(testPython());
    request.operation = BridgeRequest::Operation::Compare;
    const CompareReport report = compare.run(request);
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.modelDefinitions.keys(), QStringList({u"account"_s, u"team"_s}));

    const auto databaseDefinitions = sqliteTableDefinitions(database);
    QVERIFY(databaseDefinitions.ok());
    const QList<TableDiff> diffs = tableDiffs(
        changesByTable(schemaChanges(report.diffs)), *databaseDefinitions, report.modelDefinitions);
    QCOMPARE(diffs.size(), 2);
    const auto byName = [&](const QString &table) {
        return *std::find_if(diffs.cbegin(), diffs.cend(),
            [&](const TableDiff &diff) { return diff.changes.table == table; });
    };
    const TableDiff team = byName(u"team"_s);
    QCOMPARE(team.changes.action, SchemaChange::Action::Added);
    QVERIFY(team.databaseLines.isEmpty());
    QCOMPARE(team.modelLines.first(), u"CREATE TABLE team ("_s);
    QCOMPARE(changedRowCount(team.rows), team.rows.size());

    // The account table: the same DDL on both sides but for the models' new column.
    const TableDiff account = byName(u"account"_s);
    QCOMPARE(account.changes.action, SchemaChange::Action::Changed);
    QCOMPARE(account.changes.changes.size(), 1);
    QCOMPARE(account.changes.changes[0].name, u"active"_s);
    QStringList added;
    for (const DiffRow &row : account.rows) {
        if (row.kind != DiffRow::Kind::Same)
            added << row.right;
    }
    QCOMPARE(added.size(), 1);
    QVERIFY2(added[0].contains(u"active BOOLEAN"_s), qPrintable(added.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
