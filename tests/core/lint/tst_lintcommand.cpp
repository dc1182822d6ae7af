// SPDX-License-Identifier: MIT
#include "cli/LintCommand.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace retort;

namespace {

QString projectDir()
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/lint/project");
}

Project loadProject(const QString &section)
{
    Project::Options options;
    options.configPath = projectDir() + QStringLiteral("/alembic.ini");
    options.section = section;
    options.workingDir = projectDir();
    Result<Project> project = Project::load(options);
    if (!project) {
        qFatal("cannot load the lint fixture: %s", qPrintable(project.error().message));
    }
    return std::move(project).value();
}

// Set RETORT_UPDATE_GOLDEN=1 to rewrite the golden output from the current one.
QString golden(const QString &name, const QString &actual)
{
    QFile file(projectDir() + QStringLiteral("/expected/") + name);
    if (qEnvironmentVariableIntValue("RETORT_UPDATE_GOLDEN") == 1) {
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(actual.toUtf8());
        }
        return actual;
    }
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items) {
        out.append(QString::fromLatin1(item));
    }
    return out;
}

} // namespace

class tst_LintCommand : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void output_data();
    void output();
    void strictFailsOnWarnings();
    void serverDatabaseSkipsSqliteRules();
    void listRules();
};

void tst_LintCommand::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("select");
    QTest::addColumn<QStringList>("ignore");

    const int plain = int(LintCommand::Format::Plain);
    const int json = int(LintCommand::Format::Json);
    const int github = int(LintCommand::Format::Github);
    QTest::newRow("defaults") << QStringList() << true << plain << QStringList() << QStringList();
    QTest::newRow("json") << list({"--json"}) << true << json << QStringList() << QStringList();
    QTest::newRow("github") << list({"--format", "github"}) << true << github << QStringList()
                            << QStringList();
    QTest::newRow("inline value") << list({"--format=github", "--select=SQLITE,DATA003"}) << true
                                  << github << list({"SQLITE", "DATA003"}) << QStringList();
    QTest::newRow("select and ignore")
        << list({"--select", "DATA", "--ignore", "DATA001", "-c", "x.ini", "--strict"}) << true
        << plain << list({"DATA"}) << list({"DATA001"});
    QTest::newRow("unknown rule") << list({"--select", "NOPE"}) << false << plain << QStringList()
                                  << QStringList();
    QTest::newRow("unknown format")
        << list({"--format", "xml"}) << false << plain << QStringList() << QStringList();
    QTest::newRow("json and github") << list({"--json", "--format", "github"}) << false << plain
                                     << QStringList() << QStringList();
    QTest::newRow("missing value")
        << list({"--ignore"}) << false << plain << QStringList() << QStringList();
    QTest::newRow("unknown option")
        << list({"--fix"}) << false << plain << QStringList() << QStringList();
}

void tst_LintCommand::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    const Result<LintCommand::Options> options = LintCommand::parse(arguments);
    QCOMPARE(options.ok(), ok);
    if (!ok) {
        QCOMPARE(options.error().kind, Error::Kind::Usage);
        return;
    }
    QTEST(int(options->format), "format");
    QTEST(options->select, "select");
    QTEST(options->ignore, "ignore");
}

void tst_LintCommand::output_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("goldenName");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("plain") << QStringList() << QStringLiteral("plain.txt")
                           << int(LintCommand::Failed);
    QTest::newRow("json") << list({"--json"}) << QStringLiteral("findings.json")
                          << int(LintCommand::Failed);
    QTest::newRow("github") << list({"--format", "github"}) << QStringLiteral("github.txt")
                            << int(LintCommand::Failed);
    QTest::newRow("errors ignored") << list({"--ignore", "DATA002,SQLITE"})
                                    << QStringLiteral("ignored.txt") << int(LintCommand::Clean);
}

void tst_LintCommand::output()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, goldenName);
    const Result<LintCommand::Options> options = LintCommand::parse(arguments);
    QVERIFY(options.ok());
    const LintCommand::Output output
        = LintCommand::run(loadProject(QStringLiteral("alembic")), *options, projectDir());
    const QString expected = golden(goldenName, output.out);
    if (goldenName.endsWith(QLatin1String(".json"))) {
        // Compared as JSON: Qt releases differ in how they indent.
        QCOMPARE(QJsonDocument::fromJson(output.out.toUtf8()),
            QJsonDocument::fromJson(expected.toUtf8()));
        QVERIFY(QJsonDocument::fromJson(output.out.toUtf8()).isArray());
    } else {
        QCOMPARE(output.out, expected);
    }
    QTEST(output.exitCode, "exitCode");
}

void tst_LintCommand::strictFailsOnWarnings()
{
    const Project project = loadProject(QStringLiteral("alembic"));
    Result<LintCommand::Options> options
        = LintCommand::parse({QStringLiteral("--select"), QStringLiteral("DATA003")});
    QVERIFY(options.ok());
    QCOMPARE(LintCommand::run(project, *options, projectDir()).exitCode, int(LintCommand::Clean));
    options->strict = true;
    const LintCommand::Output strict = LintCommand::run(project, *options, projectDir());
    QVERIFY(strict.out.contains(QLatin1String("WARNING DATA003")));
    QCOMPARE(strict.exitCode, int(LintCommand::Failed));
}

void tst_LintCommand::serverDatabaseSkipsSqliteRules()
{
    const Result<LintCommand::Options> options = LintCommand::parse({});
    QVERIFY(options.ok());
    const LintCommand::Output output
        = LintCommand::run(loadProject(QStringLiteral("postgres")), *options, projectDir());
    QVERIFY(!output.out.contains(QLatin1String("SQLITE")));
    QVERIFY(output.out.contains(QLatin1String("DATA002")));
}

void tst_LintCommand::listRules()
{
    const Result<LintCommand::Options> options = LintCommand::parse({QStringLiteral("--json")});
    QVERIFY(options.ok());
    const QString json = LintCommand::listRules(*options).out;
    QVERIFY(json.contains(QLatin1String("\"id\": \"SQLITE001\"")));
    QVERIFY(json.contains(QLatin1String("\"id\": \"FILE001\"")));
}

QTEST_GUILESS_MAIN(tst_LintCommand)
#include "tst_lintcommand.moc"
