// SPDX-License-Identifier: MIT
#include "TestTree.h"
#include "banner/DatabaseBanner.h"
#include "db/DatabaseState.h"
#include "details/RevisionDetailsPane.h"
#include "graph/RevisionGraphDelegate.h"
#include "graph/RevisionGraphView.h"
#include "loader/ProjectLoader.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "problems/ProblemsPane.h"
#include "theme/Theme.h"
#include "window/EmptyStatePage.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retort;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void emptyState();
    void bookshelf();
    void failureShowsWhy();
    void darkPalette();
    void remembersLayout();
    void staleLoadIsDropped();
    void graphFirstLoadComesInTwoStages();
    void graphShowsBeforeOperationsAndFindings();
    void modelFilesLeaveOutMigrationsAndEnvironments();

private:
    std::unique_ptr<WorkbenchSettings> settings() const;
    static QString screenshotPath(const QString &name);
    static QColor nodeCentre(const MainWindow &window, const QImage &image, const QString &id);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestMainWindow::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
}

std::unique_ptr<WorkbenchSettings> TestMainWindow::settings() const
{
    return std::make_unique<WorkbenchSettings>(m_settingsDir->filePath(u"retort.ini"_s));
}

QString TestMainWindow::screenshotPath(const QString &name)
{
    return QDir::current().absoluteFilePath(name);
}

// The colour at the centre of a revision's node in a grab of the whole window.
QColor TestMainWindow::nodeCentre(const MainWindow &window, const QImage &image, const QString &id)
{
    RevisionGraphView *view = window.graphView();
    const int row = window.model()->rowOf(id);
    const QRect cell
        = view->visualRect(window.model()->index(row, RevisionGraphModel::GraphColumn));
    const int lane = window.model()->laneRow(row).node;
    const QPoint centre(cell.left() + lane * RevisionGraphDelegate::laneWidth
            + RevisionGraphDelegate::laneWidth / 2,
        cell.top() + cell.height() / 2);
    return image.pixelColor(view->viewport()->mapTo(&window, centre));
}

void TestMainWindow::emptyState()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isShowingGraph());
    QVERIFY(window.emptyPage()->isVisible());
    QVERIFY(window.emptyPage()->errorText().contains(u"alembic.ini"_s));
    QCOMPARE(window.windowTitle(), u"Retort"_s);
    QVERIFY(!window.windowIcon().pixmap(32).isNull());
    QVERIFY(window.grab().save(screenshotPath(u"mainwindow-empty.png"_s)));
}

void TestMainWindow::bookshelf()
{
    const QString project = QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf");
    const QString database = project + u"/bookshelf.db"_s;
    const QStringList scripts
        = QDir(project + u"/migrations/versions"_s).entryList({u"*.py"_s}, QDir::Files);
    const DatabaseState state = DatabaseState::read(database);
    QVERIFY(state.ok());
    QVERIFY(!scripts.isEmpty());

    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::projectShown);
    window.openProject(project, database);
    QVERIFY(shown.wait(20000));

    QVERIFY(window.isShowingGraph());
    QCOMPARE(window.model()->rowCount(), scripts.size());
    QStringList current;
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const QModelIndex index = window.model()->index(row, 0);
        if (RevisionState(index.data(RevisionGraphModel::StateRole).toInt())
            == RevisionState::Current)
            current.append(index.data(RevisionGraphModel::RevisionIdRole).toString());
    }
    QCOMPARE(current, state.versions());
    // The window opens on the current revision, with its details.
    QCOMPARE(window.graphView()->selectedRevision(), state.versions().constFirst());
    QVERIFY(window.detailsPane()->plainText().contains(state.versions().constFirst()));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(u"ahead of the database"_s),
        qPrintable(window.banner()->text()));

    const QImage image = window.grab().toImage();
    QVERIFY(image.save(screenshotPath(u"mainwindow-bookshelf.png"_s)));
    // Applied revisions have filled nodes, pending ones hollow nodes.
    const QPalette palette = window.graphView()->palette();
    const int baseRow = window.model()->rowOf(u"3f2a9c1d7b40"_s);
    QCOMPARE(nodeCentre(window, image, u"3f2a9c1d7b40"_s),
        Theme::laneColor(window.model()->laneRow(baseRow).node, palette));
    QCOMPARE(nodeCentre(window, image, u"91f0c4d8e2a7"_s), palette.color(QPalette::Base));
}

void TestMainWindow::darkPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b2b2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0e0e0));
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x262626));
    dark.setColor(QPalette::Text, QColor(0xe0e0e0));
    dark.setColor(QPalette::Button, QColor(0x353535));
    dark.setColor(QPalette::ButtonText, QColor(0xe0e0e0));
    dark.setColor(QPalette::Highlight, QColor(0x2a6fb0));
    dark.setColor(QPalette::HighlightedText, QColor(Qt::white));
    dark.setColor(QPalette::Link, QColor(0x7ab4ff));
    dark.setColor(QPalette::LinkVisited, QColor(0xc59bff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a8a8a));
    QApplication::setPalette(dark);

    const QString project = QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf");
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::projectShown);
    window.openProject(project, project + u"/bookshelf.db"_s);
    QVERIFY(shown.wait(20000));
    const QImage image = window.grab().toImage();
    QVERIFY(image.save(screenshotPath(u"mainwindow-bookshelf-dark.png"_s)));
    QApplication::setPalette(light);

    // The lanes switch to their dark variants, the banner to its dark background.
    QVERIFY(Theme::isDark(dark));
    const int baseRow = window.model()->rowOf(u"3f2a9c1d7b40"_s);
    QCOMPARE(nodeCentre(window, image, u"3f2a9c1d7b40"_s),
        Theme::laneColor(window.model()->laneRow(baseRow).node, dark));
    QVERIFY(Theme::laneColor(0, dark) != Theme::laneColor(0, light));
}

void TestMainWindow::failureShowsWhy()
{
    QTemporaryDir empty;
    MainWindow window(&SnapshotBuilder::load, settings());
    QSignalSpy failed(&window, &MainWindow::projectFailed);
    window.openProject(empty.path());
    QVERIFY(failed.wait(20000));
    QVERIFY(!window.isShowingGraph());
    QCOMPARE(window.emptyPage()->errorText(), failed.first().first().toString());
    QVERIFY(!window.emptyPage()->errorText().isEmpty());
    QCOMPARE(window.model()->rowCount(), 0);
}

void TestMainWindow::remembersLayout()
{
    {
        MainWindow window(&SnapshotBuilder::load, settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Smaller than the offscreen screen (800x600), where Qt 6.8 clamps restored geometry.
        QVERIFY(window.size() != QSize(730, 530));
        window.resize(730, 530);
        window.findChild<QDockWidget *>(u"detailsDock"_s)->hide();
        window.close();
    }
    MainWindow again(&SnapshotBuilder::load, settings());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(730, 530));
    QVERIFY(again.findChild<QDockWidget *>(u"detailsDock"_s)->isHidden());
}

void TestMainWindow::staleLoadIsDropped()
{
    QSemaphore slowMayFinish;
    ProjectLoader loader([&slowMayFinish](const LoadRequest &request) {
        if (request.projectPath == u"slow"_s)
            slowMayFinish.acquire();
        GraphSnapshot snapshot;
        snapshot.projectPath = request.projectPath;
        return Result<GraphSnapshot>(snapshot);
    });
    QSignalSpy loaded(&loader, &ProjectLoader::loaded);
    QCOMPARE(loader.load(LoadRequest::of(u"slow"_s)), quint64(1));
    QCOMPARE(loader.load(LoadRequest::of(u"fast"_s)), quint64(2));
    QVERIFY(loaded.wait(20000));
    slowMayFinish.release();
    QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 1);
    const auto snapshot = loaded.first().first().value<GraphSnapshot>();
    QCOMPARE(snapshot.projectPath, u"fast"_s);
    QCOMPARE(snapshot.generation, quint64(2));
}

void TestMainWindow::graphFirstLoadComesInTwoStages()
{
    ProjectLoader loader([](const LoadRequest &request) {
        GraphSnapshot snapshot;
        snapshot.projectPath = request.projectPath;
        snapshot.complete = request.depth == LoadRequest::Depth::Full;
        return Result<GraphSnapshot>(snapshot);
    });
    QList<GraphSnapshot> shown;
    connect(&loader, &ProjectLoader::loaded, this,
        [&shown](const GraphSnapshot &snapshot) { shown.append(snapshot); });
    LoadRequest request = LoadRequest::of(u"big"_s);
    request.graphFirst = true;
    QCOMPARE(loader.load(request), quint64(1));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 20000);
    QVERIFY(!shown[0].complete);
    QVERIFY(shown[1].complete);
    QCOMPARE(shown[0].generation, quint64(1));
    QCOMPARE(shown[1].generation, quint64(1));
    QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);

    // A newer load asked for once the graph is shown drops the older load's second stage.
    shown.clear();
    QObject context;
    connect(&loader, &ProjectLoader::loaded, &context, [&loader](const GraphSnapshot &snapshot) {
        if (snapshot.projectPath == u"big"_s)
            loader.load(LoadRequest::of(u"other"_s));
    });
    QCOMPARE(loader.load(request), quint64(2));
    QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);
    QCoreApplication::processEvents();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown[0].projectPath, u"big"_s);
    QVERIFY(!shown[0].complete);
    QCOMPARE(shown[1].projectPath, u"other"_s);
    QCOMPARE(shown[1].generation, quint64(3));
}

void TestMainWindow::graphShowsBeforeOperationsAndFindings()
{
    // The example with a lint finding: the graph-only snapshot has none, the full one has it.
    const QString project = QStringLiteral(RETORT_EXAMPLES_DIR "/notes-sqlmodel");
    const Result<GraphSnapshot> full = SnapshotBuilder::load(LoadRequest::of(project));
    QVERIFY(full);
    QVERIFY(!full->findings.isEmpty());

    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<GraphSnapshot> stages;
    QStringList details;
    QStringList problems;
    connect(&window, &MainWindow::graphShown, this, [&] {
        stages.append(window.model()->snapshot());
        details.append(window.detailsPane()->plainText());
        problems.append(window.problemsPane()->summary());
        if (stages.size() == 1) // what the user sees before the scripts are all read
            QVERIFY(window.grab().save(screenshotPath(u"mainwindow-graph-first.png"_s)));
    });
    QSignalSpy shown(&window, &MainWindow::projectShown);
    window.openProject(project);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(stages.size(), 2);

    const GraphSnapshot &graph = stages[0];
    QVERIFY(!graph.complete);
    QCOMPARE(graph.revisions.size(), full->revisions.size());
    QCOMPARE(graph.heads, full->heads);
    QCOMPARE(graph.currentRevisions, full->currentRevisions);
    QVERIFY(graph.findings.isEmpty());
    for (const RevisionEntry &entry : graph.revisions)
        QVERIFY(entry.upgradeOps.isEmpty());
    QVERIFY2(details[0].contains(u"Reading the operations"_s), qPrintable(details[0]));
    QCOMPARE(problems[0], u"Linting the scripts…"_s); // not "No problems found." yet

    const GraphSnapshot &complete = stages[1];
    QVERIFY(complete.complete);
    QCOMPARE(complete.findings.size(), full->findings.size());
    // The selected revision's details now list its operations.
    const QString selected = window.graphView()->selectedRevision();
    const RevisionEntry *entry = window.model()->entry(window.model()->rowOf(selected));
    QVERIFY(entry && !entry->upgradeOps.isEmpty());
    QVERIFY2(details[1].contains(u"op."_s + entry->upgradeOps.constFirst().name),
        qPrintable(details[1]));
    QVERIFY(!details[1].contains(u"Reading the operations"_s));
    QVERIFY2(problems[1].contains(u"1 lint finding"_s), qPrintable(problems[1]));
}

void TestMainWindow::modelFilesLeaveOutMigrationsAndEnvironments()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"bookshelf"_s);
    QVERIFY(retort::test::copyExample(u"bookshelf"_s, project));
    const auto touch = [&project](const QString &relative) {
        QVERIFY(QDir(project).mkpath(QFileInfo(relative).path()));
        QFile file(QDir(project).filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
    };
    touch(u"app/schema.py"_s);
    touch(u"venv/pyvenv.cfg"_s); // a virtual environment without a dot
    touch(u"venv/lib/python3.11/site-packages/sqlalchemy/orm.py"_s);
    touch(u".venv/lib/python3.11/site-packages/alembic/op.py"_s);
    touch(u"migrations/versions/__pycache__/cached.py"_s);

    const Result<GraphSnapshot> graph = [&] {
        LoadRequest request = LoadRequest::of(project);
        request.depth = LoadRequest::Depth::Graph;
        return SnapshotBuilder::load(request);
    }();
    QVERIFY(graph);
    QVERIFY(graph->modelFiles.isEmpty()); // found by the full stage only

    const Result<GraphSnapshot> full = SnapshotBuilder::load(LoadRequest::of(project));
    QVERIFY(full);
    QStringList relative;
    for (const QString &file : full->modelFiles)
        relative.append(QDir(project).relativeFilePath(file));
    relative.sort();
    QCOMPARE(relative, (QStringList {u"app/schema.py"_s, u"models.py"_s}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
