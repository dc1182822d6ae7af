// SPDX-License-Identifier: MIT
#include "scripts/ScriptParser.h"

#include <QFile>
#include <QTest>

using namespace retort;

namespace {

// One line per operation: "name table [col,col] batch=<table>|- @line".
QString describe(const QList<ScriptOperation> &ops)
{
    QStringList lines;
    for (const ScriptOperation &op : ops) {
        lines.append(
            QStringLiteral("%1 %2 [%3] %4 @%5")
                .arg(op.name, op.table.isEmpty() ? QStringLiteral("?") : op.table,
                    op.columns.join(QLatin1Char(',')),
                    op.inBatch ? QStringLiteral("batch=") + op.batchTable : QStringLiteral("-"))
                .arg(op.line));
    }
    return lines.join(QLatin1Char('\n'));
}

const QByteArray kHeader("revision = 'a'\ndown_revision = None\n\n");

} // namespace

class tst_OperationExtractor : public QObject {
    Q_OBJECT

private slots:
    void operations_data();
    void operations();
    void arguments_data();
    void arguments();
    void example();
};

void tst_OperationExtractor::operations_data()
{
    QTest::addColumn<QByteArray>("body"); // appended after a 3-line header: line 4 is the first
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");

    QTest::newRow("create table with columns and constraints")
        << QByteArray("def upgrade():\n"
                      "    op.create_table('users',\n"
                      "        sa.Column('id', sa.Integer(), nullable=False),\n"
                      "        Column(name='email'),\n"
                      "        sa.PrimaryKeyConstraint('id', name=op.f('pk_users')))\n")
        << "create_table users [id,email] - @5"
        << "";
    QTest::newRow("nested helpers are arguments")
        << QByteArray("def upgrade():\n"
                      "    op.create_index(op.f('ix_users_email'), 'users', ['email', 'org'],"
                      " unique=True)\n"
                      "    op.drop_index(op.f('ix_old'), table_name='users')\n"
                      "    bind = op.get_bind()\n")
        << "create_index users [email,org] - @5\ndrop_index users [] - @6"
        << "";
    QTest::newRow("literals versus variables")
        << QByteArray("TABLE = 'users'\n"
                      "def upgrade():\n"
                      "    op.add_column(TABLE, sa.Column(name_var, sa.String()))\n"
                      "    op.drop_column('users', column_name='age')\n"
                      "    op.alter_column(table_name='users', column_name=col)\n"
                      "    op.create_index('ix', 'users', [sa.text('lower(name)'), 'b'])\n")
        << "add_column ? [] - @6\ndrop_column users [age] - @7\nalter_column users [] - @8\n"
           "create_index users [b] - @9"
        << "";
    QTest::newRow("batch blocks")
        << QByteArray("def upgrade():\n"
                      "    with op.batch_alter_table('notes', schema=None) as batch_op:\n"
                      "        batch_op.add_column(sa.Column('pinned', sa.Boolean()))\n"
                      "        batch_op.create_index(batch_op.f('ix_t'), ['title'])\n"
                      "        batch_op.create_foreign_key('fk', 'users', ['user_id'], "
                      "['id'])\n"
                      "    op.drop_table('after')\n"
                      "\n"
                      "def downgrade():\n"
                      "    with op.batch_alter_table(table_name='notes') as b:\n"
                      "        b.drop_column('pinned')\n"
                      "        b.alter_column(column_name='title', nullable=True)\n")
        << "batch_alter_table notes [] - @5\nadd_column notes [pinned] batch=notes @6\n"
           "create_index notes [title] batch=notes @7\n"
           "create_foreign_key notes [user_id] batch=notes @8\ndrop_table after [] - @9"
        << "batch_alter_table notes [] - @12\ndrop_column notes [pinned] batch=notes @13\n"
           "alter_column notes [title] batch=notes @14";
    QTest::newRow("nested batch blocks shadow and end")
        << QByteArray("def upgrade():\n"
                      "    with op.batch_alter_table('a') as b:\n"
                      "        if True:\n"
                      "            with op.batch_alter_table('c') as b:\n"
                      "                b.drop_column('x')\n"
                      "        b.drop_column('y')\n"
                      "    b.drop_column('z')\n")
        << "batch_alter_table a [] - @5\nbatch_alter_table c [] - @7\n"
           "drop_column c [x] batch=c @8\ndrop_column a [y] batch=a @9"
        << "";
    QTest::newRow("batch with a variable table")
        << QByteArray("def upgrade():\n"
                      "    with op.batch_alter_table(name) as batch_op:\n"
                      "        batch_op.drop_column('x')\n")
        << "batch_alter_table ? [] - @5\ndrop_column ? [x] batch= @6"
        << "";
    QTest::newRow("other signatures")
        << QByteArray("def upgrade():\n"
                      "    op.create_foreign_key('fk', 'a', 'b', ['b_id'], ['id'])\n"
                      "    op.create_unique_constraint('uq', 'a', ('x', 'y'))\n"
                      "    op.create_primary_key('pk', table_name='a', columns=['id'])\n"
                      "    op.drop_constraint('fk', 'a', type_='foreignkey')\n"
                      "    op.rename_table('a', 'b')\n"
                      "    op.create_check_constraint('ck', 'b', 'x > 0')\n"
                      "    op.my_custom_op('t', 'c')\n")
        << "create_foreign_key a [b_id] - @5\ncreate_unique_constraint a [x,y] - @6\n"
           "create_primary_key a [id] - @7\ndrop_constraint a [] - @8\n"
           "rename_table a [] - @9\ncreate_check_constraint b [] - @10\n"
           "my_custom_op ? [] - @11"
        << "";
    QTest::newRow("control flow and one-line bodies")
        << QByteArray("def upgrade():\n"
                      "    for t in ('a', 'b'):\n"
                      "        op.drop_table(t)\n"
                      "    if x: op.drop_table('c'); op.drop_table('d')\n"
                      "def downgrade(): op.create_table('c')\n")
        << "drop_table ? [] - @6\ndrop_table c [] - @7\ndrop_table d [] - @7"
        << "create_table c [] - @8";
    QTest::newRow("only upgrade and downgrade count") << QByteArray(
        "op.drop_table('module')\n"
        "def helper():\n"
        "    op.drop_table('helper')\n"
        "class K:\n"
        "    def upgrade(self):\n"
        "        op.drop_table('method')\n"
        "def upgrade():\n"
        "    def inner():\n"
        "        op.drop_table('inner')\n"
        "    self.op.drop_table('attribute')\n") << "drop_table inner [] - @12"
                                                      << "";
    QTest::newRow("redefinition replaces") << QByteArray("def upgrade():\n"
                                                         "    op.drop_table('first')\n"
                                                         "def upgrade():\n"
                                                         "    op.drop_table('second')\n")
                                           << "drop_table second [] - @7"
                                           << "";
    QTest::newRow("typed and async definitions")
        << QByteArray("async def upgrade() -> None:\n"
                      "    op.drop_table('x')\n"
                      "@decorator\n"
                      "def downgrade() -> None:\n"
                      "    op.create_table(\n"
                      "        'x', sa.Column('id', sa.Integer()), *extra)\n")
        << "drop_table x [] - @5"
        << "create_table x [id] - @8";
}

void tst_OperationExtractor::operations()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    const RevisionScript script = ScriptParser::parse(QStringLiteral("/x/ops.py"), kHeader + body);
    QVERIFY2(!script.error, qPrintable(script.error ? script.error->message : QString()));
    QCOMPARE(describe(script.upgradeOps), upgrade);
    QCOMPARE(describe(script.downgradeOps), downgrade);
}

void tst_OperationExtractor::arguments_data()
{
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<bool>("literalSql");

    QTest::newRow("execute literal")
        << QByteArray("op.execute(\"UPDATE t SET a = 'x'\")") << "UPDATE t SET a = 'x'" << true;
    QTest::newRow("execute concatenated triple")
        << QByteArray("op.execute(\n    '''UPDATE t\n       SET a = 1'''\n    ' WHERE b')")
        << "UPDATE t\n       SET a = 1 WHERE b" << true;
    QTest::newRow("execute text()")
        << QByteArray("op.execute(sa.text('DELETE FROM t'))") << "DELETE FROM t" << true;
    QTest::newRow("execute keyword")
        << QByteArray("op.execute(sqltext=r'SELECT \\d')") << "SELECT \\d" << true;
    QTest::newRow("execute variable") << QByteArray("op.execute(  stmt  )") << "stmt" << false;
    QTest::newRow("execute f-string")
        << QByteArray("op.execute(f'DROP {name}')") << "f'DROP {name}'" << false;
    QTest::newRow("folded whitespace")
        << QByteArray("op.add_column('t',\n        sa.Column('c',   sa.Integer()))  # note")
        << "'t', sa.Column('c', sa.Integer())" << false;
}

void tst_OperationExtractor::arguments()
{
    QFETCH(QByteArray, call);
    QFETCH(QString, arguments);
    QFETCH(bool, literalSql);
    const RevisionScript script = ScriptParser::parse(
        QStringLiteral("/x/ops.py"), kHeader + "def upgrade():\n    " + call + "\n");
    QVERIFY(!script.error);
    QCOMPARE(script.upgradeOps.size(), 1);
    QCOMPARE(script.upgradeOps[0].arguments, arguments);
    QCOMPARE(script.upgradeOps[0].literalSql, literalSql);
}

// A script from the examples folder, read end to end.
void tst_OperationExtractor::example()
{
    const QString path = QStringLiteral(RETORT_TEST_DATA_DIR "/scripts/parser/typed.py");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const RevisionScript script = ScriptParser::parse(path, file.readAll());
    QCOMPARE(describe(script.upgradeOps),
        QStringLiteral("batch_alter_table users [] - @22\n"
                       "add_column users [nickname] batch=users @23\n"
                       "alter_column users [email] batch=users @24"));
    QCOMPARE(describe(script.downgradeOps),
        QStringLiteral("batch_alter_table users [] - @28\n"
                       "alter_column users [email] batch=users @29\n"
                       "drop_column users [nickname] batch=users @30"));
}

QTEST_GUILESS_MAIN(tst_OperationExtractor)
#include "tst_operationextractor.moc"
