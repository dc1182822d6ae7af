// SPDX-License-Identifier: MIT
#include "ChecksFixture.h"
#include "checks/HealthChecker.h"
#include "cli/HealthCommand.h"
#include "engine/TrustStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;
using namespace checksfixture;

class TestHealthCommand : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void formatsAFailingRun();
    void exitCodes();
    void execRunsTheChecks();
};

void TestHealthCommand::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("trust");
    QTest::addColumn<QStringList>("revisions");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("database");

    QTest::newRow("all") << QStringList {u"--all"_s} << true << false << false << QStringList()
                         << u"alembic.ini"_s << QString();
    QTest::newRow("everything") << QStringList {u"--all"_s, u"--json"_s, u"-c"_s,
        u"p/alembic.ini"_s, u"--db"_s, u"x.db"_s, u"--trust"_s}
                                << true << true << true << QStringList() << u"p/alembic.ini"_s
                                << u"x.db"_s;
    QTest::newRow("revisions") << QStringList {u"--revision"_s, u"ae10"_s, u"--revision=b2"_s}
                               << false << false << false << QStringList {u"ae10"_s, u"b2"_s}
                               << u"alembic.ini"_s << QString();
}

void TestHealthCommand::parses()
{
    QFETCH(QStringList, arguments);
    const auto options = HealthCommand::parse(arguments);
    QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message));
    QTEST(options->all, "all");
    QTEST(options->json, "json");
    QTEST(options->trust, "trust");
    QTEST(options->revisions, "revisions");
    QTEST(options->project.configPath, "config");
    QTEST(options->project.databaseOverride, "database");
}

void TestHealthCommand::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing to check")
        << QStringList {u"--json"_s} << u"retort check needs --all or --revision REV"_s;
    QTest::newRow("unknown") << QStringList {u"--all"_s, u"--fast"_s}
                             << u"Unknown check option '--fast'"_s;
    QTest::newRow("missing value")
        << QStringList {u"--all"_s, u"--revision"_s} << u"--revision needs a value"_s;
    QTest::newRow("bad timeout") << QStringList {u"--all"_s, u"--timeout"_s, u"soon"_s}
                                 << u"--timeout needs a number of seconds, not 'soon'"_s;
}

void TestHealthCommand::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto options = HealthCommand::parse(arguments);
    QVERIFY(!options.ok());
    QCOMPARE(options.error().kind, Error::Kind::Usage);
    QCOMPARE(options.error().message, message);
}

void TestHealthCommand::formatsAFailingRun()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"bookshelf"_s);
    QVERIFY(copyExample(u"bookshelf"_s, project));
    QVERIFY(editFile(
        QDir(project).filePath(u"migrations/versions/a6c3d2e1f0b9_index_reviews_by_book.py"_s),
        u"batch_op.drop_index(batch_op.f('ix_reviews_book_id'))"_s, u"pass"_s));
    TrustStore trust(dir.filePath(u"trust.ini"_s));
    QVERIFY(trust.trust(project).ok());
    Project::Options options;
    options.configPath = project;
    const auto loaded = Project::load(options);
    QVERIFY(loaded.ok());
    const auto target = ChecksTarget::fromProject(*loaded);
    QVERIFY(target.ok());
    HealthChecker checker(&trust);
    checker.setInterpreter(testPython());
    HealthChecker::Options only;
    only.projectChecks = false;
    only.revisions = {u"a6c3d2e1f0b9"_s};
    const ChecksReport report = checker.run(*target, only);

    const auto plain = HealthCommand::format(report, false, project);
    QCOMPARE(plain.exitCode, int(HealthCommand::Failed));
    const QStringList lines = plain.out.split(u'\n');
    QCOMPARE(lines.value(0),
        u"PASS  a6c3d2e1f0b9  upgrade             Upgrades from 5e9a0b7c3f12 to a6c3d2e1f0b9."_s);
    QCOMPARE(lines.value(1),
        u"FAIL  a6c3d2e1f0b9  downgrade           The downgrade to 5e9a0b7c3f12 does not undo "
        "the upgrade to a6c3d2e1f0b9: extra index ix_reviews_book_id on reviews (book_id)"_s);
    QCOMPARE(
        lines.value(2), u"      difference: extra index ix_reviews_book_id on reviews (book_id)"_s);
    QVERIFY2(plain.out.contains(u"FAIL  a6c3d2e1f0b9  upgrade-again"_s), qPrintable(plain.out));
    QVERIFY(plain.out.contains(u"      error: OperationalError: "_s));
    QVERIFY(plain.out.contains(
        u"      at: migrations/versions/a6c3d2e1f0b9_index_reviews_by_book.py:"_s));
    QCOMPARE(plain.err, u"1 passed, 2 failed, 0 skipped\n"_s);

    const auto json = HealthCommand::format(report, true, project);
    QCOMPARE(json.exitCode, int(HealthCommand::Failed));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value("passed"_L1).toBool(true), false);
    QCOMPARE(object.value("summary"_L1).toObject().value("failed"_L1).toInt(), 2);
    const QJsonArray results = object.value("results"_L1).toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject downgrade = results.at(1).toObject();
    QCOMPARE(downgrade.value("check"_L1).toString(), u"downgrade"_s);
    QCOMPARE(downgrade.value("status"_L1).toString(), u"fail"_s);
    QCOMPARE(downgrade.value("revision"_L1).toString(), u"a6c3d2e1f0b9"_s);
    QCOMPARE(downgrade.value("differences"_L1).toArray().first().toString(),
        u"extra index ix_reviews_book_id on reviews (book_id)"_s);
    const QJsonObject error = results.at(2).toObject().value("error"_L1).toObject();
    QCOMPARE(error.value("type"_L1).toString(), u"OperationalError"_s);
    QVERIFY(error.value("traceback"_L1).toString().contains(u"Traceback"_s));
}

void TestHealthCommand::exitCodes()
{
    ChecksReport passed;
    passed.results << CheckResult {};
    passed.results.last().status = CheckStatus::Passed;
    QCOMPARE(HealthCommand::format(passed, false, {}).exitCode, int(HealthCommand::Passed));
    ChecksReport untrusted;
    untrusted.error = TrustStore::untrustedError(u"/p"_s);
    const auto output = HealthCommand::format(untrusted, false, {});
    QCOMPARE(output.exitCode, int(HealthCommand::ProjectError));
    QVERIFY(output.err.startsWith(u"FAILED: The project folder /p is not trusted."_s));
    ChecksReport unknown;
    unknown.error = makeError(Error::Kind::Resolution, u"Can't locate revision"_s);
    QCOMPARE(HealthCommand::format(unknown, true, {}).exitCode, int(HealthCommand::Failed));
    ChecksReport cancelled = passed;
    cancelled.cancelled = true;
    QCOMPARE(HealthCommand::format(cancelled, false, {}).exitCode, int(HealthCommand::Failed));
}

void TestHealthCommand::execRunsTheChecks()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"notes"_s);
    QVERIFY(copyExample(u"notes-sqlmodel"_s, project));
    const QString config = QDir(project).filePath(u"alembic.ini"_s);
    // Not trusted (the user's trust list does not know this new folder): nothing runs.
    QCOMPARE(HealthCommand::exec({u"--all"_s, u"-c"_s, config}), int(HealthCommand::ProjectError));
    // --trust for this run, a partial revision id, resolved as Alembic does.
    QCOMPARE(HealthCommand::exec({u"--revision"_s, u"6f7e"_s, u"-c"_s, config, u"--trust"_s}),
        int(HealthCommand::Passed));
    QCOMPARE(HealthCommand::exec({u"--revision"_s, u"zzzz"_s, u"-c"_s, config, u"--trust"_s}),
        int(HealthCommand::Failed)); // Alembic's "Can't locate revision", exit code 1
    QCOMPARE(HealthCommand::exec({u"--all"_s, u"-c"_s, dir.filePath(u"nowhere.ini"_s)}),
        int(HealthCommand::ProjectError));
}

QTEST_GUILESS_MAIN(TestHealthCommand)
#include "tst_healthcommand.moc"
