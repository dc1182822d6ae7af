// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/Rehearsal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

class TestRehearsal : public QObject {
    Q_OBJECT

private slots:
    void init();
    void rehearsesOnACopy();
    void rehearsesADatabaseTheRunWouldCreate();
    void failureShowsThePartialStateOfTheCopy();
    void refusals_data();
    void refusals();

private:
    BridgeRequest upgrade(const QString &target) const;
    bool containsPrefix(const QStringList &lines, const QString &prefix) const;

    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
    std::unique_ptr<TrustStore> m_trust;
};

void TestRehearsal::init()
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

BridgeRequest TestRehearsal::upgrade(const QString &target) const
{
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Upgrade;
    request.projectDir = m_project;
    request.databasePath = m_database;
    request.target = target;
    return request;
}

bool TestRehearsal::containsPrefix(const QStringList &lines, const QString &prefix) const
{
    return std::any_of(
        lines.cbegin(), lines.cend(), [&](const QString &line) { return line.startsWith(prefix); });
}

void TestRehearsal::rehearsesOnACopy()
{
    const auto script = BridgeProcess::locateScript();
    QVERIFY(script.ok());
    BridgeProcess bridge(testPython(), *script);
    QVERIFY(bridge.run(upgrade(u"2b3c4d5e6f70"_s)).ok());
    const QStringList before = snapshot(m_database);

    Rehearsal rehearsal(m_trust.get());
    rehearsal.setInterpreter(testPython());
    const auto report = rehearsal.run(upgrade(u"head"_s));
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(snapshot(m_database), before);

    QCOMPARE(report.steps.size(), 2);
    QCOMPARE(report.steps.at(0).type, BridgeEvent::Type::StepStart);
    QCOMPARE(report.steps.at(0).revision(), u"3c4d5e6f7081"_s);
    QCOMPARE(report.steps.at(1).type, BridgeEvent::Type::StepEnd);
    QStringList statements;
    for (const BridgeEvent &event : report.statements)
        statements << event.statement().simplified();
    QVERIFY(containsPrefix(statements, u"CREATE TABLE _alembic_tmp_account"_s));
    QVERIFY(statements.contains(u"CREATE UNIQUE INDEX ix_account_email ON account (email)"_s));

    QVERIFY(containsPrefix(report.schemaBefore, u"table account: "_s));
    QVERIFY(!containsPrefix(report.schemaBefore, u"index ix_account_email: "_s));
    QVERIFY(containsPrefix(report.schemaAfter, u"index ix_account_email: "_s));
}

void TestRehearsal::rehearsesADatabaseTheRunWouldCreate()
{
    Rehearsal rehearsal(m_trust.get());
    rehearsal.setInterpreter(testPython());
    const auto report = rehearsal.run(upgrade(u"head"_s));
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QVERIFY(report.schemaBefore.isEmpty());
    QVERIFY(containsPrefix(report.schemaAfter, u"table account: "_s));
    QVERIFY(containsPrefix(report.schemaAfter, u"table alembic_version: "_s));
    QCOMPARE(report.steps.size(), 6);
    QVERIFY(!QFileInfo::exists(m_database));
}

void TestRehearsal::failureShowsThePartialStateOfTheCopy()
{
    QVERIFY(addFault(
        m_project, u"4d5e6f708192_raises.py"_s, u"migrations/versions/4d5e6f708192_raises.py"_s));
    Rehearsal rehearsal(m_trust.get());
    rehearsal.setInterpreter(testPython());
    const auto report = rehearsal.run(upgrade(u"head"_s));
    QVERIFY(!report.ok());
    QVERIFY(report.error->message.contains(u"4d5e6f708192"_s));
    QVERIFY(report.error->message.contains(u"injected failure"_s));
    QCOMPARE(report.error->line, 20);
    QVERIFY(containsPrefix(report.schemaAfter, u"table audit: "_s));
    QVERIFY(!QFileInfo::exists(m_database));
}

void TestRehearsal::refusals_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("expected");

    QTest::newRow("untrusted") << false << int(BridgeRequest::Operation::Upgrade)
                               << u"not trusted"_s;
    QTest::newRow("current") << true << int(BridgeRequest::Operation::Current)
                             << u"Only upgrade, downgrade and stamp"_s;
}

void TestRehearsal::refusals()
{
    QFETCH(bool, trusted);
    QFETCH(int, operation);
    QFETCH(QString, expected);
    if (!trusted)
        m_trust->revoke(m_project);
    Rehearsal rehearsal(m_trust.get());
    rehearsal.setInterpreter(testPython());
    auto request = upgrade(u"head"_s);
    request.operation = static_cast<BridgeRequest::Operation>(operation);
    const auto report = rehearsal.run(request);
    QVERIFY(!report.ok());
    QVERIFY2(report.error->message.contains(expected), qPrintable(report.error->message));
    QVERIFY(report.statements.isEmpty());
    QVERIFY(!QFileInfo::exists(m_database));
}

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
