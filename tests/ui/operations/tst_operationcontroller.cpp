// SPDX-License-Identifier: MIT
#include "OperationsFixture.h"
#include "operations/OperationController.h"

#include <QSignalSpy>
#include <QTest>

using namespace retort;
using namespace operationsfixture;
using namespace Qt::StringLiterals;

// Every action through the controller on a real copy of examples/bookshelf with real Alembic:
// the database's content is checked after each, and a failure must leave it as it was.
class TestOperationController : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upgradeToHeadReportsEachStep();
    void upgradeWithoutKeepingTheBackup();
    void downgradeOneStep();
    void stampChangesOnlyTheVersionTable();
    void backupNowCopiesTheDatabase();
    void backupOfAMissingDatabaseFails();
    void restoreBringsBackABackup();
    void failingRevisionRestoresTheDatabase();
    void cancelStopsAndRestores();
    void destroyingMidRunRestores();
    void untrustedProjectIsRefused();
    void oneActionAtATime();

private:
    OperationResult runToEnd(const OperationRequest &request);
    QStringList versions() const;

    std::unique_ptr<BookshelfCopy> m_copy;
    std::unique_ptr<OperationController> m_controller;
    QStringList m_before;
};

void TestOperationController::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(), "needs a Python with alembic");
    m_copy = std::make_unique<BookshelfCopy>();
    QVERIFY(m_copy->isValid());
    m_controller = std::make_unique<OperationController>(m_copy->backups(), m_copy->trust());
    m_controller->setContext(m_copy->context());
    m_before = snapshot(m_copy->database());
    QVERIFY(m_before.contains(u"alembic_version|a6c3d2e1f0b9"_s));
}

void TestOperationController::cleanup()
{
    m_controller.reset();
    m_copy.reset();
}

OperationResult TestOperationController::runToEnd(const OperationRequest &request)
{
    QSignalSpy finished(m_controller.get(), &OperationController::finished);
    if (!m_controller->start(request))
        return {};
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    return finished.first().first().value<OperationResult>();
}

QStringList TestOperationController::versions() const
{
    QStringList rows;
    for (const QString &line : snapshot(m_copy->database())) {
        if (line.startsWith(u"alembic_version|"_s))
            rows << line.mid(16);
    }
    return rows;
}

void TestOperationController::upgradeToHeadReportsEachStep()
{
    QSignalSpy steps(m_controller.get(), &OperationController::stepStarted);
    QSignalSpy ended(m_controller.get(), &OperationController::stepFinished);
    QSignalSpy sql(m_controller.get(), &OperationController::sqlExecuted);
    QSignalSpy changed(m_controller.get(), &OperationController::databaseChanged);
    OperationRequest request = OperationRequest::upgrade();
    request.expectedSteps = 2;
    const OperationResult result = runToEnd(request);

    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).at(0).toString(), u"91f0c4d8e2a7"_s);
    QCOMPARE(steps.at(0).at(1).toString(), u"upgrade c07b5e9f21d8 -> 91f0c4d8e2a7"_s);
    QCOMPARE(steps.at(0).at(2).toInt(), 1);
    QCOMPARE(steps.at(0).at(3).toInt(), 2);
    QCOMPARE(steps.at(1).at(0).toString(), QLatin1String(mergeRevision));
    QCOMPARE(steps.at(1).at(2).toInt(), 2);
    QCOMPARE(ended.size(), 2);
    const bool createdTags = std::any_of(sql.cbegin(), sql.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toString().contains(u"CREATE TABLE tags"_s);
    });
    QVERIFY(createdTags);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(result.heads, QStringList {QLatin1String(mergeRevision)});
    QCOMPARE(versions(), QStringList {QLatin1String(mergeRevision)});
    QVERIFY(snapshot(m_copy->database()).join(u'\n').contains(u"schema|table|tags|"_s));
    // The backup taken before the run holds the database as it was, and is kept.
    QVERIFY(result.backup && result.backupKept);
    QCOMPARE(snapshot(result.backup->path), m_before);
    QCOMPARE(m_copy->backups()->list(m_copy->database())->size(), 1);
}

void TestOperationController::upgradeWithoutKeepingTheBackup()
{
    OperationRequest request = OperationRequest::upgrade();
    request.keepBackup = false;
    const OperationResult result = runToEnd(request);
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QVERIFY(result.backup.has_value());
    QVERIFY(!result.backupKept);
    QVERIFY(!QFileInfo::exists(result.backup->path));
    QVERIFY(m_copy->backups()->list(m_copy->database())->isEmpty());
}

void TestOperationController::downgradeOneStep()
{
    QSignalSpy steps(m_controller.get(), &OperationController::stepStarted);
    const OperationResult result = runToEnd(OperationRequest::downgrade());
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).at(1).toString(), u"downgrade a6c3d2e1f0b9 -> 5e9a0b7c3f12"_s);
    QCOMPARE(versions(), QStringList {u"5e9a0b7c3f12"_s});
    const QString after = snapshot(m_copy->database()).join(u'\n');
    QVERIFY(m_before.join(u'\n').contains(u"ix_reviews_book_id"_s));
    QVERIFY(!after.contains(u"ix_reviews_book_id"_s));
}

void TestOperationController::stampChangesOnlyTheVersionTable()
{
    const OperationResult result = runToEnd(OperationRequest::stamp(u"c07b5e9f21d8"_s));
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(versions(), QStringList {u"c07b5e9f21d8"_s});
    QStringList expected = m_before;
    expected.replaceInStrings(u"alembic_version|a6c3d2e1f0b9"_s, u"alembic_version|c07b5e9f21d8"_s);
    QCOMPARE(snapshot(m_copy->database()), expected);
}

void TestOperationController::backupNowCopiesTheDatabase()
{
    QSignalSpy changed(m_controller.get(), &OperationController::databaseChanged);
    const OperationResult result = runToEnd(OperationRequest::backupNow());
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QVERIFY(result.backup.has_value());
    QCOMPARE(result.backup->revisions, QStringList {u"a6c3d2e1f0b9"_s});
    QCOMPARE(snapshot(result.backup->path), m_before);
    QCOMPARE(changed.size(), 0); // a backup leaves the database alone
    const auto listed = m_copy->backups()->list(m_copy->database());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, result.backup->id);
}

void TestOperationController::backupOfAMissingDatabaseFails()
{
    OperationContext context = m_copy->context();
    context.databasePath = m_copy->filePath(u"missing.db"_s);
    m_controller->setContext(context);
    const OperationResult result = runToEnd(OperationRequest::backupNow());
    QCOMPARE(result.status, OperationResult::Status::Failed);
    QVERIFY(result.error.has_value());
    QVERIFY(!result.backup.has_value());
    QVERIFY(m_copy->backups()->list()->isEmpty());
}

void TestOperationController::restoreBringsBackABackup()
{
    const OperationResult backup = runToEnd(OperationRequest::backupNow());
    QVERIFY(backup.ok());
    QVERIFY(runToEnd(OperationRequest::upgrade()).ok());
    const QStringList upgraded = snapshot(m_copy->database());
    QVERIFY(upgraded != m_before);

    QSignalSpy changed(m_controller.get(), &OperationController::databaseChanged);
    const OperationResult result = runToEnd(OperationRequest::restore(*backup.backup));
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(snapshot(m_copy->database()), m_before);
    // Restoring took a safety copy of the upgraded database first.
    QVERIFY(result.backup.has_value());
    QCOMPARE(snapshot(result.backup->path), upgraded);
}

void TestOperationController::failingRevisionRestoresTheDatabase()
{
    QVERIFY(m_copy->setMergeUpgrade(raisingUpgrade));
    QSignalSpy ended(m_controller.get(), &OperationController::stepFinished);
    QSignalSpy changed(m_controller.get(), &OperationController::databaseChanged);
    const OperationResult result = runToEnd(OperationRequest::upgrade());

    QCOMPARE(result.status, OperationResult::Status::Restored);
    QVERIFY(result.databaseRestored());
    QVERIFY(!result.cancelled);
    QCOMPARE(ended.size(), 1); // the tags step had run, and was undone with the rest
    QCOMPARE(result.failedRevision, QLatin1String(mergeRevision));
    QVERIFY(result.error.has_value());
    QCOMPARE(QFileInfo(result.error->file).canonicalFilePath(),
        QFileInfo(m_copy->filePath(QLatin1String(mergeScript))).canonicalFilePath());
    QCOMPARE(result.error->line, 23);
    QVERIFY(
        result.traceback.contains(u"RuntimeError: injected failure after deleting the books"_s));
    QVERIFY(result.summary().contains(
        u"the database was restored from backup %1"_s.arg(result.backup->id)));
    QVERIFY(result.summary().contains(u"RuntimeError: injected failure"_s));
    QCOMPARE(snapshot(m_copy->database()), m_before);
    QCOMPARE(changed.size(), 1);
}

void TestOperationController::cancelStopsAndRestores()
{
    QVERIFY(m_copy->setMergeUpgrade(sleepingUpgrade));
    OperationController *controller = m_controller.get();
    connect(controller, &OperationController::stepStarted, controller,
        [controller](const QString &revision) {
            if (revision == QLatin1String(mergeRevision)) {
                QVERIFY(controller->canCancel());
                controller->cancel();
            }
        });
    const OperationResult result = runToEnd(OperationRequest::upgrade());
    QCOMPARE(result.status, OperationResult::Status::Restored);
    QVERIFY(result.cancelled);
    QVERIFY(result.summary().contains(u"cancelled"_s));
    QCOMPARE(snapshot(m_copy->database()), m_before);
}

void TestOperationController::destroyingMidRunRestores()
{
    QVERIFY(m_copy->setMergeUpgrade(sleepingUpgrade));
    QSignalSpy steps(m_controller.get(), &OperationController::stepStarted);
    QVERIFY(m_controller->start(OperationRequest::upgrade()));
    QVERIFY(QTest::qWaitFor([&] { return steps.size() == 2; }, 120000));
    QCOMPARE(steps.last().first().toString(), QLatin1String(mergeRevision));
    m_controller.reset(); // as when the window closes mid-run
    QCOMPARE(snapshot(m_copy->database()), m_before);
}

void TestOperationController::untrustedProjectIsRefused()
{
    m_copy->trust()->revoke(m_copy->project());
    QSignalSpy changed(m_controller.get(), &OperationController::databaseChanged);
    const OperationResult result = runToEnd(OperationRequest::upgrade());
    QCOMPARE(result.status, OperationResult::Status::Refused);
    QVERIFY(result.error.has_value());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(snapshot(m_copy->database()), m_before);
}

void TestOperationController::oneActionAtATime()
{
    QSignalSpy finished(m_controller.get(), &OperationController::finished);
    QVERIFY(m_controller->start(OperationRequest::upgrade()));
    QVERIFY(m_controller->isRunning());
    QVERIFY(!m_controller->start(OperationRequest::backupNow()));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_controller->isRunning());
    QVERIFY(finished.first().first().value<OperationResult>().ok());
}

QTEST_GUILESS_MAIN(TestOperationController)
#include "tst_operationcontroller.moc"
