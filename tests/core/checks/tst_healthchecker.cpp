// SPDX-License-Identifier: MIT
#include "ChecksFixture.h"
#include "checks/HealthChecker.h"
#include "project/Project.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace checksfixture;

class TestHealthChecker : public QObject {
    Q_OBJECT

private slots:
    void init();
    void examplesPassEveryCheck_data();
    void examplesPassEveryCheck();
    void downgradeThatForgetsAnIndex();
    void downgradeThatForgetsAColumn();
    void failingUpgradeIsReportedWithItsError();
    void oneRevisionOnly();
    void multipleHeadsFail();
    void asynchronousRunReportsProgressAndCancels();
    void refusesAnUntrustedFolder();

private:
    QString useExample(const QString &name);
    ChecksTarget target(const QString &project);
    HealthChecker *checker();
    const CheckResult *find(
        const ChecksReport &report, const QString &revision, CheckKind check) const;
    QString dump(const ChecksReport &report) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<HealthChecker> m_checker;
};

void TestHealthChecker::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(),
        "set RETORT_TEST_PYTHON to a Python with alembic, sqlalchemy and sqlmodel");
    m_dir = std::make_unique<QTemporaryDir>();
    m_trust = std::make_unique<TrustStore>(m_dir->filePath(u"trust.ini"_s));
    m_checker.reset();
}

QString TestHealthChecker::useExample(const QString &name)
{
    const QString project = m_dir->filePath(name);
    if (!copyExample(name, project) || !m_trust->trust(project).ok())
        return {};
    return project;
}

ChecksTarget TestHealthChecker::target(const QString &project)
{
    Project::Options options;
    options.configPath = project;
    options.alembicVersion = u"1.8.1"_s;
    const auto loaded = Project::load(options);
    if (!loaded) {
        qWarning() << loaded.error().message;
        return {};
    }
    const auto target = ChecksTarget::fromProject(*loaded);
    return target ? *target : ChecksTarget {};
}

HealthChecker *TestHealthChecker::checker()
{
    m_checker = std::make_unique<HealthChecker>(m_trust.get());
    m_checker->setInterpreter(testPython());
    m_checker->setTimeLimit(240000);
    return m_checker.get();
}

const CheckResult *TestHealthChecker::find(
    const ChecksReport &report, const QString &revision, CheckKind check) const
{
    for (const CheckResult &result : report.results) {
        if (result.revision == revision && result.check == check)
            return &result;
    }
    return nullptr;
}

QString TestHealthChecker::dump(const ChecksReport &report) const
{
    QStringList lines;
    if (report.error)
        lines << u"error: "_s + report.error->message;
    for (const CheckResult &result : report.results) {
        lines << u"%1 %2 %3: %4"_s.arg(
            checkStatusId(result.status), result.revision, checkId(result.check), result.message);
        for (const QString &difference : result.differences)
            lines << u"    "_s + difference;
    }
    return lines.join(u'\n');
}

void TestHealthChecker::examplesPassEveryCheck_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("database");
    QTest::addColumn<int>("revisions");
    QTest::newRow("bookshelf") << u"bookshelf"_s << u"bookshelf.db"_s << 7;
    QTest::newRow("notes-sqlmodel") << u"notes-sqlmodel"_s << u"notes.db"_s << 4;
}

void TestHealthChecker::examplesPassEveryCheck()
{
    QFETCH(QString, example);
    QFETCH(QString, database);
    QFETCH(int, revisions);
    const QString project = useExample(example);
    QVERIFY(!project.isEmpty());
    const QString userDatabase = QDir(project).filePath(database);
    const QByteArray before = sha256(userDatabase);
    QVERIFY(!before.isEmpty());

    const ChecksTarget checked = target(project);
    QCOMPARE(checked.revisions.size(), revisions);
    const ChecksReport report = checker()->run(checked, {});
    QVERIFY2(report.passed(), qPrintable(dump(report)));
    QCOMPARE(report.results.size(), 3 + 3 * revisions);
    QCOMPARE(report.count(CheckStatus::Passed), 3 + 3 * revisions);
    for (const ChecksRevision &revision : checked.revisions) {
        for (const CheckKind check : roundTripChecks())
            QVERIFY2(find(report, revision.id, check), qPrintable(revision.id));
    }
    // Everything ran on temporary databases: the project's own is byte for byte the same.
    QCOMPARE(sha256(userDatabase), before);
}

void TestHealthChecker::downgradeThatForgetsAnIndex()
{
    const QString project = useExample(u"bookshelf"_s);
    QVERIFY(!project.isEmpty());
    QVERIFY(editFile(
        QDir(project).filePath(u"migrations/versions/a6c3d2e1f0b9_index_reviews_by_book.py"_s),
        u"batch_op.drop_index(batch_op.f('ix_reviews_book_id'))"_s, u"pass"_s));
    const QByteArray before = sha256(QDir(project).filePath(u"bookshelf.db"_s));

    const ChecksReport report = checker()->run(target(project), {});
    QVERIFY2(!report.passed(), qPrintable(dump(report)));
    const CheckResult *downgrade = find(report, u"a6c3d2e1f0b9"_s, CheckKind::Downgrade);
    QVERIFY(downgrade);
    QCOMPARE(downgrade->status, CheckStatus::Failed);
    QCOMPARE(downgrade->differences,
        QStringList {u"extra index ix_reviews_book_id on reviews (book_id)"_s});
    QCOMPARE(downgrade->message,
        u"The downgrade to 5e9a0b7c3f12 does not undo the upgrade to a6c3d2e1f0b9: extra index "
        "ix_reviews_book_id on reviews (book_id)"_s);
    // The index is still there, so creating it again fails, with SQLite's own words.
    const CheckResult *again = find(report, u"a6c3d2e1f0b9"_s, CheckKind::Reupgrade);
    QVERIFY(again);
    QCOMPARE(again->status, CheckStatus::Failed);
    QCOMPARE(again->errorType, u"OperationalError"_s);
    QVERIFY2(again->errorMessage.contains(u"index ix_reviews_book_id already exists"_s),
        qPrintable(again->errorMessage));
    QVERIFY(!again->statements.isEmpty());
    QVERIFY2(again->statements.last().contains(u"CREATE INDEX ix_reviews_book_id"_s),
        qPrintable(again->statements.join(u'\n')));
    QVERIFY(!again->traceback.isEmpty());

    // Every other check still ran and passed: the failure is pinned on one revision.
    QCOMPARE(report.count(CheckStatus::Failed), 2);
    QCOMPARE(report.count(CheckStatus::Passed), 3 + 3 * 7 - 2);
    QCOMPARE(sha256(QDir(project).filePath(u"bookshelf.db"_s)), before);
}

void TestHealthChecker::downgradeThatForgetsAColumn()
{
    const QString project = useExample(u"notes-sqlmodel"_s);
    QVERIFY(!project.isEmpty());
    QVERIFY(
        editFile(QDir(project).filePath(u"migrations/versions/6f7e8d9c0b1a_add_pinned_flag.py"_s),
            u"batch_op.drop_column(\"pinned\")"_s, u"pass"_s));

    const ChecksReport report = checker()->run(target(project), {});
    const CheckResult *downgrade = find(report, u"6f7e8d9c0b1a"_s, CheckKind::Downgrade);
    QVERIFY(downgrade);
    QCOMPARE(downgrade->status, CheckStatus::Failed);
    QCOMPARE(downgrade->differences,
        QStringList {u"extra column note.pinned BOOLEAN NOT NULL DEFAULT 0"_s});
    QVERIFY(downgrade->message.startsWith(
        u"The downgrade to 0a1b2c3d4e5f does not undo the upgrade to 6f7e8d9c0b1a"_s));
    QCOMPARE(find(report, u"6f7e8d9c0b1a"_s, CheckKind::Reupgrade)->status, CheckStatus::Failed);
    QVERIFY(find(report, u"6f7e8d9c0b1a"_s, CheckKind::Reupgrade)
                ->errorMessage.contains(u"duplicate column name: pinned"_s));
    QCOMPARE(report.count(CheckStatus::Failed), 2);
}

void TestHealthChecker::failingUpgradeIsReportedWithItsError()
{
    const QString project = useExample(u"notes-sqlmodel"_s);
    QVERIFY(!project.isEmpty());
    const QString script = QDir(project).filePath(
        u"migrations/versions/b2c4e6f8a0d1_require_note_body_unique_notebook_names.py"_s);
    QVERIFY(editFile(script, u"def upgrade() -> None:"_s,
        u"def upgrade() -> None:\n    op.execute(\"UPDATE no_such_table SET x = 1\")\n"_s));

    const ChecksReport report = checker()->run(target(project), {});
    const CheckResult *upgrade = find(report, u"b2c4e6f8a0d1"_s, CheckKind::Upgrade);
    QVERIFY2(upgrade, qPrintable(dump(report)));
    QCOMPARE(upgrade->status, CheckStatus::Failed);
    QCOMPARE(upgrade->errorType, u"OperationalError"_s);
    QVERIFY2(upgrade->message.startsWith(u"Upgrading to b2c4e6f8a0d1 failed: revision "
                                         "b2c4e6f8a0d1: OperationalError: "_s),
        qPrintable(upgrade->message));
    QVERIFY(upgrade->errorMessage.contains(u"no such table: no_such_table"_s));
    QCOMPARE(upgrade->statements.value(upgrade->statements.size() - 1),
        u"UPDATE no_such_table SET x = 1"_s);
    QCOMPARE(QFileInfo(upgrade->file).fileName(), QFileInfo(script).fileName());
    QVERIFY(upgrade->line > 0);

    // The upgrade from empty hits the same error; what depends on it is skipped, not failed.
    QCOMPARE(find(report, {}, CheckKind::UpgradeFromEmpty)->status, CheckStatus::Failed);
    QCOMPARE(find(report, {}, CheckKind::ModelsMatch)->status, CheckStatus::Skipped);
    QCOMPARE(find(report, u"b2c4e6f8a0d1"_s, CheckKind::Downgrade)->status, CheckStatus::Skipped);
    const CheckResult *child = find(report, u"d4e5f6a7b8c9"_s, CheckKind::Upgrade);
    QCOMPARE(child->status, CheckStatus::Skipped);
    QVERIFY(child->message.contains(u"b2c4e6f8a0d1"_s));
    // The revisions before it are checked as usual.
    QCOMPARE(find(report, u"6f7e8d9c0b1a"_s, CheckKind::Downgrade)->status, CheckStatus::Passed);
    QCOMPARE(report.count(CheckStatus::Failed), 2);
}

void TestHealthChecker::oneRevisionOnly()
{
    const QString project = useExample(u"bookshelf"_s);
    QVERIFY(!project.isEmpty());
    HealthChecker::Options options;
    options.projectChecks = false;
    options.revisions = {u"e4b8f7a2c5d6"_s}; // the merge: both parents are brought in first
    const ChecksReport report = checker()->run(target(project), options);
    QVERIFY2(report.passed(), qPrintable(dump(report)));
    QCOMPARE(report.results.size(), 3);
    for (const CheckResult &result : report.results)
        QCOMPARE(result.revision, u"e4b8f7a2c5d6"_s);
    QCOMPARE(report.results[1].message,
        u"Downgrading to a6c3d2e1f0b9 restores the schema from before the upgrade."_s);

    options.revisions = {u"nope"_s};
    const ChecksReport unknown = checker()->run(target(project), options);
    QVERIFY(unknown.error);
    QCOMPARE(unknown.error->message, u"Can't locate revision identified by 'nope'"_s);
}

void TestHealthChecker::multipleHeadsFail()
{
    const QString project = useExample(u"bookshelf"_s);
    QVERIFY(!project.isEmpty());
    QVERIFY(QFile::remove(
        QDir(project).filePath(u"migrations/versions/e4b8f7a2c5d6_merge_reviews_and_tags.py"_s)));
    HealthChecker::Options options;
    options.roundTrips = false;
    const ChecksReport report = checker()->run(target(project), options);
    const CheckResult *heads = find(report, {}, CheckKind::SingleHead);
    QVERIFY(heads);
    QCOMPARE(heads->status, CheckStatus::Failed);
    QVERIFY2(heads->message.startsWith(u"2 heads: "_s), qPrintable(heads->message));
    // Both heads are still upgraded to; the models describe the merged schema, so they match.
    QCOMPARE(find(report, {}, CheckKind::UpgradeFromEmpty)->status, CheckStatus::Passed);
    QCOMPARE(find(report, {}, CheckKind::ModelsMatch)->status, CheckStatus::Passed);
}

void TestHealthChecker::asynchronousRunReportsProgressAndCancels()
{
    const QString project = useExample(u"bookshelf"_s);
    QVERIFY(!project.isEmpty());
    const ChecksTarget checked = target(project);
    HealthChecker *running = checker();
    QSignalSpy results(running, &HealthChecker::resultReady);
    QSignalSpy progress(running, &HealthChecker::progress);
    QSignalSpy finished(running, &HealthChecker::finished);
    QVERIFY(running->start(checked, {}));
    QVERIFY(running->isRunning());
    QVERIFY(!running->start(checked, {})); // one run at a time
    // Cancel once the first round trip has passed its upgrade.
    QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 4 || !finished.isEmpty(), 120000);
    running->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto report = finished.first().first().value<ChecksReport>();
    QVERIFY(report.cancelled);
    QVERIFY(!report.passed());
    QVERIFY(report.results.size() < 3 + 3 * 7);
    QCOMPARE(report.results.size(), results.size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), 3 + 3 * 7);
    QVERIFY(!running->isRunning());
}

void TestHealthChecker::refusesAnUntrustedFolder()
{
    const QString project = useExample(u"bookshelf"_s);
    QVERIFY(!project.isEmpty());
    m_trust->revoke(project);
    const ChecksReport report = checker()->run(target(project), {});
    QVERIFY(report.error);
    QVERIFY(report.error->message.contains(u"is not trusted"_s));
    QVERIFY(report.results.isEmpty());
}

QTEST_GUILESS_MAIN(TestHealthChecker)
#include "tst_healthchecker.moc"
