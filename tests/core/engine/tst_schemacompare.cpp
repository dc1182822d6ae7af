// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/SchemaCompare.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

namespace {

// "kind table.column" for each difference, sorted: Alembic's order is not part of the contract.
QStringList summarize(const QJsonArray &diffs)
{
    QStringList lines;
    for (const auto &entry : diffs) {
        const QJsonObject diff = entry.toObject();
        const QJsonArray args = diff.value("args"_L1).toArray();
        const QString kind = diff.value("kind"_L1).toString();
        if (kind == "add_table"_L1 || kind == "remove_table"_L1)
            lines << kind + u' ' + args.at(0).toObject().value("table"_L1).toString();
        else if (kind == "add_column"_L1 || kind == "remove_column"_L1)
            lines << kind + u' ' + args.at(1).toString() + u'.'
                    + args.at(2).toObject().value("column"_L1).toString();
        else if (kind == "add_index"_L1 || kind == "remove_index"_L1)
            lines << kind + u' ' + args.at(0).toObject().value("index"_L1).toString();
        else
            lines << kind;
    }
    lines.sort();
    return lines;
}

QStringList listFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestSchemaCompare : public QObject {
    Q_OBJECT

private slots:
    void init();
    void comparesMetadataWithTheDatabase();
    void comparesWithADatabaseThatDoesNotExist();
    void envWithoutMetadataGivesAlembicsError();
    void check_data();
    void check();
    void untrustedFolderIsRefused();

private:
    BridgeRequest request() const;

    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
    std::unique_ptr<TrustStore> m_trust;
};

void TestSchemaCompare::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(),
        "set RETORT_TEST_PYTHON to a Python with alembic and sqlalchemy");
    const QString sub = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    m_project = QDir(sub).filePath(u"project"_s);
    m_database = QDir(m_project).filePath(u"app.db"_s);
    QVERIFY(copyProject(m_project));
    m_trust = std::make_unique<TrustStore>(QDir(sub).filePath(u"trust.ini"_s));
    QVERIFY(m_trust->trust(m_project).ok());
}

BridgeRequest TestSchemaCompare::request() const
{
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Compare;
    request.projectDir = m_project;
    request.databasePath = m_database;
    return request;
}

void TestSchemaCompare::comparesMetadataWithTheDatabase()
{
    const auto script = BridgeProcess::locateScript();
    QVERIFY(script.ok());
    BridgeProcess bridge(testPython(), *script);
    auto upgrade = request();
    upgrade.operation = BridgeRequest::Operation::Upgrade;
    upgrade.target = u"head"_s;
    QVERIFY(bridge.run(upgrade).ok());
    QVERIFY(installFile(m_project, u"variants/env_with_metadata.py"_s, u"migrations/env.py"_s));
    const QStringList before = snapshot(m_database);
    const QStringList filesBefore = listFiles(m_project);

    SchemaCompare compare(m_trust.get());
    compare.setInterpreter(testPython());
    const auto report = compare.run(request());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QVERIFY(report.hasChanges());
    QCOMPARE(summarize(report.diffs),
        QStringList({u"add_column account.active"_s, u"add_table team"_s}));
    QCOMPARE(report.heads, QStringList {u"3c4d5e6f7081"_s});
    QVERIFY(report.upgradePython.contains(u"op.create_table('team'"_s));
    QVERIFY(report.upgradePython.contains(
        u"batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=True))"_s));
    QVERIFY(report.downgradePython.contains(u"op.drop_table('team')"_s));
    QVERIFY(report.downgradePython.contains(u"batch_op.drop_column('active')"_s));
    // Nothing was written: neither the database nor the project.
    QCOMPARE(snapshot(m_database), before);
    QCOMPARE(listFiles(m_project), filesBefore);
}

void TestSchemaCompare::comparesWithADatabaseThatDoesNotExist()
{
    QVERIFY(installFile(m_project, u"variants/env_with_metadata.py"_s, u"migrations/env.py"_s));
    SchemaCompare compare(m_trust.get());
    compare.setInterpreter(testPython());
    const auto report = compare.run(request());
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(summarize(report.diffs),
        QStringList(
            {u"add_index ix_account_email"_s, u"add_table account"_s, u"add_table team"_s}));
    QVERIFY(report.heads.isEmpty());
    QVERIFY(!QFileInfo::exists(m_database));
}

void TestSchemaCompare::envWithoutMetadataGivesAlembicsError()
{
    SchemaCompare compare(m_trust.get());
    compare.setInterpreter(testPython());
    const auto report = compare.run(request());
    QVERIFY(!report.ok());
    QCOMPARE(report.bridge.status, BridgeOutcome::Status::Failed);
    QVERIFY2(report.error->message.contains(u"does not provide a MetaData object"_s),
        qPrintable(report.error->message));
}

void TestSchemaCompare::check_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("upgradeTo"); // empty: the database does not exist
    QTest::addColumn<QString>("error"); // Alembic's wording, empty when the check runs
    QTest::addColumn<QStringList>("differences");

    QTest::newRow("models match head")
        << u"variants/env_matching_head.py"_s << u"head"_s << QString() << QStringList();
    QTest::newRow("models ahead of head")
        << u"variants/env_with_metadata.py"_s << u"head"_s << QString()
        << QStringList({u"add_column account.active"_s, u"add_table team"_s});
    QTest::newRow("database behind head")
        << u"variants/env_matching_head.py"_s << u"2b3c4d5e6f70"_s
        << u"Target database is not up to date."_s << QStringList();
    QTest::newRow("no database") << u"variants/env_matching_head.py"_s << QString()
                                 << u"Target database is not up to date."_s << QStringList();
}

void TestSchemaCompare::check()
{
    QFETCH(QString, env);
    QFETCH(QString, upgradeTo);
    QFETCH(QString, error);
    QFETCH(QStringList, differences);
    if (!upgradeTo.isEmpty()) {
        BridgeProcess bridge(testPython(), *BridgeProcess::locateScript());
        auto upgrade = request();
        upgrade.operation = BridgeRequest::Operation::Upgrade;
        upgrade.target = upgradeTo;
        QVERIFY(bridge.run(upgrade).ok());
    }
    QVERIFY(installFile(m_project, env, u"migrations/env.py"_s));
    const QStringList before = snapshot(m_database);

    SchemaCompare compare(m_trust.get());
    compare.setInterpreter(testPython());
    auto checkRequest = request();
    checkRequest.operation = BridgeRequest::Operation::Check;
    const auto report = compare.run(checkRequest);
    if (!error.isEmpty()) {
        QVERIFY(!report.ok());
        QCOMPARE(report.bridge.status, BridgeOutcome::Status::Failed);
        QVERIFY2(report.error->message.contains(error), qPrintable(report.error->message));
    } else {
        QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
        QCOMPARE(report.hasChanges(), !differences.isEmpty());
        QCOMPARE(summarize(report.diffs), differences);
        QCOMPARE(report.bridge.result.value("clean"_L1).toBool(), differences.isEmpty());
        QCOMPARE(report.heads, QStringList {u"3c4d5e6f7081"_s});
    }
    if (upgradeTo.isEmpty())
        QVERIFY(!QFileInfo::exists(m_database));
    else
        QCOMPARE(snapshot(m_database), before);
}

void TestSchemaCompare::untrustedFolderIsRefused()
{
    m_trust->revoke(m_project);
    SchemaCompare compare(m_trust.get());
    compare.setInterpreter(testPython());
    const auto report = compare.run(request());
    QVERIFY(!report.ok());
    QVERIFY(report.error->message.contains(u"not trusted"_s));
    QCOMPARE(report.bridge.status, BridgeOutcome::Status::FailedToStart); // never started
    QVERIFY(report.diffs.isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaCompare)
#include "tst_schemacompare.moc"
