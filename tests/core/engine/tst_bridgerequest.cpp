// SPDX-License-Identifier: MIT
#include "engine/BridgeRequest.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

class TestBridgeRequest : public QObject {
    Q_OBJECT

private slots:
    void operations_data();
    void operations();
    void toJson();
    void defaultsAndOptionalFields();
    void revisionFields();
    void mergeFields();
};

void TestBridgeRequest::operations_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<bool>("offline");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("writes");

    QTest::newRow("current") << int(BridgeRequest::Operation::Current) << false << u"current"_s
                             << false;
    QTest::newRow("upgrade") << int(BridgeRequest::Operation::Upgrade) << false << u"upgrade"_s
                             << true;
    QTest::newRow("upgrade --sql")
        << int(BridgeRequest::Operation::Upgrade) << true << u"upgrade"_s << false;
    QTest::newRow("downgrade") << int(BridgeRequest::Operation::Downgrade) << false
                               << u"downgrade"_s << true;
    QTest::newRow("stamp") << int(BridgeRequest::Operation::Stamp) << false << u"stamp"_s << true;
    QTest::newRow("compare") << int(BridgeRequest::Operation::Compare) << false << u"compare"_s
                             << false;
    QTest::newRow("check") << int(BridgeRequest::Operation::Check) << false << u"check"_s << false;
    // Revision and merge write files, never the database.
    QTest::newRow("revision") << int(BridgeRequest::Operation::Revision) << false << u"revision"_s
                              << false;
    QTest::newRow("merge") << int(BridgeRequest::Operation::Merge) << false << u"merge"_s << false;
}

void TestBridgeRequest::operations()
{
    QFETCH(int, operation);
    QFETCH(bool, offline);
    QFETCH(QString, name);
    QFETCH(bool, writes);
    BridgeRequest request;
    request.operation = static_cast<BridgeRequest::Operation>(operation);
    request.offline = offline;
    QCOMPARE(request.operationName(), name);
    QCOMPARE(request.writes(), writes);
    QCOMPARE(request.toJson().value("operation"_L1).toString(), name);
}

void TestBridgeRequest::toJson()
{
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Stamp;
    request.projectDir = u"/srv/project"_s;
    request.iniPath = u"conf/alembic.ini"_s;
    request.iniSection = u"tenant"_s;
    request.databasePath = u"/srv/project/app.db"_s;
    request.target = u"head"_s;
    request.purge = true;
    request.tag = u"v2"_s;
    request.xArguments = {u"tenant=acme"_s};
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("project_dir"_L1).toString(), u"/srv/project"_s);
    QCOMPARE(json.value("ini"_L1).toString(), u"conf/alembic.ini"_s);
    QCOMPARE(json.value("ini_section"_L1).toString(), u"tenant"_s);
    QCOMPARE(json.value("database"_L1).toString(), u"/srv/project/app.db"_s);
    QCOMPARE(json.value("target"_L1).toString(), u"head"_s);
    QCOMPARE(json.value("purge"_L1).toBool(), true);
    QCOMPARE(json.value("sql"_L1).toBool(), false);
    QCOMPARE(json.value("tag"_L1).toString(), u"v2"_s);
    QCOMPARE(json.value("x"_L1).toArray(), QJsonArray {u"tenant=acme"_s});
}

void TestBridgeRequest::defaultsAndOptionalFields()
{
    BridgeRequest request;
    request.projectDir = u"relative/project"_s;
    request.databasePath = u"relative/app.db"_s;
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("ini"_L1).toString(), u"alembic.ini"_s);
    QCOMPARE(json.value("ini_section"_L1).toString(), u"alembic"_s);
    // Paths go out absolute: the bridge changes into the project folder.
    QCOMPARE(json.value("project_dir"_L1).toString(), QDir(u"relative/project"_s).absolutePath());
    QCOMPARE(json.value("database"_L1).toString(), QDir(u"relative/app.db"_s).absolutePath());
    QVERIFY(!json.contains("target"_L1));
    QVERIFY(!json.contains("tag"_L1));
}

void TestBridgeRequest::revisionFields()
{
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Revision;
    request.message = u"add audit"_s;
    request.autogenerate = true;
    request.head = u"reports@head"_s;
    request.splice = true;
    request.branchLabel = u"audit"_s;
    request.dependsOn = {u"1a2b"_s, u"2b3c"_s};
    request.versionPath = u"migrations/audit"_s;
    request.revId = u"abc123"_s;
    request.revisions = {u"ignored"_s};
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("message"_L1).toString(), u"add audit"_s);
    QCOMPARE(json.value("autogenerate"_L1).toBool(), true);
    QCOMPARE(json.value("head"_L1).toString(), u"reports@head"_s);
    QCOMPARE(json.value("splice"_L1).toBool(), true);
    QCOMPARE(json.value("branch_label"_L1).toString(), u"audit"_s);
    QCOMPARE(json.value("depends_on"_L1).toArray(), QJsonArray({u"1a2b"_s, u"2b3c"_s}));
    QCOMPARE(json.value("version_path"_L1).toString(), u"migrations/audit"_s);
    QCOMPARE(json.value("rev_id"_L1).toString(), u"abc123"_s);
    QVERIFY(!json.contains("revisions"_L1));
}

void TestBridgeRequest::mergeFields()
{
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Merge;
    request.message = u"join"_s;
    request.revisions = {u"a1"_s, u"b2"_s};
    request.head = u"ignored"_s;
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value("message"_L1).toString(), u"join"_s);
    QCOMPARE(json.value("revisions"_L1).toArray(), QJsonArray({u"a1"_s, u"b2"_s}));
    QVERIFY(!json.contains("head"_L1));
    QVERIFY(!json.contains("autogenerate"_L1));
    QVERIFY(!json.contains("rev_id"_L1)); // empty options are left to Alembic's defaults
    // Other operations carry none of these fields.
    request.operation = BridgeRequest::Operation::Upgrade;
    QVERIFY(!request.toJson().contains("message"_L1));
}

QTEST_GUILESS_MAIN(TestBridgeRequest)
#include "tst_bridgerequest.moc"
