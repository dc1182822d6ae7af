// SPDX-License-Identifier: MIT
#include "cli/CliOptions.h"
#include "launch/LaunchRequest.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using retort::CliOptions;
using Command = CliOptions::Command;

Q_DECLARE_METATYPE(CliOptions::Command)

class TestCliOptions : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void handsLintItsArguments();
    void parsesEngineOptions();
    void handsCheckAllItsArguments();
    void everyCommand_data();
    void everyCommand();
    void commandListIsComplete();
};

namespace {

QStringList args(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void TestCliOptions::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("revRange");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<bool>("flag"); ///< the command's own switch (verbose, -i, json...)

    const QString ini = QStringLiteral("alembic.ini");
    QTest::newRow("heads") << args("heads") << Command::Heads << ini << QString() << QString()
                           << QStringList {} << false;
    QTest::newRow("options after command")
        << args("heads -c x/a.ini --resolve-dependencies") << Command::Heads
        << QStringLiteral("x/a.ini") << QString() << QString() << QStringList {} << true;
    QTest::newRow("long option with =")
        << args("--config=proj history --rev-range=-3:") << Command::History
        << QStringLiteral("proj") << QStringLiteral("-3:") << QString() << QStringList {} << false;
    QTest::newRow("value starting with dash")
        << args("history -r -3: -i") << Command::History << ini << QStringLiteral("-3:")
        << QString() << QStringList {} << true;
    QTest::newRow("show") << args("show 4e2b --json") << Command::Show << ini << QString()
                          << QString() << QStringList {} << true;
    QTest::newRow("plan negative target")
        << args("plan downgrade -1") << Command::Plan << ini << QString() << QStringLiteral("-1")
        << QStringList {} << false;
    QTest::newRow("plan from") << args("plan upgrade heads --from a1,b2") << Command::Plan << ini
                               << QString() << QStringLiteral("heads")
                               << QStringList {QStringLiteral("a1"), QStringLiteral("b2")} << false;
    QTest::newRow("current verbose") << args("-v current") << Command::Current << ini << QString()
                                     << QString() << QStringList {} << true;
}

void TestCliOptions::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(Command, command);
    QFETCH(QString, config);
    QFETCH(QString, revRange);
    QFETCH(QString, target);
    QFETCH(QStringList, from);
    QFETCH(bool, flag);

    const auto parsed = CliOptions::parse(arguments);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->command, command);
    QCOMPARE(parsed->configPath, config);
    QCOMPARE(parsed->revRange, revRange);
    QCOMPARE(parsed->hasRevRange, !revRange.isEmpty());
    QCOMPARE(parsed->target, target);
    QCOMPARE(parsed->fromRevisions, from);
    const bool seen
        = parsed->resolveDependencies || parsed->indicateCurrent || parsed->json || parsed->verbose;
    QCOMPARE(seen, flag);
}

void TestCliOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("unknown command") << args("frobnicate head");
    QTest::newRow("upgrade without target") << args("upgrade");
    QTest::newRow("upgrade with two") << args("upgrade a b");
    QTest::newRow("purge on upgrade") << args("upgrade head --purge");
    QTest::newRow("autogenerate on merge") << args("merge heads --autogenerate");
    QTest::newRow("merge without revisions") << args("merge -m x");
    QTest::newRow("restore without id") << args("restore");
    QTest::newRow("sql on check") << args("check --sql");
    QTest::newRow("unknown option") << args("heads --sql");
    QTest::newRow("missing value") << args("heads -c");
    QTest::newRow("value on a switch") << args("heads --json=yes");
    QTest::newRow("history option on heads") << args("heads -r 1:2");
    QTest::newRow("from on show") << args("show head --from a");
    QTest::newRow("show without revision") << args("show");
    QTest::newRow("show with two") << args("show a b");
    QTest::newRow("plan without target") << args("plan upgrade");
    QTest::newRow("plan bad direction") << args("plan stamp head");
    QTest::newRow("extra argument") << args("current head");
}

void TestCliOptions::rejects()
{
    QFETCH(QStringList, arguments);
    const auto parsed = CliOptions::parse(arguments);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, retort::Error::Kind::Usage);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestCliOptions::handsLintItsArguments()
{
    const auto parsed = CliOptions::parse(args("-c proj lint --json --select lint"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->command, Command::Lint);
    QCOMPARE(parsed->lintArguments, args("-c proj --json --select lint"));
    // `lint` as a value is not the command.
    QVERIFY(!CliOptions::parse(args("-n lint")).ok());
}

void TestCliOptions::parsesEngineOptions()
{
    const auto upgrade = CliOptions::parse(
        args("--trust -x db=a.db upgrade a1:b2 --sql --tag t1 -x k=v --db x.db"));
    QVERIFY(upgrade.ok());
    QCOMPARE(upgrade->command, Command::Upgrade);
    QVERIFY(upgrade->trust && upgrade->sql && upgrade->runsPython());
    QCOMPARE(upgrade->revisions, args("a1:b2"));
    QCOMPARE(upgrade->tag, u"t1"_s);
    QCOMPARE(upgrade->xArguments, args("db=a.db k=v"));
    QCOMPARE(upgrade->database, u"x.db"_s);

    const auto stamp = CliOptions::parse(args("stamp a1 b2 --purge"));
    QVERIFY(stamp.ok());
    QCOMPARE(stamp->revisions, args("a1 b2"));
    QVERIFY(stamp->purge);

    const auto revision = CliOptions::parse(
        {u"revision"_s, u"-m"_s, u"add two things"_s, u"--autogenerate"_s, u"--head"_s, u"base"_s,
            u"--splice"_s, u"--branch-label=side"_s, u"--depends-on"_s, u"a1"_s, u"--depends-on"_s,
            u"b2"_s, u"--version-path"_s, u"v2"_s, u"--rev-id"_s, u"ff"_s});
    QVERIFY(revision.ok());
    QCOMPARE(revision->message, u"add two things"_s);
    QVERIFY(revision->autogenerate && revision->splice);
    QCOMPARE(revision->head, u"base"_s);
    QCOMPARE(revision->branchLabel, u"side"_s);
    QCOMPARE(revision->dependsOn, args("a1 b2"));
    QCOMPARE(revision->versionPath, u"v2"_s);
    QCOMPARE(revision->revId, u"ff"_s);

    const auto merge = CliOptions::parse(args("merge a1 b2 -m join --rev-id cc --branch-label j"));
    QVERIFY(merge.ok());
    QCOMPARE(merge->revisions, args("a1 b2"));
    QCOMPARE(merge->message, u"join"_s);

    const auto restore = CliOptions::parse(args("restore 20261121T"));
    QVERIFY(restore.ok());
    QCOMPARE(restore->backupId, u"20261121T"_s);
    QVERIFY(!restore->runsPython());
    QVERIFY(!CliOptions::parse(args("backups")).value().runsPython());
}

void TestCliOptions::handsCheckAllItsArguments()
{
    // `check --all` belongs to the health check, which parses its own options.
    const auto parsed = CliOptions::parse(args("-c proj check --all --its-own-option 3"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->command, Command::Check);
    QVERIFY(parsed->checkAll);
    QCOMPARE(parsed->healthArguments, args("-c proj --all --its-own-option 3"));
    const auto plain = CliOptions::parse(args("check"));
    QVERIFY(plain.ok());
    QVERIFY(!plain->checkAll);
}

void TestCliOptions::everyCommand_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments"); // the shortest valid command line
    QTest::addColumn<Command>("command");
    QTest::newRow("heads") << u"heads"_s << args("heads") << Command::Heads;
    QTest::newRow("history") << u"history"_s << args("history") << Command::History;
    QTest::newRow("branches") << u"branches"_s << args("branches") << Command::Branches;
    QTest::newRow("current") << u"current"_s << args("current") << Command::Current;
    QTest::newRow("show") << u"show"_s << args("show head") << Command::Show;
    QTest::newRow("lint") << u"lint"_s << args("lint") << Command::Lint;
    QTest::newRow("plan") << u"plan"_s << args("plan upgrade head") << Command::Plan;
    QTest::newRow("upgrade") << u"upgrade"_s << args("upgrade head") << Command::Upgrade;
    QTest::newRow("downgrade") << u"downgrade"_s << args("downgrade -1") << Command::Downgrade;
    QTest::newRow("stamp") << u"stamp"_s << args("stamp head") << Command::Stamp;
    QTest::newRow("sql") << u"sql"_s << args("sql head") << Command::Sql;
    QTest::newRow("check") << u"check"_s << args("check") << Command::Check;
    QTest::newRow("revision") << u"revision"_s << args("revision") << Command::Revision;
    QTest::newRow("merge") << u"merge"_s << args("merge heads") << Command::Merge;
    QTest::newRow("backup") << u"backup"_s << args("backup") << Command::Backup;
    QTest::newRow("backups") << u"backups"_s << args("backups") << Command::Backups;
    QTest::newRow("restore") << u"restore"_s << args("restore 2026") << Command::Restore;
}

void TestCliOptions::everyCommand()
{
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    QVERIFY(CliOptions::commandNames().contains(name));
    const auto parsed = CliOptions::parse(arguments);
    QVERIFY(parsed.ok());
    QTEST(parsed->command, "command");

    // --help: one line for the command, with a summary after its synopsis.
    const QStringList lines = CliOptions::helpText().split(u'\n');
    const QRegularExpression line(u"^  %1( \\S+)* {2,}\\S"_s.arg(QRegularExpression::escape(name)));
    QCOMPARE(lines.filter(line).size(), 1);

    // The launcher runs it headless, even beside a folder of the same name.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QDir(folder.path()).mkdir(name));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(folder.path()));
    const retort::LaunchRequest request = retort::LaunchRequest::fromArguments({name});
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(request.mode == retort::LaunchRequest::Mode::CommandLine);
}

void TestCliOptions::commandListIsComplete()
{
    // everyCommand_data() covers them all; a new command needs a row there.
    QCOMPARE(CliOptions::commandNames().size(), 17);
    QVERIFY(CliOptions::parse({}).error().message.contains(
        CliOptions::commandNames().join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
