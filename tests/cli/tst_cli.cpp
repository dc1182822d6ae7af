// SPDX-License-Identifier: MIT
// Golden-file tests of the `retort` executable: each case of tests/data/cli/cases.txt runs the
// built binary in a fresh copy of its fixture and compares stdout, stderr and the exit code with
// the files tests/cli/generate_golden.py wrote from the real alembic CLI.

#include "TestTree.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString dataDir = QStringLiteral(RETORT_TEST_DATA_DIR "/cli");
const QString placeholder = QStringLiteral("@PROJECT@");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(file.readAll());
}

/// Loads `sqlFile` (statements ending with ";" at line end) into a new SQLite file `dbFile`.
QString loadSql(const QString &sqlFile, const QString &dbFile)
{
    const QString name = QStringLiteral("fixture-") + dbFile;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbFile);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        const QStringList statements
            = readText(sqlFile).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty() && !query.exec(statement) && problem.isEmpty())
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

/// Makes the parts where Alembic prints a Python set (whose order is arbitrary) comparable:
/// "Branches into:" lists and the child lines of `branches` are sorted; with `sortAll`, every
/// line is.
QString normalized(const QString &text, bool sortAll)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    static const QString branchesInto = QStringLiteral("Branches into: ");
    static const QRegularExpression childLine(QStringLiteral("^ +-> "));
    for (QString &line : lines) {
        if (line.startsWith(branchesInto)) {
            QStringList items = line.mid(branchesInto.size()).split(QStringLiteral(", "));
            items.sort();
            line = branchesInto + items.join(QStringLiteral(", "));
        }
    }
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype end = i;
        while (end < lines.size() && childLine.match(lines.at(end)).hasMatch())
            ++end;
        std::sort(lines.begin() + i, lines.begin() + end);
        i = end > i ? end : i + 1;
    }
    if (sortAll)
        lines.sort();
    return lines.join(QLatin1Char('\n'));
}

struct RunResult {
    bool finished = false;
    int exitCode = -1;
    QString out; ///< stdout with the project folder written as @PROJECT@
    QString err; ///< stderr, likewise
};

/// Copies `fixture` into `work` and loads its .sql files into .db files; returns the copy's
/// canonical path, empty on failure.
QString prepareFixture(const QString &fixture, const QTemporaryDir &work)
{
    const QString copy = work.filePath(fixture);
    if (!work.isValid()
        || !retort::test::copyTree(dataDir + QLatin1Char('/') + fixture, copy, /*hidden=*/true))
        return {};
    const QString project = QDir(copy).canonicalPath();
    for (const QString &sql : QDir(project).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const QString problem = loadSql(project + QLatin1Char('/') + sql,
            project + QLatin1Char('/') + sql.chopped(4) + QStringLiteral(".db"));
        if (!problem.isEmpty()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(problem));
            return {};
        }
    }
    return project;
}

RunResult runRetort(const QString &workingDir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    // The golden files hold what Alembic prints when it reads version folders sorted, as 1.10 and
    // later do; pin that rule. differential_alembic covers the installed Alembic's own rule.
    const QStringList pinned {QStringLiteral("--alembic-version"), QStringLiteral("1.13.0")};
    process.start(QStringLiteral(RETORT_BINARY), pinned + arguments);
    RunResult result;
    result.finished
        = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out
        = QString::fromUtf8(process.readAllStandardOutput()).replace(workingDir, placeholder);
    result.err = QString::fromUtf8(process.readAllStandardError()).replace(workingDir, placeholder);
    return result;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void helpListsExitCodes();
    void usageErrors_data();
    void usageErrors();
    void retortOnly_data();
    void retortOnly();
    void lockedDatabase();
};

void TestCli::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("options");

    const QStringList lines
        = readText(dataDir + QStringLiteral("/cases.txt")).split(QLatin1Char('\n'));
    int cases = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QLatin1Char('|'));
        for (QString &field : fields)
            field = field.trimmed();
        while (fields.size() < 5)
            fields.append(QString());
        QTest::newRow(qPrintable(fields.at(0)))
            << fields.at(1) << fields.at(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)
            << fields.at(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        ++cases;
    }
    QVERIFY2(cases > 0, "tests/data/cli/cases.txt lists no case");
}

void TestCli::golden()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, options);
    const QString name = QString::fromLatin1(QTest::currentDataTag());

    QTemporaryDir work;
    const QString project = prepareFixture(fixture, work);
    QVERIFY(!project.isEmpty());
    const RunResult run = runRetort(project, arguments);
    QVERIFY(run.finished);
    const QString &out = run.out;
    const QString &err = run.err;

    const QString golden = dataDir + QStringLiteral("/golden/") + name;
    const QString expectedOut = readText(golden + QStringLiteral(".stdout"));
    if (std::any_of(options.cbegin(), options.cend(),
            [](const QString &o) { return o.startsWith(QLatin1String("json=")); })) {
        QJsonParseError parseError;
        const QJsonDocument actual = QJsonDocument::fromJson(out.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(out));
        QCOMPARE(actual.toJson(), QJsonDocument::fromJson(expectedOut.toUtf8()).toJson());
    } else {
        const bool sortAll = options.contains(QStringLiteral("sort"));
        QCOMPARE(normalized(out, sortAll), normalized(expectedOut, sortAll));
    }
    QCOMPARE(err, readText(golden + QStringLiteral(".stderr")));
    QCOMPARE(run.exitCode, readText(golden + QStringLiteral(".exit")).trimmed().toInt());
}

void TestCli::helpListsExitCodes()
{
    QProcess process;
    process.start(QStringLiteral(RETORT_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *expected :
        {"Exit codes:", "  0  success", "  1  ", "  2  usage error", "  3  "})
        QVERIFY2(help.contains(QLatin1String(expected)), expected);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("frobnicate"), QStringLiteral("head")};
    QTest::newRow("stamp without revision") << QStringList {QStringLiteral("stamp")};
    QTest::newRow("sql option of another command") << QStringList {
        QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--purge")};
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("heads"), QStringLiteral("--sql")};
    QTest::newRow("missing value") << QStringList {QStringLiteral("history"), QStringLiteral("-r")};
    QTest::newRow("show without revision") << QStringList {QStringLiteral("show")};
    QTest::newRow("plan without target")
        << QStringList {QStringLiteral("plan"), QStringLiteral("upgrade")};
    QTest::newRow("plan bad direction")
        << QStringList {QStringLiteral("plan"), QStringLiteral("sideways"), QStringLiteral("head")};
    QTest::newRow("option of another command")
        << QStringList {QStringLiteral("heads"), QStringLiteral("-i")};
    QTest::newRow("extra argument") << QStringList {QStringLiteral("heads"), QStringLiteral("x")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.setWorkingDirectory(dataDir + QStringLiteral("/linear"));
    process.start(QStringLiteral(RETORT_BINARY), arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("FAILED: "));
}

void TestCli::retortOnly_data()
{
    // Cases alembic has no counterpart for (it would create a missing database, and it reads
    // only SQLAlchemy URLs): the exit code, and a line of stdout or stderr.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOut");
    QTest::addColumn<QString>("errorPart");

    const auto args = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("missing database")
        << args("--db missing.db current") << 3 << QString()
        << QStringLiteral("FAILED: Database file not found: @PROJECT@/missing.db");
    QTest::newRow("not a database") << args("--db app.sql current") << 3 << QString()
                                    << QStringLiteral("is not an SQLite database");
    QTest::newRow("server database") << args("-n postgres current") << 3 << QString()
                                     << QStringLiteral("postgresql://app:***@localhost/app");
    QTest::newRow("no url") << args("-n nourl current") << 3 << QString()
                            << QStringLiteral("no sqlalchemy.url");
    QTest::newRow("no url, --db") << args("-n nourl --db app.db current") << 0
                                  << QStringLiteral("4e2b1c9d7a31\n") << QString();
    QTest::newRow("no version table")
        << args("--db empty.db current -v") << 0
        << QStringLiteral("Current revision(s) for sqlite:///empty.db:\n") << QString();
    QTest::newRow("custom version table")
        << args("--db custom.db --version-table app_schema_version current") << 0
        << QStringLiteral("9c8d7e6f5a4b (head)\n") << QString();
    QTest::newRow("config folder")
        << args("-c . heads") << 0 << QStringLiteral("9c8d7e6f5a4b (head)\n") << QString();
    QTest::newRow("plan --from")
        << args("plan upgrade head --from 1a0f3c2e5b77") << 0
        << QStringLiteral("Running upgrade 1a0f3c2e5b77 -> 4e2b1c9d7a31, add email column\n"
                          "Running upgrade 4e2b1c9d7a31 -> 9c8d7e6f5a4b, index email\n")
        << QString();
    QTest::newRow("plan --from unknown") << args("plan upgrade head --from 0123abcd") << 1
                                         << QString() << QStringLiteral("FAILED: ");
    QTest::newRow("unknown revision, plan")
        << args("-n unknown plan upgrade head") << 1 << QString()
        << QStringLiteral("FAILED: Can't locate revision identified by 'deadbeefcafe'");
}

void TestCli::retortOnly()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOut);
    QFETCH(QString, errorPart);

    QTemporaryDir work;
    const QString project = prepareFixture(QStringLiteral("linear"), work);
    QVERIFY(!project.isEmpty());
    const RunResult run = runRetort(project, arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, expectedOut);
    if (errorPart.isEmpty())
        QCOMPARE(run.err, QString());
    else
        QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QVERIFY(!QFile::exists(project + QStringLiteral("/missing.db")));
}

void TestCli::lockedDatabase()
{
    QTemporaryDir work;
    const QString project = prepareFixture(QStringLiteral("linear"), work);
    QVERIFY(!project.isEmpty());
    const QString name = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(project + QStringLiteral("/app.db"));
        QVERIFY(holder.open());
        QSqlQuery query(holder);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const RunResult locked = runRetort(project, {QStringLiteral("current")});
        QVERIFY(locked.finished);
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.err.contains(QLatin1String("is locked")), qPrintable(locked.err));
        // Commands that do not need the database still work.
        const RunResult heads = runRetort(project, {QStringLiteral("heads")});
        QCOMPARE(heads.exitCode, 0);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    const RunResult released = runRetort(project, {QStringLiteral("current")});
    QCOMPARE(released.exitCode, 0);
    QCOMPARE(released.out, QStringLiteral("4e2b1c9d7a31\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
