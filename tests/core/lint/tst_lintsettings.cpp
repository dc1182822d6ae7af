// SPDX-License-Identifier: MIT
#include "lint/LintSettings.h"
#include "lint/Linter.h"
#include "project/Project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retort;

class tst_LintSettings : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void enabled_data();
    void enabled();
    void retortTomlWins();
    void projectSettings();
};

void tst_LintSettings::parse_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<bool>("retortToml");
    QTest::addColumn<QString>("expected"); // "disabled|severities|sqlite" or "error@line"

    QTest::newRow("no table") << QByteArray("[project]\nname = 'x'\n") << false << "||default";
    QTest::newRow("pyproject table")
        << QByteArray("[tool.retort.lint]\ndisable = [\"NAME\", \"DATA001\"]\n"
                      "sqlite = false\n[tool.retort.lint.severity]\nDATA003 = \"error\"\n")
        << false << "NAME,DATA001|DATA003=error|false";
    QTest::newRow("retort.toml table") << QByteArray("[lint]\nseverity = { REV003 = \"INFO\" }\n")
                                       << true << "|REV003=info|default";
    QTest::newRow("pyproject ignores [lint]")
        << QByteArray("[lint]\ndisable = [\"DATA\"]\n") << false << "||default";
    QTest::newRow("unknown rule in disable")
        << QByteArray("[tool.retort.lint]\n\ndisable = [\"NOPE1\"]\n") << false << "error@3";
    QTest::newRow("unknown rule in severity")
        << QByteArray("[lint.severity]\nNOPE1 = \"error\"\n") << true << "error@2";
    QTest::newRow("bad severity") << QByteArray("[lint.severity]\nDATA001 = \"fatal\"\n") << true
                                  << "error@2";
    QTest::newRow("unknown key") << QByteArray("[lint]\nselect = []\n") << true << "error@2";
    QTest::newRow("not toml") << QByteArray("[lint\n") << true << "error@1";
}

void tst_LintSettings::parse()
{
    QFETCH(QByteArray, toml);
    QFETCH(bool, retortToml);
    QFETCH(QString, expected);
    const Result<LintSettings> settings
        = LintSettings::parse(toml, QStringLiteral("/p/config.toml"), retortToml);
    if (expected.startsWith(QLatin1String("error@"))) {
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().kind, Error::Kind::Config);
        QCOMPARE(settings.error().file, QStringLiteral("/p/config.toml"));
        QCOMPARE(QString::number(settings.error().line), expected.mid(6));
        return;
    }
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message));
    QStringList severities;
    for (auto it = settings->severities.cbegin(); it != settings->severities.cend(); ++it) {
        severities.append(it.key() + QLatin1Char('=') + lintSeverityName(it.value()));
    }
    severities.sort();
    const QString sqlite = !settings->sqliteForced ? QStringLiteral("default")
        : settings->sqlite                         ? QStringLiteral("true")
                                                   : QStringLiteral("false");
    QCOMPARE(settings->disabled.join(QLatin1Char(',')) + QLatin1Char('|')
            + severities.join(QLatin1Char(',')) + QLatin1Char('|') + sqlite,
        expected);
}

void tst_LintSettings::enabled_data()
{
    QTest::addColumn<QStringList>("disabled");
    QTest::addColumn<QStringList>("select");
    QTest::addColumn<QStringList>("ignore");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("enabled");

    const QStringList none;
    const QStringList data {QStringLiteral("DATA")};
    const QStringList data2 {QStringLiteral("DATA002")};
    QTest::newRow("default on") << none << none << none << "DATA001" << true;
    QTest::newRow("disabled prefix") << data << none << none << "DATA001" << false;
    QTest::newRow("selected prefix") << none << data << none << "DATA001" << true;
    QTest::newRow("not selected") << none << data << none << "SQLITE001" << false;
    QTest::newRow("selected but ignored") << none << data << data2 << "DATA002" << false;
    QTest::newRow("select cannot undo disable") << data2 << data2 << none << "DATA002" << false;
}

void tst_LintSettings::enabled()
{
    QFETCH(QStringList, disabled);
    QFETCH(QStringList, select);
    QFETCH(QStringList, ignore);
    QFETCH(QString, id);
    LintSettings settings;
    settings.disabled = disabled;
    settings.select = select;
    settings.ignore = ignore;
    QTEST(settings.enabled(id), "enabled");
}

void tst_LintSettings::retortTomlWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile pyproject(dir.filePath(QStringLiteral("pyproject.toml")));
    QVERIFY(pyproject.open(QIODevice::WriteOnly));
    pyproject.write("[tool.retort.lint]\ndisable = [\"DATA\"]\n");
    pyproject.close();
    Result<LintSettings> settings = LintSettings::load(dir.path());
    QVERIFY(settings.ok());
    QCOMPARE(settings->disabled, QStringList {QStringLiteral("DATA")});
    QCOMPARE(settings->sourceFile, pyproject.fileName());

    QFile retort(dir.filePath(QStringLiteral("retort.toml")));
    QVERIFY(retort.open(QIODevice::WriteOnly));
    retort.write("[lint]\ndisable = [\"REV\"]\n");
    retort.close();
    settings = LintSettings::load(dir.path());
    QVERIFY(settings.ok());
    QCOMPARE(settings->disabled, QStringList {QStringLiteral("REV")});
    QCOMPARE(settings->sourceFile, retort.fileName());
}

void tst_LintSettings::projectSettings()
{
    Project::Options options;
    options.configPath = QStringLiteral(RETORT_TEST_DATA_DIR "/lint/project/alembic.ini");
    options.workingDir = QStringLiteral(RETORT_TEST_DATA_DIR "/lint/project");
    for (const QString &section : {QStringLiteral("alembic"), QStringLiteral("postgres")}) {
        options.section = section;
        const Result<Project> project = Project::load(options);
        QVERIFY(project.ok());
        const Result<LintSettings> settings = Linter::projectSettings(*project);
        QVERIFY(settings.ok());
        QCOMPARE(settings->sqlite, section == QLatin1String("alembic"));
        QCOMPARE(settings->fileTemplate,
            QStringLiteral("%(year)d_%(month).2d_%(day).2d_%(rev)s_%(slug)s"));
        QCOMPARE(settings->disabled, QStringList {QStringLiteral("NAME")});
        QCOMPARE(settings->severities.value(QStringLiteral("DATA002")), LintSeverity::Error);
    }
}

QTEST_GUILESS_MAIN(tst_LintSettings)
#include "tst_lintsettings.moc"
