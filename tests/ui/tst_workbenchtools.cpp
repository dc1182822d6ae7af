// SPDX-License-Identifier: MIT
#include "operations/OperationsFixture.h"

#include "checks/ChecksPane.h"
#include "editor/CodeView.h"
#include "editor/EditorTabs.h"
#include "editor/ScriptEditor.h"
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "operations/ConsoleWidget.h"
#include "operations/OperationController.h"
#include "operations/OperationResult.h"
#include "operations/ProjectSettings.h"
#include "operations/RunProgressDialog.h"
#include "problems/ProblemsPane.h"
#include "review/DryRunPane.h"
#include "trust/TrustState.h"
#include "window/MainWindow.h"
#include "window/WorkbenchStatusBar.h"
#include "window/WorkbenchTools.h"

#include <Qsci/qsciscintilla.h>

#include <QActionGroup>
#include <QFrame>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace retort;
using namespace operationsfixture;
using namespace Qt::StringLiterals;
using Action = WorkbenchTools::Action;

/// The component libraries as the window wires them, on temporary copies of examples/bookshelf
/// (database at a6c3d2e1f0b9; the tags branch 91f0c4d8e2a7 and the merge e4b8f7a2c5d6 pending)
/// with real Alembic.
class TestWorkbenchTools : public QObject {
    Q_OBJECT

private slots:
    void init();
    void restrictedModeDisablesPythonActions();
    void upgradeToHeadUpdatesCurrentMarks();
    void failedUpgradeIsRestoredAndShown();
    void dryRunFollowsSelectedPendingRevision();
    void editorOpensFromGraphAndProblemsAndSaves();
    void mergeIsOfferedOnlyWithSeveralHeads();

private:
    QString settingsFile() const { return m_copy->tempPath(u"retort.ini"_s); }
    /// A window on the copy, trusted or not, with the test Python and temporary backups.
    std::unique_ptr<MainWindow> openWindow(bool trusted);
    /// Confirms every action without a dialog; records what was asked.
    void autoConfirm(MainWindow &window);
    static bool waitForRun(MainWindow &window, OperationResult *result);

    std::unique_ptr<BookshelfCopy> m_copy;
    QStringList m_confirmed;
};

void TestWorkbenchTools::init()
{
    m_copy = std::make_unique<BookshelfCopy>();
    QVERIFY(m_copy->isValid());
    m_confirmed.clear();
    ProjectSettings settings(m_copy->project(), settingsFile());
    settings.setInterpreter(testPython());
    settings.setBackupFolder(m_copy->tempPath(u"backups"_s));
    settings.sync();
}

std::unique_ptr<MainWindow> TestWorkbenchTools::openWindow(bool trusted)
{
    if (trusted && !TrustStore(settingsFile()).trust(m_copy->project()))
        return nullptr;
    auto window = std::make_unique<MainWindow>(
        &SnapshotBuilder::load, std::make_unique<WorkbenchSettings>(settingsFile()));
    window->show();
    QSignalSpy shown(window.get(), &MainWindow::projectShown);
    window->openProject(m_copy->project());
    if (!shown.wait(30000))
        return nullptr;
    return window;
}

void TestWorkbenchTools::autoConfirm(MainWindow &window)
{
    window.tools()->setConfirmation(
        [this](const OperationContext &, const OperationRequest &request) {
            m_confirmed.append(request.target);
            return std::optional<OperationRequest>(request);
        });
}

bool TestWorkbenchTools::waitForRun(MainWindow &window, OperationResult *result)
{
    QSignalSpy finished(window.tools(), &WorkbenchTools::operationFinished);
    QSignalSpy shown(&window, &MainWindow::projectShown);
    if (!finished.wait(60000))
        return false;
    *result = finished.constFirst().constFirst().value<OperationResult>();
    // databaseChanged reloads the project; the graph shows the database afterwards.
    return shown.wait(30000);
}

void TestWorkbenchTools::restrictedModeDisablesPythonActions()
{
    std::unique_ptr<MainWindow> window = openWindow(false);
    QVERIFY(window);
    QVERIFY(!window->trustState()->isTrusted());
    WorkbenchTools *tools = window->tools();
    const QList<QAction *> python = window->pythonActions()->actions();
    for (Action which : {Action::UpgradeToHead, Action::UpgradeToSelected,
             Action::DowngradeOneStep, Action::DowngradeToSelected, Action::StampSelected,
             Action::NewRevision, Action::MergeHeads})
        QVERIFY(python.contains(tools->action(which)));
    for (QAction *action : python) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(u"restricted mode"_s), qPrintable(action->toolTip()));
    }
    // SQLite-only actions still work in restricted mode.
    QVERIFY(tools->action(Action::BackupNow)->isEnabled());
    QVERIFY(!python.contains(tools->action(Action::BackupNow)));

    // Trusting turns them on (those whose other conditions hold).
    QVERIFY(window->trustState()->trust().ok());
    QVERIFY(tools->action(Action::UpgradeToHead)->isEnabled());
    QVERIFY(!tools->action(Action::UpgradeToHead)->toolTip().contains(u"restricted mode"_s));
}

void TestWorkbenchTools::upgradeToHeadUpdatesCurrentMarks()
{
    std::unique_ptr<MainWindow> window = openWindow(true);
    QVERIFY(window);
    RevisionGraphModel *model = window->model();
    QCOMPARE(model->snapshot().currentRevisions, QStringList{u"a6c3d2e1f0b9"_s});
    QCOMPARE(model->entry(model->rowOf(QLatin1String(mergeRevision)))->state,
        RevisionState::Pending);
    autoConfirm(*window);
    window->tools()->setShowProgress(false);

    QAction *upgrade = window->tools()->action(Action::UpgradeToHead);
    QVERIFY(upgrade->isEnabled());
    upgrade->trigger();
    QVERIFY(!upgrade->isEnabled()); // write actions are off while the run goes on
    OperationResult result;
    QVERIFY(waitForRun(*window, &result));
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(m_confirmed, QStringList{u"heads"_s});

    QCOMPARE(model->snapshot().currentRevisions, QStringList{QLatin1String(mergeRevision)});
    QCOMPARE(model->entry(model->rowOf(QLatin1String(mergeRevision)))->state,
        RevisionState::Current);
    QCOMPARE(model->entry(model->rowOf(u"91f0c4d8e2a7"_s))->state, RevisionState::Applied);
    QVERIFY(snapshot(m_copy->database()).join(u'\n').contains(QLatin1String(mergeRevision)));
    QVERIFY(upgrade->isEnabled());
    QVERIFY(window->tools()->console()->text().contains(QLatin1String(mergeRevision)));
}

void TestWorkbenchTools::failedUpgradeIsRestoredAndShown()
{
    QVERIFY(m_copy->setMergeUpgrade(raisingUpgrade));
    const QStringList before = snapshot(m_copy->database());
    QVERIFY(before.join(u'\n').contains(u"a6c3d2e1f0b9"_s));
    std::unique_ptr<MainWindow> window = openWindow(true);
    QVERIFY(window);
    autoConfirm(*window);
    window->tools()->action(Action::UpgradeToHead)->trigger();
    OperationResult result;
    QVERIFY(waitForRun(*window, &result));
    QCOMPARE(result.status, OperationResult::Status::Restored);
    QVERIFY(result.summary().contains(u"restored"_s, Qt::CaseInsensitive));
    QVERIFY(result.error && result.error->file.endsWith(QLatin1String(mergeScript)));

    // The database is as it was; the graph still says so; the error is on screen.
    QCOMPARE(snapshot(m_copy->database()), before);
    QCOMPARE(window->model()->snapshot().currentRevisions, QStringList{u"a6c3d2e1f0b9"_s});
    QVERIFY(window->tools()->console()->text().contains(u"injected failure"_s));
    QCOMPARE(window->workbenchStatusBar()->activityText(), result.summary());
    auto *progress = window->findChild<RunProgressDialog *>();
    QVERIFY(progress && progress->isVisible());
    QVERIFY2(progress->outcomeText().contains(u"restored"_s), qPrintable(progress->outcomeText()));
}

void TestWorkbenchTools::dryRunFollowsSelectedPendingRevision()
{
    std::unique_ptr<MainWindow> window = openWindow(true);
    QVERIFY(window);
    DryRunPane *pane = window->tools()->dryRunPane();
    QSignalSpy shown(pane, &DryRunPane::previewShown);
    QVERIFY(window->graphView()->selectRevision(u"91f0c4d8e2a7"_s)); // pending: the tags table
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !pane->isBusy(), 60000);
    QCOMPARE(pane->rangeText(), u"a6c3d2e1f0b9:91f0c4d8e2a7"_s);
    const QString sql = pane->view()->text();
    QVERIFY2(sql.contains(u"CREATE TABLE tags"_s), qPrintable(sql));
    QVERIFY(!sql.contains(u"DROP TABLE"_s));
    QVERIFY(window->tools()->action(Action::UpgradeToSelected)->isEnabled());
    QVERIFY(!window->tools()->action(Action::DowngradeToSelected)->isEnabled());
}

void TestWorkbenchTools::editorOpensFromGraphAndProblemsAndSaves()
{
    std::unique_ptr<MainWindow> window = openWindow(true);
    QVERIFY(window);
    RevisionGraphView *view = window->graphView();
    const int row = window->model()->rowOf(QLatin1String(mergeRevision));
    emit view->activated(window->model()->index(row, RevisionGraphModel::MessageColumn));
    EditorTabs *editors = window->tools()->editors();
    QCOMPARE(window->centralTabs()->currentWidget(), editors);
    ScriptEditor *editor = editors->currentEditor();
    QVERIFY(editor);
    const QString path = QFileInfo(m_copy->filePath(QLatin1String(mergeScript))).canonicalFilePath();
    QCOMPARE(editor->filePath(), path);

    // A Problems entry opens the file at its line.
    const QString env = m_copy->filePath(u"migrations/env.py"_s);
    emit window->problemsPane()->openFileRequested(env, 3);
    QVERIFY(editors->currentEditor() != editor);
    QCOMPARE(editors->currentEditor()->currentLine(), 3);

    QVERIFY(editors->editorFor(path));
    editors->editorFor(path)->textArea()->append(u"# reviewed\n"_s);
    QVERIFY(editors->editorFor(path)->save().ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("# reviewed\n"));

    // The tabs come back with the project.
    window.reset();
    std::unique_ptr<MainWindow> again = openWindow(true);
    QVERIFY(again);
    QCOMPARE(again->tools()->editors()->openFiles().size(), 2);
}

void TestWorkbenchTools::mergeIsOfferedOnlyWithSeveralHeads()
{
    std::unique_ptr<MainWindow> window = openWindow(true);
    QVERIFY(window);
    QAction *merge = window->tools()->action(Action::MergeHeads);
    QCOMPARE(window->model()->snapshot().heads.size(), 1);
    QVERIFY(!merge->isEnabled());
    QVERIFY(!window->tools()->headsBar()->isVisible());

    // A second head appears outside Retort (as `alembic revision` would write it).
    QFile file(m_copy->filePath(u"migrations/versions/f1e2d3c4b5a6_side_branch.py"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\"\"\"side branch\n\nRevision ID: f1e2d3c4b5a6\nRevises: a6c3d2e1f0b9\n\"\"\"\n"
               "revision = \"f1e2d3c4b5a6\"\ndown_revision = \"a6c3d2e1f0b9\"\n"
               "branch_labels = None\ndepends_on = None\n\n\n"
               "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n");
    file.close();
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->snapshot().heads.size(), 2, 20000);
    QVERIFY(merge->isEnabled());
    QVERIFY(window->tools()->headsBar()->isVisible());

    window->trustState()->revoke();
    QVERIFY(!merge->isEnabled());
}

QTEST_MAIN(TestWorkbenchTools)
#include "tst_workbenchtools.moc"
