// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/BridgeProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

namespace {

constexpr auto head = "3c4d5e6f7081";

QStringList heads(const BridgeOutcome &outcome)
{
    QStringList list;
    for (const auto &value : outcome.result.value("heads"_L1).toArray())
        list << value.toString();
    return list;
}

// Whitespace-folded statements that change the database (reflection queries vary by version).
QStringList writtenStatements(const QList<BridgeEvent> &events)
{
    QStringList statements;
    for (const BridgeEvent &event : events) {
        if (event.type != BridgeEvent::Type::Sql)
            continue;
        const QString folded = event.statement().simplified();
        if (!folded.startsWith("PRAGMA"_L1) && !folded.startsWith("SELECT"_L1))
            statements << folded;
    }
    return statements;
}

} // namespace

class TestBridgeProcess : public QObject {
    Q_OBJECT

private slots:
    void init();
    void locatesTheBridgeScript();
    void upgradeCapturesStepsAndSql();
    void currentReadsTheVersionTable();
    void downgrade_data();
    void downgrade();
    void stamp_data();
    void stamp();
    void offlineSqlForARange_data();
    void offlineSqlForARange();
    void interlockRefusesAnotherDatabase();
    void migrationErrorNamesRevisionFileAndLine();
    void syntaxErrorNamesFileAndLine();
    void timeLimitStopsTheBridge();
    void cancelStopsTheBridge();
    void missingInterpreterFailsToStart();
    void requestOnStandardInput();
    void endsWithoutResult_data();
    void endsWithoutResult();
    void malformedRequests_data();
    void malformedRequests();

private:
    BridgeRequest request(BridgeRequest::Operation operation, const QString &target = {}) const;
    BridgeOutcome run(
        const BridgeRequest &request, QList<BridgeEvent> *events = nullptr, int timeLimitMs = 0);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
    QString m_script;
};

void TestBridgeProcess::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(),
        "set RETORT_TEST_PYTHON to a Python with alembic and sqlalchemy");
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    m_database = QDir(m_project).filePath(u"app.db"_s);
    QVERIFY(copyProject(m_project));
    const auto script = BridgeProcess::locateScript();
    QVERIFY(script.ok());
    m_script = *script;
}

BridgeRequest TestBridgeProcess::request(
    BridgeRequest::Operation operation, const QString &target) const
{
    BridgeRequest request;
    request.operation = operation;
    request.projectDir = m_project;
    request.databasePath = m_database;
    request.target = target;
    return request;
}

BridgeOutcome TestBridgeProcess::run(
    const BridgeRequest &request, QList<BridgeEvent> *events, int timeLimitMs)
{
    BridgeProcess bridge(testPython(), m_script);
    bridge.setTimeLimit(timeLimitMs);
    if (events) {
        connect(&bridge, &BridgeProcess::eventReceived, this,
            [events](const BridgeEvent &event) { events->append(event); });
    }
    return bridge.run(request);
}

void TestBridgeProcess::locatesTheBridgeScript()
{
    QVERIFY(m_script.endsWith(u"/retort_bridge.py"_s));
    QVERIFY(QFileInfo(m_script).isFile());
}

void TestBridgeProcess::upgradeCapturesStepsAndSql()
{
    QList<BridgeEvent> events;
    const auto outcome = run(request(BridgeRequest::Operation::Upgrade, u"head"_s), &events);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message + outcome.stderrTail));
    QCOMPARE(heads(outcome), QStringList {QLatin1String(head)});

    QStringList steps;
    for (const BridgeEvent &event : std::as_const(events)) {
        if (event.type == BridgeEvent::Type::StepStart)
            steps << u"start "_s + event.revision() + u' ' + event.string("direction");
        if (event.type == BridgeEvent::Type::StepEnd)
            steps << u"end "_s + event.revision();
    }
    QCOMPARE(steps,
        QStringList({u"start 1a2b3c4d5e6f upgrade"_s, u"end 1a2b3c4d5e6f"_s,
            u"start 2b3c4d5e6f70 upgrade"_s, u"end 2b3c4d5e6f70"_s, u"start 3c4d5e6f7081 upgrade"_s,
            u"end 3c4d5e6f7081"_s}));

    // SQLAlchemy 2.0 fetches the new version row's key with RETURNING; 1.4 does not.
    const bool sqlalchemy2 = !outcome.result.value("sqlalchemy"_L1).toString().startsWith(u"1."_s);
    QFile golden(dataPath(sqlalchemy2 ? u"upgrade_head.sqlalchemy2.sql"_s : u"upgrade_head.sql"_s));
    QVERIFY(golden.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList expected
        = QString::fromUtf8(golden.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(writtenStatements(events), expected);

    const QStringList content = snapshot(m_database);
    QVERIFY(content.contains(u"account|1|ada|ada@example.org"_s));
    QVERIFY(content.contains(u"alembic_version|"_s + QLatin1String(head)));
}

void TestBridgeProcess::currentReadsTheVersionTable()
{
    auto outcome = run(request(BridgeRequest::Operation::Current));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(heads(outcome), QStringList());
    QVERIFY(!outcome.result.value("alembic"_L1).toString().isEmpty());

    QVERIFY(run(request(BridgeRequest::Operation::Upgrade, u"2b3c4d5e6f70"_s)).ok());
    outcome = run(request(BridgeRequest::Operation::Current));
    QVERIFY(outcome.ok());
    QCOMPARE(heads(outcome), QStringList {u"2b3c4d5e6f70"_s});
}

void TestBridgeProcess::downgrade_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expectedHeads");
    QTest::addColumn<bool>("accountExists");

    QTest::newRow("relative") << u"-1"_s << QStringList {u"2b3c4d5e6f70"_s} << true;
    QTest::newRow("revision") << u"1a2b3c4d5e6f"_s << QStringList {u"1a2b3c4d5e6f"_s} << true;
    QTest::newRow("base") << u"base"_s << QStringList() << false;
}

void TestBridgeProcess::downgrade()
{
    QFETCH(QString, target);
    QFETCH(QStringList, expectedHeads);
    QFETCH(bool, accountExists);

    QVERIFY(run(request(BridgeRequest::Operation::Upgrade, u"head"_s)).ok());
    const auto outcome = run(request(BridgeRequest::Operation::Downgrade, target));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    const auto current = run(request(BridgeRequest::Operation::Current));
    QCOMPARE(heads(current), expectedHeads);
    const bool hasAccount = snapshot(m_database).join(u'\n').contains(u"schema|table|account|"_s);
    QCOMPARE(hasAccount, accountExists);
}

void TestBridgeProcess::stamp_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("purge");
    QTest::addColumn<QStringList>("expectedHeads");

    QTest::newRow("older") << u"1a2b3c4d5e6f"_s << false << QStringList {u"1a2b3c4d5e6f"_s};
    QTest::newRow("base") << u"base"_s << false << QStringList();
    QTest::newRow("purge") << u"2b3c4d5e6f70"_s << true << QStringList {u"2b3c4d5e6f70"_s};
}

void TestBridgeProcess::stamp()
{
    QFETCH(QString, target);
    QFETCH(bool, purge);
    QFETCH(QStringList, expectedHeads);

    QVERIFY(run(request(BridgeRequest::Operation::Upgrade, u"head"_s)).ok());
    QStringList before = snapshot(m_database);
    auto stampRequest = request(BridgeRequest::Operation::Stamp, target);
    stampRequest.purge = purge;
    const auto outcome = run(stampRequest);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(heads(run(request(BridgeRequest::Operation::Current))), expectedHeads);
    // Only the version table changes.
    QStringList after = snapshot(m_database);
    before.removeIf([](const QString &line) { return line.startsWith("alembic_version|"_L1); });
    after.removeIf([](const QString &line) { return line.startsWith("alembic_version|"_L1); });
    QCOMPARE(after, before);
}

void TestBridgeProcess::offlineSqlForARange_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("expected"); // parts of the script, or of the error

    QTest::newRow("upgrade") << int(BridgeRequest::Operation::Upgrade) << u"base:2b3c4d5e6f70"_s
                             << QStringList {u"CREATE TABLE alembic_version"_s,
                                    u"CREATE TABLE account"_s,
                                    u"ALTER TABLE account ADD COLUMN email VARCHAR(100)"_s,
                                    u"UPDATE alembic_version SET version_num='2b3c4d5e6f70'"_s};
    QTest::newRow("downgrade") << int(BridgeRequest::Operation::Downgrade) << u"1a2b3c4d5e6f:base"_s
                               << QStringList {
                                      u"DROP TABLE account"_s, u"DELETE FROM alembic_version"_s};
    // Alembic's own refusal: a batch rebuild needs a live database to reflect.
    QTest::newRow("batch rebuild")
        << int(BridgeRequest::Operation::Upgrade) << u"2b3c4d5e6f70:3c4d5e6f7081"_s
        << QStringList {u"CommandError"_s, u"--sql mode"_s};
}

void TestBridgeProcess::offlineSqlForARange()
{
    QFETCH(int, operation);
    QFETCH(QString, range);
    QFETCH(QStringList, expected);
    auto sqlRequest = request(static_cast<BridgeRequest::Operation>(operation), range);
    sqlRequest.offline = true;
    const auto outcome = run(sqlRequest);
    const QString text
        = outcome.ok() ? outcome.result.value("script"_L1).toString() : outcome.message;
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY(!QFileInfo::exists(m_database)); // offline SQL never touches the database
}

void TestBridgeProcess::interlockRefusesAnotherDatabase()
{
    QVERIFY(addFault(m_project, u"env_other_db.py"_s, u"migrations/env.py"_s));
    QList<BridgeEvent> events;
    const auto outcome = run(request(BridgeRequest::Operation::Upgrade, u"head"_s), &events);
    QCOMPARE(outcome.status, BridgeOutcome::Status::Failed);
    QCOMPARE(outcome.error->string("type"), u"InterlockError"_s);
    QVERIFY(outcome.error->string("message").contains(u"sqlalchemy.url"_s));
    QVERIFY(outcome.error->string("message").contains(m_database));
    QVERIFY(!QFileInfo::exists(QDir(m_project).filePath(u"other.db"_s)));
    for (const BridgeEvent &event : std::as_const(events))
        QVERIFY(event.type != BridgeEvent::Type::Sql);
}

void TestBridgeProcess::migrationErrorNamesRevisionFileAndLine()
{
    QVERIFY(addFault(
        m_project, u"4d5e6f708192_raises.py"_s, u"migrations/versions/4d5e6f708192_raises.py"_s));
    const auto outcome = run(request(BridgeRequest::Operation::Upgrade, u"head"_s));
    QCOMPARE(outcome.status, BridgeOutcome::Status::Failed);
    QCOMPARE(outcome.error->string("type"), u"RuntimeError"_s);
    QCOMPARE(outcome.error->revision(), u"4d5e6f708192"_s);
    QVERIFY(outcome.error->file().endsWith(u"versions/4d5e6f708192_raises.py"_s));
    QCOMPARE(outcome.error->line(), 20);
    QVERIFY(outcome.error->string("traceback").contains(u"injected failure"_s));
}

void TestBridgeProcess::syntaxErrorNamesFileAndLine()
{
    QVERIFY(addFault(
        m_project, u"4d5e6f708192_syntax.py"_s, u"migrations/versions/4d5e6f708192_syntax.py"_s));
    const auto outcome = run(request(BridgeRequest::Operation::Upgrade, u"head"_s));
    QCOMPARE(outcome.status, BridgeOutcome::Status::Failed);
    QCOMPARE(outcome.error->string("type"), u"SyntaxError"_s);
    QVERIFY(outcome.error->file().endsWith(u"versions/4d5e6f708192_syntax.py"_s));
    QCOMPARE(outcome.error->line(), 15);
}

void TestBridgeProcess::timeLimitStopsTheBridge()
{
    QVERIFY(addFault(
        m_project, u"4d5e6f708192_sleeps.py"_s, u"migrations/versions/4d5e6f708192_sleeps.py"_s));
    const auto outcome = run(request(BridgeRequest::Operation::Upgrade, u"head"_s), nullptr, 3000);
    QCOMPARE(outcome.status, BridgeOutcome::Status::TimedOut);
}

void TestBridgeProcess::cancelStopsTheBridge()
{
    QVERIFY(addFault(
        m_project, u"4d5e6f708192_sleeps.py"_s, u"migrations/versions/4d5e6f708192_sleeps.py"_s));
    BridgeProcess bridge(testPython(), m_script);
    connect(&bridge, &BridgeProcess::eventReceived, &bridge, [&bridge](const BridgeEvent &event) {
        if (event.type == BridgeEvent::Type::StepStart && event.revision() == "4d5e6f708192"_L1)
            bridge.cancel();
    });
    const auto outcome = bridge.run(request(BridgeRequest::Operation::Upgrade, u"head"_s));
    QCOMPARE(outcome.status, BridgeOutcome::Status::Cancelled);
    QVERIFY(!bridge.isRunning());
}

void TestBridgeProcess::missingInterpreterFailsToStart()
{
    BridgeProcess bridge(m_dir.filePath(u"no-such-python"_s), m_script);
    const auto outcome = bridge.run(request(BridgeRequest::Operation::Current));
    QCOMPARE(outcome.status, BridgeOutcome::Status::FailedToStart);
    QVERIFY(outcome.message.contains(u"no-such-python"_s));
}

void TestBridgeProcess::requestOnStandardInput()
{
    QVERIFY(run(request(BridgeRequest::Operation::Upgrade, u"1a2b3c4d5e6f"_s)).ok());
    QProcess process;
    process.setWorkingDirectory(m_project);
    process.start(testPython(), {m_script});
    QVERIFY(process.waitForStarted());
    process.write(QJsonDocument(request(BridgeRequest::Operation::Current).toJson()).toJson());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const BridgeEvent last = BridgeEvent::fromLine(lines.constLast());
    QCOMPARE(last.type, BridgeEvent::Type::Result);
    QCOMPARE(last.data.value("heads"_L1).toArray(), QJsonArray {u"1a2b3c4d5e6f"_s});
}

void TestBridgeProcess::endsWithoutResult_data()
{
    QTest::addColumn<QByteArray>("body"); // a stand-in interpreter's shell script
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("logged");

    QTest::newRow("non-zero exit") << QByteArray("echo oops >&2; exit 3")
                                   << u"exited with code 3 without a result"_s << u"oops"_s;
    QTest::newRow("exit 0, no result") << QByteArray("echo not json; exit 0")
                                       << u"exited with code 0 without a result"_s << u"not json"_s;
    QTest::newRow("killed") << QByteArray("echo started >&2; kill -9 $$") << u"killed or crashed"_s
                            << u"started"_s;
}

void TestBridgeProcess::endsWithoutResult()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, logged);
    const QString fake = QDir(m_project).filePath(u"fake-python"_s);
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    BridgeProcess bridge(fake, m_script);
    QStringList logLines;
    connect(&bridge, &BridgeProcess::eventReceived, this, [&logLines](const BridgeEvent &event) {
        if (event.type == BridgeEvent::Type::Log)
            logLines << event.text();
    });
    const auto outcome = bridge.run(request(BridgeRequest::Operation::Current));
    QCOMPARE(outcome.status, BridgeOutcome::Status::Crashed);
    QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    QVERIFY2(logLines.contains(logged), qPrintable(logLines.join(u'|')));
}

void TestBridgeProcess::malformedRequests_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("type");

    QTest::newRow("not json") << u"{operation"_s << u"JSONDecodeError"_s;
    QTest::newRow("unknown operation") << u"{\"operation\": \"explode\"}"_s << u"ValueError"_s;
    QTest::newRow("missing ini") << u"{\"operation\": \"current\", \"ini\": \"nowhere.ini\"}"_s
                                 << u"CommandError"_s;
}

void TestBridgeProcess::malformedRequests()
{
    QFETCH(QString, json);
    QFETCH(QString, type);
    QProcess process;
    process.setWorkingDirectory(m_project);
    process.start(testPython(), {m_script, json});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // nothing but the error event reaches stdout
    const BridgeEvent event = BridgeEvent::fromLine(lines.constFirst());
    QCOMPARE(event.type, BridgeEvent::Type::Error);
    QCOMPARE(event.string("type"), type);
    QVERIFY(!event.string("traceback").isEmpty());
}

QTEST_GUILESS_MAIN(TestBridgeProcess)
#include "tst_bridgeprocess.moc"
