// SPDX-License-Identifier: MIT
#include "lint/ScriptSource.h"

#include <QTest>

using namespace retort;

using Body = ScriptSource::Body;

class tst_ScriptSource : public QObject {
    Q_OBJECT

private slots:
    void bodies_data();
    void bodies();
    void ignores_data();
    void ignores();
};

void tst_ScriptSource::bodies_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("upgrade");
    QTest::addColumn<int>("downgrade");
    QTest::addColumn<bool>("downgradeExecutes");

    QTest::newRow("pass and docstring")
        << QByteArray("def upgrade():\n    \"\"\"Doc.\"\"\"\n    pass\n\n"
                      "def downgrade():\n    ...\n")
        << int(Body::Empty) << int(Body::Empty) << false;
    QTest::newRow("missing downgrade") << QByteArray("def upgrade():\n    op.f()\n")
                                       << int(Body::Code) << int(Body::Missing) << false;
    QTest::newRow("raise only, comments")
        << QByteArray("def upgrade() -> None:\n    # nothing\n    pass\n"
                      "def downgrade() -> None:\n    # irreversible\n"
                      "    raise NotImplementedError()\n")
        << int(Body::Empty) << int(Body::RaisesOnly) << false;
    QTest::newRow("raise inside if is code")
        << QByteArray("def upgrade(): pass\n"
                      "def downgrade():\n    if True:\n        raise RuntimeError()\n")
        << int(Body::Empty) << int(Body::Code) << false;
    QTest::newRow("connection execute")
        << QByteArray("def upgrade():\n    pass\n"
                      "def downgrade():\n    bind = op.get_bind()\n"
                      "    bind.execute(sa.text('DELETE FROM t'))\n")
        << int(Body::Empty) << int(Body::Code) << true;
    QTest::newRow("nested def is not module level")
        << QByteArray("class X:\n    def upgrade(self):\n        pass\n") << int(Body::Missing)
        << int(Body::Missing) << false;
    QTest::newRow("unlexable source keeps code")
        << QByteArray("def upgrade():\n    x = '\n") << int(Body::Code) << int(Body::Code) << true;
}

void tst_ScriptSource::bodies()
{
    QFETCH(QByteArray, source);
    const ScriptSource scanned = ScriptSource::scan(source);
    QTEST(int(scanned.upgradeBody()), "upgrade");
    QTEST(int(scanned.downgradeBody()), "downgrade");
    QTEST(scanned.downgradeExecutes(), "downgradeExecutes");
}

void tst_ScriptSource::ignores_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("ignored");

    QTest::newRow("one id") << QByteArray("x = 1  # retort: ignore[DATA001]") << "DATA001" << true;
    QTest::newRow("other id") << QByteArray("x = 1  # retort: ignore[DATA001]") << "DATA002"
                              << false;
    QTest::newRow("list with spaces")
        << QByteArray("x = 1  #retort:ignore[ DATA001 , DATA002 ]") << "DATA002" << true;
    QTest::newRow("bare ignores all") << QByteArray("x = 1  # retort: ignore") << "REV003" << true;
    QTest::newRow("bare with reason")
        << QByteArray("x = 1  # retort: ignore because reviewed") << "REV003" << true;
    QTest::newRow("not a directive") << QByteArray("x = 1  # retort: ignored") << "REV003" << false;
    QTest::newRow("in a string") << QByteArray("x = '# retort: ignore'") << "REV003" << false;
    QTest::newRow("empty list") << QByteArray("x = 1  # retort: ignore[]") << "REV003" << false;
}

void tst_ScriptSource::ignores()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, rule);
    const ScriptSource scanned = ScriptSource::scan("a = 1\n" + line + "\nb = 2\n");
    QTEST(scanned.ignores(2, rule), "ignored");
    QVERIFY(!scanned.ignores(1, rule) && !scanned.ignores(3, rule));
}

QTEST_GUILESS_MAIN(tst_ScriptSource)
#include "tst_scriptsource.moc"
