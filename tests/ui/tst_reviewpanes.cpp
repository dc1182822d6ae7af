// SPDX-License-Identifier: MIT
// The dry-run pane and the model-diff pane on copies of the example projects, with real
// Alembic (RETORT_TEST_PYTHON) and real SQLite files.
#include "TestTree.h"
#include "editor/CodeView.h"
#include "engine/BridgeProcess.h"
#include "engine/SqlPreview.h"
#include "review/DryRunPane.h"
#include "review/DryRunText.h"
#include "review/ModelDiffPane.h"
#include "review/SideBySideDiffView.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

QString testPython()
{
    return qEnvironmentVariable("RETORT_TEST_PYTHON", QStringLiteral(RETORT_TEST_PYTHON));
}

using retort::test::copyTree;

QString messageOf(const QString &revision)
{
    return u"message of "_s + revision;
}

BridgeEvent sqlEvent(const QString &revision, const QString &statement)
{
    BridgeEvent event;
    event.type = BridgeEvent::Type::Sql;
    event.data = QJsonObject {{u"revision"_s, revision}, {u"statement"_s, statement}};
    return event;
}

} // namespace

class TestReviewPanes : public QObject {
    Q_OBJECT

private slots:
    void init();
    void headsOfflineSections();
    void headsRehearsedSections();
    void dryRunShowsTheEnginesSql();
    void dryRunDropsStaleResults();
    void dryRunSaysWhyItIsOff();
    void modelDiffInSyncAtHead();
    void modelDiffAfterAModelChange();

private:
    EngineSetup setup(const QString &example, const QString &database);

    QTemporaryDir m_dir;
    QString m_project;
};

void TestReviewPanes::init()
{
    QVERIFY2(QFileInfo(testPython()).isExecutable(), "RETORT_TEST_PYTHON must have alembic");
    m_project = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
}

EngineSetup TestReviewPanes::setup(const QString &example, const QString &database)
{
    EngineSetup engine;
    if (!copyTree(QStringLiteral(RETORT_EXAMPLES_DIR "/") + example, m_project))
        return engine;
    engine.projectDir = m_project;
    engine.iniPath = u"alembic.ini"_s;
    engine.databasePath = QDir(m_project).filePath(database);
    engine.interpreter = testPython();
    engine.trust = TrustStore(m_dir.filePath(u"trust.ini"_s));
    if (!engine.trust.trust(m_project))
        return {};
    return engine;
}

void TestReviewPanes::headsOfflineSections()
{
    SqlPreviewReport report;
    report.sql = u"BEGIN;\n\n-- Running upgrade  -> a1\n\nCREATE TABLE t (id INTEGER);\n\n"
                 "-- Running upgrade a1 -> b2\n\nALTER TABLE t ADD x;\n\nCOMMIT;"_s;
    const QString text = sectionedDryRunSql(report, messageOf);
    QCOMPARE(text,
        u"BEGIN;\n\n-- ===== a1: message of a1 =====\n-- Running upgrade  -> a1\n\n"
        "CREATE TABLE t (id INTEGER);\n\n-- ===== b2: message of b2 =====\n"
        "-- Running upgrade a1 -> b2\n\nALTER TABLE t ADD x;\n\nCOMMIT;"_s);
    // A downgrade heads each section with the revision it undoes.
    report.sql = u"-- Running downgrade b2 -> a1\nDROP x;"_s;
    QVERIFY(sectionedDryRunSql(report, messageOf)
                .startsWith(dryRunHeading(u"b2"_s, messageOf(u"b2"_s))));
}

void TestReviewPanes::headsRehearsedSections()
{
    SqlPreviewReport report;
    report.mode = SqlPreviewReport::Mode::Rehearsal;
    report.rehearsal.statements = {sqlEvent({}, u"CREATE TABLE alembic_version (v)"_s),
        sqlEvent(u"a1"_s, u"CREATE TABLE t (id)"_s), sqlEvent(u"a1"_s, u"INSERT x"_s),
        sqlEvent(u"b2"_s, u"DROP TABLE t"_s)};
    QCOMPARE(sectionedDryRunSql(report, {}),
        u"CREATE TABLE alembic_version (v);\n\n-- ===== a1 =====\nCREATE TABLE t (id);\n"
        "INSERT x;\n\n-- ===== b2 =====\nDROP TABLE t;\n"_s);
}

void TestReviewPanes::dryRunShowsTheEnginesSql()
{
    // bookshelf.db is at a6c3d2e1f0b9; head is two revisions (tags, the merge) further on.
    EngineSetup engine = setup(u"bookshelf"_s, u"bookshelf.db"_s);
    QVERIFY(engine.isValid());
    DryRunPane pane;
    pane.setEngine(engine);
    pane.setCurrentRevisions({u"a6c3d2e1f0b9"_s});
    pane.setMessageLookup(messageOf);
    QSignalSpy shown(&pane, &DryRunPane::previewShown);
    pane.preview(DryRunPane::Direction::Upgrade, u"head"_s);
    QVERIFY(pane.isBusy());
    QVERIFY(shown.wait(120000));
    QVERIFY(!pane.isBusy());
    QCOMPARE(pane.rangeText(), u"a6c3d2e1f0b9:head"_s);

    SqlPreview preview(&engine.trust);
    preview.setInterpreter(engine.interpreter);
    BridgeRequest request = engine.request(BridgeRequest::Operation::Upgrade);
    request.target = u"a6c3d2e1f0b9:head"_s;
    request.offline = true;
    const SqlPreviewReport expected = preview.run(request);
    QVERIFY2(expected.ok(), qPrintable(expected.error ? expected.error->message : QString()));
    QCOMPARE(pane.view()->text(), sectionedDryRunSql(expected, messageOf));
    QVERIFY2(pane.view()->text().contains(u"CREATE TABLE tags"_s), qPrintable(pane.view()->text()));
    QVERIFY(pane.view()->text().contains(
        dryRunHeading(u"91f0c4d8e2a7"_s, messageOf(u"91f0c4d8e2a7"_s))));
    // The header names the way the SQL was obtained.
    QVERIFY2(pane.headerText().contains(
                 expected.mode == SqlPreviewReport::Mode::Offline ? u"offline"_s : u"rehearsed"_s),
        qPrintable(pane.headerText()));
}

void TestReviewPanes::dryRunDropsStaleResults()
{
    EngineSetup engine = setup(u"bookshelf"_s, u"bookshelf.db"_s);
    QVERIFY(engine.isValid());
    DryRunPane pane;
    pane.setEngine(engine);
    pane.setCurrentRevisions({u"a6c3d2e1f0b9"_s});
    QSignalSpy shown(&pane, &DryRunPane::previewShown);
    pane.preview(DryRunPane::Direction::Upgrade, u"head"_s);
    pane.preview(DryRunPane::Direction::Upgrade, u"91f0c4d8e2a7"_s); // waits
    pane.preview(DryRunPane::Direction::Downgrade, u"3f2a9c1d7b40"_s); // replaces the waiting one
    QVERIFY(shown.wait(180000));
    QCOMPARE(shown.size(), 1); // the first result was stale: dropped, not shown
    QCOMPARE(pane.rangeText(), u"a6c3d2e1f0b9:3f2a9c1d7b40"_s);
    QVERIFY2(pane.headerText().startsWith(u"Downgrade"_s), qPrintable(pane.headerText()));
    QVERIFY2(
        pane.view()->text().contains(u"DROP TABLE reviews"_s), qPrintable(pane.view()->text()));
}

void TestReviewPanes::dryRunSaysWhyItIsOff()
{
    DryRunPane pane;
    EngineSetup engine;
    engine.projectDir = m_dir.path();
    pane.setEngine(engine, u"Trust this folder to run its migrations."_s);
    QSignalSpy shown(&pane, &DryRunPane::previewShown);
    pane.preview(DryRunPane::Direction::Upgrade, u"head"_s);
    QVERIFY(!pane.isBusy());
    QCOMPARE(shown.size(), 0);
}

void TestReviewPanes::modelDiffInSyncAtHead()
{
    EngineSetup engine = setup(u"notes-sqlmodel"_s, u"notes.db"_s);
    QVERIFY(engine.isValid());
    BridgeProcess bridge(engine.interpreter, *BridgeProcess::locateScript());
    BridgeRequest upgrade = engine.request(BridgeRequest::Operation::Upgrade);
    upgrade.target = u"head"_s;
    QVERIFY(bridge.run(upgrade).ok());

    ModelDiffPane pane;
    pane.setEngine(engine);
    QSignalSpy refreshed(&pane, &ModelDiffPane::refreshed);
    pane.refresh();
    QVERIFY(refreshed.wait(120000));
    QVERIFY2(pane.isInSync(), qPrintable(pane.statusText()));
    QVERIFY(pane.statusText().contains(u"d4e5f6a7b8c9"_s));
}

void TestReviewPanes::modelDiffAfterAModelChange()
{
    EngineSetup engine = setup(u"notes-sqlmodel"_s, u"notes.db"_s);
    QVERIFY(engine.isValid());
    BridgeProcess bridge(engine.interpreter, *BridgeProcess::locateScript());
    BridgeRequest upgrade = engine.request(BridgeRequest::Operation::Upgrade);
    upgrade.target = u"head"_s;
    QVERIFY(bridge.run(upgrade).ok());
    // A new column on Notebook in the models only.
    QFile models(QDir(m_project).filePath(u"models.py"_s));
    QVERIFY(models.open(QIODevice::ReadWrite));
    QString text = QString::fromUtf8(models.readAll());
    text.replace(u"    name: str\n"_s, u"    name: str\n    colour: Optional[str] = None\n"_s);
    models.resize(0);
    models.write(text.toUtf8());
    models.close();

    ModelDiffPane pane;
    pane.setEngine(engine);
    QSignalSpy refreshed(&pane, &ModelDiffPane::refreshed);
    pane.refresh();
    pane.refresh(); // asked again while running: compared once more at the end
    QVERIFY(refreshed.wait(120000));
    QCOMPARE(refreshed.size(), 1);
    QVERIFY2(!pane.isInSync(), qPrintable(pane.statusText()));
    QVERIFY2(pane.tableDiffs().size() == 1, qPrintable(pane.statusText()));
    const TableDiff notebook = pane.tableDiffs().first();
    QCOMPARE(notebook.changes.table, u"notebook"_s);
    QCOMPARE(notebook.changes.changes.first().name, u"colour"_s);

    QTreeWidget *tree = pane.changesTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(u"notebook"_s));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QVERIFY2(tree->topLevelItem(0)->child(0)->text(0).contains(u"column colour added"_s),
        qPrintable(tree->topLevelItem(0)->child(0)->text(0)));
    // The models' DDL has the column, marked as added on the right side.
    const QString right = pane.ddlView()->right()->text();
    const int line = static_cast<int>(right.left(right.indexOf(u"colour"_s)).count(u'\n')) + 1;
    QVERIFY2(right.contains(u"colour VARCHAR"_s), qPrintable(right));
    QCOMPARE(pane.ddlView()->right()->lineMark(line), std::optional<LineMark>(LineMark::Added));
    QVERIFY(!pane.ddlView()->left()->lineMark(1).has_value());

    pane.resize(900, 600);
    pane.grab().save(m_dir.filePath(u"modeldiff.png"_s));
    if (qEnvironmentVariableIsSet("RETORT_SCREENSHOT_DIR"))
        pane.grab().save(
            QDir(qEnvironmentVariable("RETORT_SCREENSHOT_DIR")).filePath(u"model-diff.png"_s));
}

QTEST_MAIN(TestReviewPanes)
#include "tst_reviewpanes.moc"
