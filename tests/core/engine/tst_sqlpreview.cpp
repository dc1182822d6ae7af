// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/SqlPreview.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

class TestSqlPreview : public QObject {
    Q_OBJECT

private slots:
    void init();
    void ranges_data();
    void ranges();
    void rehearsalStartsAtTheRangeStart();
    void offlineErrorsAreNotRehearsed();
    void refusals_data();
    void refusals();
    void rangeParts_data();
    void rangeParts();

private:
    BridgeRequest request(BridgeRequest::Operation operation, const QString &target) const;

    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
    std::unique_ptr<TrustStore> m_trust;
};

void TestSqlPreview::init()
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

BridgeRequest TestSqlPreview::request(
    BridgeRequest::Operation operation, const QString &target) const
{
    BridgeRequest request;
    request.operation = operation;
    request.projectDir = m_project;
    request.databasePath = m_database;
    request.target = target;
    return request;
}

void TestSqlPreview::ranges_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("expected"); // statements (whitespace-folded) in the preview
    QTest::addColumn<QStringList>("absent");

    const auto upgrade = int(BridgeRequest::Operation::Upgrade);
    const auto downgrade = int(BridgeRequest::Operation::Downgrade);
    QTest::newRow("upgrade, offline")
        << upgrade << u"1a2b3c4d5e6f:2b3c4d5e6f70"_s << u"offline"_s
        << QStringList {u"ALTER TABLE account ADD COLUMN email VARCHAR(100)"_s,
               u"UPDATE alembic_version SET version_num='2b3c4d5e6f70'"_s}
        << QStringList {u"CREATE TABLE account"_s};
    QTest::newRow("downgrade, offline")
        << downgrade << u"1a2b3c4d5e6f:base"_s << u"offline"_s
        << QStringList {u"DROP TABLE account"_s, u"DELETE FROM alembic_version"_s}
        << QStringList {u"CREATE TABLE"_s};
    // Batch rebuilds on SQLite reflect the table: Alembic refuses them in --sql mode. The
    // rebuilt table simply leaves the dropped index out.
    QTest::newRow("upgrade, batch rebuild")
        << upgrade << u"2b3c4d5e6f70:3c4d5e6f7081"_s << u"rehearsal"_s
        << QStringList {u"CREATE TABLE _alembic_tmp_account"_s,
               u"CREATE UNIQUE INDEX ix_account_email ON account (email)"_s,
               u"UPDATE alembic_version SET version_num='3c4d5e6f7081'"_s}
        << QStringList {u"ADD COLUMN email"_s};
    QTest::newRow("downgrade, batch rebuild")
        << downgrade << u"3c4d5e6f7081:2b3c4d5e6f70"_s << u"rehearsal"_s
        << QStringList {u"CREATE TABLE _alembic_tmp_account"_s,
               u"email VARCHAR(100), PRIMARY KEY (id)"_s,
               u"UPDATE alembic_version SET version_num='2b3c4d5e6f70'"_s}
        << QStringList {u"CREATE UNIQUE INDEX"_s};
    QTest::newRow("upgrade from base, batch rebuild")
        << upgrade << u"head"_s << u"rehearsal"_s
        << QStringList {u"CREATE TABLE account"_s, u"CREATE TABLE _alembic_tmp_account"_s}
        << QStringList();
}

void TestSqlPreview::ranges()
{
    QFETCH(int, operation);
    QFETCH(QString, range);
    QFETCH(QString, mode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    SqlPreview preview(m_trust.get());
    preview.setInterpreter(testPython());
    const auto report
        = preview.run(request(static_cast<BridgeRequest::Operation>(operation), range));
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.modeName(), mode);
    const QString sql = report.sql.simplified();
    for (const QString &part : expected)
        QVERIFY2(sql.contains(part), qPrintable(part + u" not in "_s + sql));
    for (const QString &part : absent)
        QVERIFY2(!sql.contains(part), qPrintable(part + u" in "_s + sql));
    if (mode == "rehearsal"_L1)
        QVERIFY(report.offlineFailure.contains(u"--sql mode"_s));
    else
        QVERIFY(report.offlineFailure.isEmpty());
    QVERIFY(!QFileInfo::exists(m_database)); // a preview never creates the database
}

void TestSqlPreview::rehearsalStartsAtTheRangeStart()
{
    // The real database is elsewhere; like the offline script, the preview ignores it.
    QVERIFY(execute(m_database, {u"CREATE TABLE unrelated (id INTEGER)"_s}));
    const QStringList before = snapshot(m_database);
    SqlPreview preview(m_trust.get());
    preview.setInterpreter(testPython());
    const auto report
        = preview.run(request(BridgeRequest::Operation::Upgrade, u"2b3c4d5e6f70:3c4d5e6f7081"_s));
    QVERIFY2(report.ok(), qPrintable(report.error ? report.error->message : QString()));
    QCOMPARE(report.mode, SqlPreviewReport::Mode::Rehearsal);
    QStringList started;
    for (const BridgeEvent &step : report.rehearsal.steps)
        if (step.type == BridgeEvent::Type::StepStart)
            started << step.revision();
    QCOMPARE(started, QStringList {u"3c4d5e6f7081"_s});
    QVERIFY(report.rehearsal.schemaBefore.join(u'\n').contains(u"email"_s));
    QVERIFY(!report.rehearsal.schemaBefore.join(u'\n').contains(u"unrelated"_s));
    QCOMPARE(snapshot(m_database), before);
}

void TestSqlPreview::offlineErrorsAreNotRehearsed()
{
    QVERIFY(addFault(
        m_project, u"4d5e6f708192_syntax.py"_s, u"migrations/versions/4d5e6f708192_syntax.py"_s));
    SqlPreview preview(m_trust.get());
    preview.setInterpreter(testPython());
    const auto report = preview.run(request(BridgeRequest::Operation::Upgrade, u"head"_s));
    QVERIFY(!report.ok());
    QCOMPARE(report.mode, SqlPreviewReport::Mode::Offline);
    QCOMPARE(report.offline.status, BridgeOutcome::Status::Failed);
    QVERIFY(report.error->file.endsWith(u"4d5e6f708192_syntax.py"_s));
    QCOMPARE(report.rehearsal.bridge.status, BridgeOutcome::Status::FailedToStart); // not run
}

void TestSqlPreview::refusals_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("untrusted") << false << int(BridgeRequest::Operation::Upgrade)
                               << u"not trusted"_s;
    QTest::newRow("not a migration")
        << true << int(BridgeRequest::Operation::Current) << u"Only upgrade, downgrade and stamp"_s;
}

void TestSqlPreview::refusals()
{
    QFETCH(bool, trusted);
    QFETCH(int, operation);
    QFETCH(QString, expected);
    if (!trusted)
        m_trust->revoke(m_project);
    SqlPreview preview(m_trust.get());
    preview.setInterpreter(testPython());
    const auto report
        = preview.run(request(static_cast<BridgeRequest::Operation>(operation), u"head"_s));
    QVERIFY(!report.ok());
    QVERIFY2(report.error->message.contains(expected), qPrintable(report.error->message));
    QCOMPARE(report.offline.status, BridgeOutcome::Status::FailedToStart);
    QVERIFY(report.sql.isEmpty());
}

void TestSqlPreview::rangeParts_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("range") << u"a1:b2"_s << u"a1"_s << u"b2"_s;
    QTest::newRow("from base") << u"base:head"_s << u"base"_s << u"head"_s;
    QTest::newRow("no range") << u"heads"_s << QString() << u"heads"_s;
    QTest::newRow("branch label") << u"a1:reports@head"_s << u"a1"_s << u"reports@head"_s;
}

void TestSqlPreview::rangeParts()
{
    QFETCH(QString, target);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QCOMPARE(SqlPreview::rangeStart(target), start);
    QCOMPARE(SqlPreview::rangeEnd(target), end);
}

QTEST_GUILESS_MAIN(TestSqlPreview)
#include "tst_sqlpreview.moc"
