// SPDX-License-Identifier: MIT
#include "launch/LaunchRequest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

class TestLaunchRequest : public QObject {
    Q_OBJECT

private slots:
    void fromArguments_data();
    void fromArguments();
};

void TestLaunchRequest::fromArguments_data()
{
    QTest::addColumn<QStringList>("arguments"); // "@" stands for an existing folder
    QTest::addColumn<bool>("commandLine");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("database");

    QTest::newRow("no arguments: empty workbench")
        << QStringList {} << false << QString() << QString();
    QTest::newRow("folder") << QStringList {u"@"_s} << false << u"@"_s << QString();
    QTest::newRow("folder and database")
        << QStringList {u"@"_s, u"--db"_s, u"app.db"_s} << false << u"@"_s << u"app.db"_s;
    QTest::newRow("database first, = form")
        << QStringList {u"--db=app.db"_s, u"@"_s} << false << u"@"_s << u"app.db"_s;
    QTest::newRow("command") << QStringList {u"history"_s} << true << QString() << QString();
    QTest::newRow("command after --db")
        << QStringList {u"--db"_s, u"app.db"_s, u"heads"_s} << true << QString() << QString();
    QTest::newRow("options first")
        << QStringList {u"-c"_s, u"alembic.ini"_s, u"current"_s} << true << QString() << QString();
    QTest::newRow("version") << QStringList {u"--version"_s} << true << QString() << QString();
    QTest::newRow("help") << QStringList {u"--help"_s} << true << QString() << QString();
    QTest::newRow("mistyped command")
        << QStringList {u"histroy"_s} << true << QString() << QString();
    QTest::newRow("two folders") << QStringList {u"@"_s, u"@"_s} << true << QString() << QString();
}

void TestLaunchRequest::fromArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    QFETCH(QString, project);
    QFETCH(QString, database);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    arguments.replaceInStrings(u"@"_s, folder.path());
    project.replace(u"@"_s, folder.path());

    const LaunchRequest request = LaunchRequest::fromArguments(arguments);
    QCOMPARE(request.mode == LaunchRequest::Mode::CommandLine, commandLine);
    QCOMPARE(request.projectPath, project);
    if (!commandLine)
        QCOMPARE(request.databasePath, database);
}

QTEST_APPLESS_MAIN(TestLaunchRequest)
#include "tst_launchrequest.moc"
