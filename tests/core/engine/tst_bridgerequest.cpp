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

QTEST_GUILESS_MAIN(TestBridgeRequest)
#include "tst_bridgerequest.moc"
