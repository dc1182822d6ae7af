// SPDX-License-Identifier: MIT
#include "lint/LintFormat.h"
#include "lint/Linter.h"
#include "scripts/ScriptParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace retort;

namespace {

// Set RETORT_UPDATE_GOLDEN=1 to rewrite the expected.json files from the current output.
bool updateGolden()
{
    return qEnvironmentVariableIntValue("RETORT_UPDATE_GOLDEN") == 1;
}

QString lintDir()
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/lint");
}

RevisionScript parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return ScriptParser::parse(path, file.readAll());
}

// A case is one script, or a folder of scripts loaded in name order (one project).
QList<RevisionScript> loadCase(const QString &path)
{
    if (!QFileInfo(path).isDir()) {
        return {parseFile(path)};
    }
    QList<RevisionScript> scripts;
    const QDir dir(path);
    for (const QString &name : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        scripts.append(parseFile(dir.absoluteFilePath(name)));
    }
    return scripts;
}

QJsonObject readGolden(const QString &dir)
{
    QFile file(dir + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray lintCase(const QString &dir, const QString &caseName, const LintSettings &settings)
{
    const QList<RevisionScript> scripts = loadCase(dir + QLatin1Char('/') + caseName);
    const RevisionMap map(scripts);
    const QList<LintFinding> findings = Linter(settings).run(scripts, map);
    return QJsonDocument::fromJson(LintFormat::json(findings, dir).toUtf8()).array();
}

QStringList caseDirs()
{
    QStringList dirs;
    const QDir root(lintDir());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name != QLatin1String("project")) {
            dirs.append(name);
        }
    }
    return dirs;
}

QStringList casesIn(const QString &dir)
{
    return QDir(dir).entryList(
        {QStringLiteral("bad_*"), QStringLiteral("good_*"), QStringLiteral("*.py")},
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool hasRule(const QJsonArray &findings, const QString &rule)
{
    for (const QJsonValue &finding : findings) {
        if (finding.toObject().value(QStringLiteral("rule")).toString() == rule) {
            return true;
        }
    }
    return false;
}

} // namespace

class tst_Linter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void everyRuleHasGoodAndBadCases();
    void disabledRulesAndSeverities();
    void nonSqliteProjectSkipsSqliteRules();
    void ruleMetadata();
};

void tst_Linter::initTestCase()
{
    if (!updateGolden()) {
        return;
    }
    for (const QString &name : caseDirs()) {
        const QString dir = lintDir() + QLatin1Char('/') + name;
        QJsonObject golden;
        for (const QString &caseName : casesIn(dir)) {
            golden.insert(caseName, lintCase(dir, caseName, LintSettings()));
        }
        QFile file(dir + QStringLiteral("/expected.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(golden).toJson(QJsonDocument::Indented));
    }
}

void tst_Linter::golden_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("caseName");
    for (const QString &name : caseDirs()) {
        const QString dir = lintDir() + QLatin1Char('/') + name;
        for (const QString &caseName : casesIn(dir)) {
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(caseName)) << dir << caseName;
        }
    }
}

void tst_Linter::golden()
{
    QFETCH(QString, dir);
    QFETCH(QString, caseName);
    const QJsonArray actual = lintCase(dir, caseName, LintSettings());
    const QJsonObject golden = readGolden(dir);
    QVERIFY2(golden.contains(caseName), "no golden entry: run with RETORT_UPDATE_GOLDEN=1");
    const QJsonArray expected = golden.value(caseName).toArray();
    if (actual != expected) {
        qWarning().noquote() << "actual:" << QJsonDocument(actual).toJson();
    }
    QCOMPARE(actual, expected);

    // The folder's rule must fire on every bad case and never on a good one.
    const QString rule = QFileInfo(dir).fileName();
    if (LintRule::find(rule)) {
        QCOMPARE(hasRule(actual, rule), caseName.startsWith(QLatin1String("bad_")));
    }
}

void tst_Linter::everyRuleHasGoodAndBadCases()
{
    for (const LintRule &rule : LintRule::all()) {
        const QString dir = lintDir() + QLatin1Char('/') + rule.id;
        const QStringList cases = casesIn(dir);
        const bool bad = !cases.filter(QRegularExpression(QStringLiteral("^bad_"))).isEmpty();
        const bool good = !cases.filter(QRegularExpression(QStringLiteral("^good_"))).isEmpty();
        QVERIFY2(bad && good, qPrintable(rule.id));
    }
}

void tst_Linter::disabledRulesAndSeverities()
{
    const QString dir = lintDir() + QStringLiteral("/SQLITE002");
    LintSettings settings;
    settings.disabled = {QStringLiteral("DATA")}; // a prefix: every DATA rule
    settings.severities.insert(QStringLiteral("SQLITE002"), LintSeverity::Error);
    const QJsonArray findings = lintCase(dir, QStringLiteral("bad_drop_column.py"), settings);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].toObject().value(QStringLiteral("rule")).toString(), u"SQLITE002");
    QCOMPARE(findings[0].toObject().value(QStringLiteral("severity")).toString(), u"error");

    settings = LintSettings();
    settings.select = {QStringLiteral("DATA002")};
    const QJsonArray selected = lintCase(dir, QStringLiteral("bad_drop_column.py"), settings);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected[0].toObject().value(QStringLiteral("rule")).toString(), u"DATA002");

    settings.ignore = {QStringLiteral("DATA002")};
    QVERIFY(lintCase(dir, QStringLiteral("bad_drop_column.py"), settings).isEmpty());
}

void tst_Linter::nonSqliteProjectSkipsSqliteRules()
{
    LintSettings settings;
    settings.sqlite = false;
    const QJsonArray findings = lintCase(lintDir() + QStringLiteral("/SQLITE001"),
        QStringLiteral("bad_alter_outside_batch.py"), settings);
    QVERIFY(!hasRule(findings, QStringLiteral("SQLITE001")));
}

void tst_Linter::ruleMetadata()
{
    QStringList ids;
    for (const LintRule &rule : Linter::rules()) {
        QVERIFY2(!rule.title.isEmpty() && !rule.explanation.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.append(rule.id);
        QCOMPARE(LintRule::find(rule.id), &rule);
    }
    QVERIFY(ids.size() >= 20);
    QCOMPARE(LintRule::find(QStringLiteral("NOPE001")), nullptr);
}

QTEST_GUILESS_MAIN(tst_Linter)
#include "tst_linter.moc"
