// SPDX-License-Identifier: MIT
#include "EngineFixture.h"
#include "engine/SafeRunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace enginefixture;

namespace {

constexpr auto faultRevision = "4d5e6f708192";

} // namespace

// Every fault must leave the database exactly as it was before the run: schema, data and
// Alembic's version table, compared through snapshot().
class TestSafeRunner : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upgradeSucceedsAndKeepsTheBackup();
    void migrationRaisesMidway();
    void syntaxErrorInRevisionFile();
    void envPyPointsAtAnotherDatabase();
    void bridgeKilledMidUpgrade();
    void timeLimitStopsAndRestores();
    void cancelStopsAndRestores();
    void databaseLockedExclusively();
    void databaseLockedForWriting();
    void readOnlyDatabaseFile();
    void noUsableInterpreter_data();
    void noUsableInterpreter();
    void untrustedFolderRunsNoPython();
    void failedFirstUpgradeRemovesTheNewDatabase();

private:
    SafeRunResult upgradeHead(QList<BridgeEvent> *events = nullptr);
    void addVersionFault(const QString &fault);
    void expectRestored(const SafeRunResult &result);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_database;
    std::unique_ptr<BackupStore> m_backups;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<SafeRunner> m_runner;
    QStringList m_before;
};

void TestSafeRunner::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(),
        "set RETORT_TEST_PYTHON to a Python with alembic and sqlalchemy");
    QVERIFY(m_dir.isValid());
    const QString sub = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    m_project = QDir(sub).filePath(u"project"_s);
    m_database = QDir(m_project).filePath(u"app.db"_s);
    QVERIFY(copyProject(m_project));
    m_backups = std::make_unique<BackupStore>(QDir(sub).filePath(u"backups"_s));
    m_backups->setBusyTimeout(300);
    m_trust = std::make_unique<TrustStore>(QDir(sub).filePath(u"trust.ini"_s));
    QVERIFY(m_trust->trust(m_project).ok());
    m_runner = std::make_unique<SafeRunner>(m_backups.get(), m_trust.get());
    m_runner->setInterpreter(testPython());

    // Start every test from a database part-way through the history, with data in it.
    BridgeRequest prepare;
    prepare.operation = BridgeRequest::Operation::Upgrade;
    prepare.projectDir = m_project;
    prepare.databasePath = m_database;
    prepare.target = u"2b3c4d5e6f70"_s;
    const auto prepared = m_runner->run(prepare);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error ? prepared.error->message : QString()));
    QVERIFY(execute(m_database, {u"INSERT INTO account VALUES (3, 'linus', 'l@example.org')"_s}));
    m_before = snapshot(m_database);
    QVERIFY(m_before.contains(u"alembic_version|2b3c4d5e6f70"_s));
}

void TestSafeRunner::cleanup()
{
    if (!m_database.isEmpty() && QFileInfo::exists(m_database))
        QFile::setPermissions(m_database, QFile::ReadOwner | QFile::WriteOwner);
    m_runner.reset();
}

SafeRunResult TestSafeRunner::upgradeHead(QList<BridgeEvent> *events)
{
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Upgrade;
    request.projectDir = m_project;
    request.databasePath = m_database;
    request.target = u"head"_s;
    QMetaObject::Connection connection;
    if (events) {
        connection = connect(m_runner.get(), &SafeRunner::eventReceived, this,
            [events](const BridgeEvent &event) { events->append(event); });
    }
    const SafeRunResult result = m_runner->run(request);
    disconnect(connection);
    return result;
}

void TestSafeRunner::addVersionFault(const QString &fault)
{
    QVERIFY(addFault(m_project, fault, u"migrations/versions/"_s + fault));
}

void TestSafeRunner::expectRestored(const SafeRunResult &result)
{
    QCOMPARE(result.status, SafeRunResult::Status::Restored);
    QVERIFY(result.error.has_value());
    QVERIFY2(result.error->message.contains(u"restored from the backup"_s),
        qPrintable(result.error->message));
    QVERIFY(result.backup.has_value());
    QCOMPARE(result.backup->revisions, QStringList {u"2b3c4d5e6f70"_s});
    QCOMPARE(snapshot(m_database), m_before);
    QVERIFY(!QFileInfo::exists(m_database + u"-journal"_s));
}

void TestSafeRunner::upgradeSucceedsAndKeepsTheBackup()
{
    const auto result = upgradeHead();
    QVERIFY(result.ok());
    QVERIFY(!result.error);
    QVERIFY(result.backup.has_value());
    QCOMPARE(snapshot(result.backup->path), m_before);
    QVERIFY(snapshot(m_database).contains(u"alembic_version|3c4d5e6f7081"_s));
    QCOMPARE(m_backups->list(m_database)->size(), 1); // init() created the file: no backup
}

void TestSafeRunner::migrationRaisesMidway()
{
    addVersionFault(u"4d5e6f708192_raises.py"_s);
    QList<BridgeEvent> events;
    const auto result = upgradeHead(&events);
    expectRestored(result);
    // The step before the failing one had really run, and was undone.
    const bool ranEarlierStep = std::any_of(events.cbegin(), events.cend(), [](const auto &e) {
        return e.type == BridgeEvent::Type::StepEnd && e.revision() == "3c4d5e6f7081"_L1;
    });
    QVERIFY(ranEarlierStep);
    QCOMPARE(result.failedRevision, QLatin1String(faultRevision));
    QCOMPARE(result.bridge.status, BridgeOutcome::Status::Failed);
    QVERIFY(result.error->file.endsWith(u"versions/4d5e6f708192_raises.py"_s));
    QCOMPARE(result.error->line, 20);
    QVERIFY(result.error->message.contains(u"upgrade failed in revision 4d5e6f708192"_s));
    QVERIFY(result.error->message.contains(
        u"RuntimeError: injected failure in the middle of a migration"_s));
}

void TestSafeRunner::syntaxErrorInRevisionFile()
{
    addVersionFault(u"4d5e6f708192_syntax.py"_s);
    const auto result = upgradeHead();
    expectRestored(result);
    QCOMPARE(result.error->kind, Error::Kind::Parse);
    QVERIFY(result.error->file.endsWith(u"versions/4d5e6f708192_syntax.py"_s));
    QCOMPARE(result.error->line, 15);
    QVERIFY(result.error->message.contains(u"SyntaxError"_s));
}

void TestSafeRunner::envPyPointsAtAnotherDatabase()
{
    QVERIFY(addFault(m_project, u"env_other_db.py"_s, u"migrations/env.py"_s));
    QList<BridgeEvent> events;
    const auto result = upgradeHead(&events);
    expectRestored(result);
    QCOMPARE(result.error->kind, Error::Kind::Config);
    QVERIFY(result.error->message.contains(u"refused"_s));
    QVERIFY(result.error->message.contains(u"sqlalchemy.url"_s));
    QVERIFY(!QFileInfo::exists(QDir(m_project).filePath(u"other.db"_s)));
    for (const BridgeEvent &event : std::as_const(events))
        QVERIFY(event.type != BridgeEvent::Type::Sql); // refused before any SQL
}

void TestSafeRunner::bridgeKilledMidUpgrade()
{
    addVersionFault(u"4d5e6f708192_sleeps.py"_s);
    SafeRunner *runner = m_runner.get();
    bool killed = false;
    const auto connection = connect(
        runner, &SafeRunner::eventReceived, this, [runner, &killed](const BridgeEvent &event) {
            if (event.type == BridgeEvent::Type::StepStart && event.revision() == "4d5e6f708192"_L1
                && runner->bridgeProcessId() > 0) {
                killed = ::kill(static_cast<pid_t>(runner->bridgeProcessId()), SIGKILL) == 0;
            }
        });
    const auto result = upgradeHead();
    disconnect(connection);
    QVERIFY(killed);
    expectRestored(result);
    QCOMPARE(result.bridge.status, BridgeOutcome::Status::Crashed);
    QCOMPARE(result.failedRevision, QLatin1String(faultRevision));
    QVERIFY(result.error->message.contains(u"killed or crashed"_s));
}

void TestSafeRunner::timeLimitStopsAndRestores()
{
    addVersionFault(u"4d5e6f708192_sleeps.py"_s);
    m_runner->setTimeLimit(4000);
    const auto result = upgradeHead();
    expectRestored(result);
    // Which step the limit interrupts depends on the machine's speed; the restore does not.
    QCOMPARE(result.bridge.status, BridgeOutcome::Status::TimedOut);
}

void TestSafeRunner::cancelStopsAndRestores()
{
    addVersionFault(u"4d5e6f708192_sleeps.py"_s);
    SafeRunner *runner = m_runner.get();
    const auto connection
        = connect(runner, &SafeRunner::eventReceived, this, [runner](const BridgeEvent &event) {
              if (event.type == BridgeEvent::Type::Sql && event.revision() == "4d5e6f708192"_L1)
                  runner->cancel();
          });
    const auto result = upgradeHead();
    disconnect(connection);
    expectRestored(result);
    QCOMPARE(result.bridge.status, BridgeOutcome::Status::Cancelled);
}

void TestSafeRunner::databaseLockedExclusively()
{
    const QString name = u"locker"_s;
    SafeRunResult result;
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(m_database);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        result = upgradeHead();
        QVERIFY(query.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(result.status, SafeRunResult::Status::Refused);
    QVERIFY2(result.error->message.contains(u"locked"_s), qPrintable(result.error->message));
    QVERIFY(result.error->message.contains(u"Nothing was run"_s));
    QCOMPARE(snapshot(m_database), m_before);
}

void TestSafeRunner::databaseLockedForWriting()
{
    // Readers may still copy the file, so the backup succeeds and the migration meets the lock.
    const QString name = u"writer"_s;
    SafeRunResult result;
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        writer.setDatabaseName(m_database);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s));
        result = upgradeHead();
        QVERIFY(query.exec(u"ROLLBACK"_s));
    }
    QSqlDatabase::removeDatabase(name);
    expectRestored(result);
    QVERIFY2(result.error->message.contains(u"locked"_s), qPrintable(result.error->message));
}

void TestSafeRunner::readOnlyDatabaseFile()
{
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(m_database, readOnly));
    const qsizetype backupsBefore = m_backups->list(m_database)->size();
    const auto result = upgradeHead();
    QCOMPARE(result.status, SafeRunResult::Status::Refused);
    QCOMPARE(result.error->kind, Error::Kind::Io);
    QVERIFY(result.error->message.contains(u"read-only"_s));
    QCOMPARE(QFileInfo(m_database).permissions() & 0x7077, readOnly & 0x7077);
    QCOMPARE(m_backups->list(m_database)->size(), backupsBefore);
    QCOMPARE(snapshot(m_database), m_before);
}

void TestSafeRunner::noUsableInterpreter_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("status"); // BridgeOutcome::Status
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << false << int(BridgeOutcome::Status::FailedToStart)
                                  << u"could not be started"_s;
    QTest::newRow("python without alembic")
        << true << int(BridgeOutcome::Status::Failed) << u"No module named 'alembic'"_s;
}

void TestSafeRunner::noUsableInterpreter()
{
    QFETCH(bool, exists);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const QString python
        = m_dir.filePath(u"python-"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (exists) {
        // The real interpreter without site-packages: it runs, but cannot import alembic.
        QFile script(python);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec '" + testPython().toUtf8() + "' -S \"$@\"\n");
        script.close();
        QVERIFY(
            QFile::setPermissions(python, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    m_runner->setInterpreter(python);
    const auto result = upgradeHead();
    expectRestored(result);
    QCOMPARE(int(result.bridge.status), status);
    QVERIFY2(result.error->message.contains(expected), qPrintable(result.error->message));
}

void TestSafeRunner::untrustedFolderRunsNoPython()
{
    // A stand-in interpreter that leaves a mark if anything runs it.
    const QString marker = m_dir.filePath(u"ran-"_s + QUuid::createUuid().toString(QUuid::Id128));
    const QString fake
        = m_dir.filePath(u"fake-python-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\ntouch '" + marker.toUtf8() + "'\n");
    script.close();
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_runner->setInterpreter(fake);
    m_trust->revoke(m_project);

    bool finishedAfterStart = false;
    BridgeRequest request;
    request.operation = BridgeRequest::Operation::Current;
    request.projectDir = m_project;
    request.databasePath = m_database;
    QSignalSpy spy(m_runner.get(), &SafeRunner::finished);
    QVERIFY(m_runner->start(request));
    finishedAfterStart = spy.isEmpty();
    QVERIFY(spy.wait(5000));
    QVERIFY(finishedAfterStart);
    const auto result = spy.first().first().value<SafeRunResult>();
    QCOMPARE(result.status, SafeRunResult::Status::Refused);
    QVERIFY(result.error->message.contains(u"not trusted"_s));
    QVERIFY(!QFileInfo::exists(marker));
    QCOMPARE(snapshot(m_database), m_before);
}

void TestSafeRunner::failedFirstUpgradeRemovesTheNewDatabase()
{
    QVERIFY(QFile::remove(m_database));
    addVersionFault(u"4d5e6f708192_raises.py"_s);
    const auto result = upgradeHead();
    QCOMPARE(result.status, SafeRunResult::Status::Restored);
    QVERIFY(!result.backup.has_value());
    QVERIFY(result.error->message.contains(u"did not exist before the run"_s));
    QVERIFY(!QFileInfo::exists(m_database));
}

QTEST_GUILESS_MAIN(TestSafeRunner)
#include "tst_saferunner.moc"
