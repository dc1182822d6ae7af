// SPDX-License-Identifier: MIT
#include "TestTree.h"
#include "details/RevisionDetailsPane.h"
#include "engine/InterpreterLocator.h"
#include "engine/TrustStore.h"
#include "graph/RevisionGraphPane.h"
#include "graph/RevisionGraphView.h"
#include "loader/ProjectSections.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "theme/Theme.h"
#include "trust/TrustBar.h"
#include "trust/TrustState.h"
#include "watch/ProjectWatcher.h"
#include "window/AboutDialog.h"
#include "window/MainWindow.h"
#include "window/WorkbenchStatusBar.h"

#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace retort;
using namespace Qt::StringLiterals;

/// The window's features on a temporary copy of examples/bookshelf: trust and restricted mode,
/// ini sections, drag and drop, the remembered database, file watching, filtering by table,
/// status bar, About and the theme switch.
class TestWorkbench : public QObject {
    Q_OBJECT

private slots:
    void init();
    void firstOpenAsksForTrust();
    void answeredFolderOpensRestricted();
    void severalSectionsAreOffered();
    void droppedFolderOpens();
    void pickedDatabaseIsRemembered();
    void externalChangesUpdateTheGraph();
    void databaseChangedOutsideMovesTheCurrentRevision();
    void filterMatchesTablesTouched();
    void statusBarShowsProjectAndInterpreter();
    void aboutListsVersions();
    void themeSwitchesPalette();
    void detailsLinksAskForFiles();

private:
    std::unique_ptr<WorkbenchSettings> settings() const;
    QString settingsFile() const { return m_settingsDir->filePath(u"retort.ini"_s); }
    static bool writeFile(const QString &path, const QString &text);
    bool openAndWait(MainWindow &window, const QString &path, const QString &db = {});

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_copy;
    QString m_project;
};

void TestWorkbench::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_copy = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid() && m_copy->isValid());
    m_project = m_copy->filePath(u"bookshelf"_s);
    QVERIFY(retort::test::copyExample(u"bookshelf"_s, m_project));
}

std::unique_ptr<WorkbenchSettings> TestWorkbench::settings() const
{
    return std::make_unique<WorkbenchSettings>(settingsFile());
}

bool TestWorkbench::writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) == text.toUtf8().size();
}

bool TestWorkbench::openAndWait(MainWindow &window, const QString &path, const QString &db)
{
    QSignalSpy shown(&window, &MainWindow::projectShown);
    window.openProject(path, db);
    return shown.wait(20000);
}

void TestWorkbench::firstOpenAsksForTrust()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    auto *upgrade = new QAction(u"Upgrade"_s, &window);
    window.addPythonAction(upgrade);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_project));

    // First open: the bar asks, Python actions are off, native views work.
    QVERIFY(!window.trustState()->isTrusted());
    QCOMPARE(window.trustBar()->mode(), TrustBar::Mode::Ask);
    QVERIFY(window.trustBar()->isVisible());
    QVERIFY(!upgrade->isEnabled());
    QVERIFY(window.model()->rowCount() > 0);
    QCOMPARE(window.workbenchStatusBar()->trustText(), u"Restricted mode"_s);
    QVERIFY(window.grab().save(QDir::current().absoluteFilePath(u"workbench-trust-ask.png"_s)));

    QTest::mouseClick(window.trustBar()->trustButton(), Qt::LeftButton);
    QVERIFY(window.trustState()->isTrusted());
    QVERIFY(upgrade->isEnabled());
    QVERIFY(!window.trustBar()->isVisible());
    QVERIFY(window.revokeTrustAction()->isEnabled());
    QVERIFY(!window.trustAction()->isEnabled());
    // The CLI reads the same store.
    QVERIFY(TrustStore(settingsFile()).isTrusted(m_project));
    // An action joining later takes the state at once.
    auto *stamp = new QAction(u"Stamp"_s, &window);
    window.addPythonAction(stamp);
    QVERIFY(stamp->isEnabled());

    window.revokeTrustAction()->trigger();
    QVERIFY(!TrustStore(settingsFile()).isTrusted(m_project));
    QVERIFY(!upgrade->isEnabled() && !stamp->isEnabled());
    QCOMPARE(window.trustBar()->mode(), TrustBar::Mode::Restricted);
    QVERIFY(window.trustBar()->text().contains(u"Restricted mode"_s));
}

void TestWorkbench::answeredFolderOpensRestricted()
{
    {
        MainWindow window(&SnapshotBuilder::load, settings());
        window.show();
        QVERIFY(openAndWait(window, m_project));
        QCOMPARE(window.trustBar()->mode(), TrustBar::Mode::Ask);
        QTest::mouseClick(window.trustBar()->restrictedButton(), Qt::LeftButton);
        QCOMPARE(window.trustBar()->mode(), TrustBar::Mode::Restricted);
    }
    MainWindow again(&SnapshotBuilder::load, settings());
    again.show();
    QVERIFY(openAndWait(again, m_project));
    // Not asked again; restricted, with the way out on the bar.
    QCOMPARE(again.trustBar()->mode(), TrustBar::Mode::Restricted);
    QVERIFY(again.trustBar()->isVisible());
    QVERIFY(again.trustAction()->isEnabled());

    // A folder trusted elsewhere (the CLI) opens trusted, without a bar.
    QVERIFY(TrustStore(settingsFile()).trust(m_project));
    MainWindow trusted(&SnapshotBuilder::load, settings());
    QVERIFY(openAndWait(trusted, m_project));
    QVERIFY(trusted.trustState()->isTrusted());
    QCOMPARE(trusted.trustBar()->mode(), TrustBar::Mode::Hidden);
}

void TestWorkbench::severalSectionsAreOffered()
{
    // A second environment over the same scripts, as `alembic -n other` would read it.
    QFile ini(m_project + u"/alembic.ini"_s);
    QVERIFY(ini.open(QIODevice::Append));
    ini.write("\n[other]\nscript_location = migrations\nsqlalchemy.url = sqlite:///other.db\n");
    ini.close();
    QCOMPARE(ProjectSections::find(m_project), (QStringList {u"alembic"_s, u"other"_s}));

    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    bool asked = false;
    QTimer::singleShot(0, &window, [&asked] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        QCOMPARE(dialog->comboBoxItems(), (QStringList {u"alembic"_s, u"other"_s}));
        dialog->setTextValue(u"other"_s);
        dialog->accept();
    });
    QVERIFY(openAndWait(window, m_project));
    QVERIFY(asked);
    QCOMPARE(window.section(), u"other"_s);
    QCOMPARE(window.model()->snapshot().section, u"other"_s);
    QCOMPARE(QFileInfo(window.model()->snapshot().databasePath).fileName(), u"other.db"_s);
    QVERIFY(window.workbenchStatusBar()->projectText().contains(u"[other]"_s));

    // The next open takes the remembered section without asking.
    MainWindow again(&SnapshotBuilder::load, settings());
    QVERIFY(openAndWait(again, m_project));
    QCOMPARE(again.section(), u"other"_s);
}

void TestWorkbench::droppedFolderOpens()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &MainWindow::projectShown);

    QMimeData notAProject;
    notAProject.setUrls({QUrl::fromLocalFile(m_project + u"/models.py"_s)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &notAProject, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_project + u"/alembic.ini"_s)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    QVERIFY(shown.wait(20000));
    QCOMPARE(window.projectDir(), QFileInfo(m_project).absoluteFilePath());
    QVERIFY(window.model()->rowCount() > 0);
}

void TestWorkbench::pickedDatabaseIsRemembered()
{
    // The user picked a copy of the database for this project in an earlier session.
    const QString picked = m_copy->filePath(u"elsewhere.db"_s);
    QVERIFY(QFile::copy(m_project + u"/bookshelf.db"_s, picked));
    settings()->setDatabaseFor(m_project, picked);

    MainWindow window(&SnapshotBuilder::load, settings());
    QVERIFY(openAndWait(window, m_project));
    QCOMPARE(window.model()->snapshot().databasePath, QFileInfo(picked).absoluteFilePath());
    QCOMPARE(window.workbenchStatusBar()->databaseText(), u"elsewhere.db"_s);

    // Going back to sqlalchemy.url forgets the pick.
    QSignalSpy shown(&window, &MainWindow::projectShown);
    const auto actions = window.findChildren<QAction *>();
    const auto configured = std::find_if(actions.cbegin(), actions.cend(),
        [](QAction *action) { return action->text() == u"Use &Configured Database"_s; });
    QVERIFY(configured != actions.cend());
    QVERIFY((*configured)->isEnabled());
    (*configured)->trigger();
    QVERIFY(shown.wait(20000));
    QCOMPARE(QFileInfo(window.model()->snapshot().databasePath).fileName(), u"bookshelf.db"_s);
    QVERIFY(settings()->databaseFor(m_project).isEmpty());
}

void TestWorkbench::externalChangesUpdateTheGraph()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.resize(900, 260); // short, so the list scrolls
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_project));
    const int before = window.model()->rowCount();
    const QString versions = m_project + u"/migrations/versions/"_s;
    const QStringList heads = window.model()->snapshot().heads;
    QCOMPARE(heads.size(), 1);

    // Reloads of the project on screen are full loads: no graph-only stage blanks the badges.
    int graphOnly = 0;
    connect(&window, &MainWindow::graphShown, this,
        [&] { graphOnly += window.model()->snapshot().complete ? 0 : 1; });
    RevisionGraphView *view = window.graphView();
    const QString selected = window.model()->entry(before - 2)->id;
    QVERIFY(view->selectRevision(selected));
    const int scroll = view->scrollPosition();

    // `alembic revision` in a terminal: a new head appears.
    QVERIFY(writeFile(versions + u"f00dfeed0001_add_loans.py"_s,
        u"\"\"\"add loans\n\nRevision ID: f00dfeed0001\nRevises: %1\n\"\"\"\n"
        u"from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'f00dfeed0001'\n"
        u"down_revision = '%1'\nbranch_labels = None\ndepends_on = None\n\n"
        u"def upgrade():\n    op.create_table('loans', sa.Column('id', sa.Integer()))\n\n"
        u"def downgrade():\n    op.drop_table('loans')\n"_s.arg(heads.constFirst())));
    QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), before + 1, 10000);
    QCOMPARE(window.model()->snapshot().heads, QStringList {u"f00dfeed0001"_s});
    QCOMPARE(view->selectedRevision(), selected);
    QCOMPARE(view->scrollPosition(), scroll);

    // An edit of its message shows; deleting it takes it away again.
    QFile edited(versions + u"f00dfeed0001_add_loans.py"_s);
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(edited.readAll());
    edited.close();
    QVERIFY(writeFile(edited.fileName(), text.replace(u"add loans"_s, u"add book loans"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(
        window.model()->entry(window.model()->rowOf(u"f00dfeed0001"_s))->message,
        u"add book loans"_s, 10000);

    QVERIFY(QFile::remove(edited.fileName()));
    QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), before, 10000);
    QCOMPARE(view->selectedRevision(), selected);
    QCOMPARE(graphOnly, 0);
}

void TestWorkbench::databaseChangedOutsideMovesTheCurrentRevision()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(openAndWait(window, m_project));
    const GraphSnapshot &before = window.model()->snapshot();
    QVERIFY(!before.databasePath.isEmpty());
    const QString base = before.revisions.constLast().id;
    QVERIFY(!before.currentRevisions.contains(base));

    // `alembic stamp` in a terminal, as SQL: the window follows without being asked.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        db.setDatabaseName(before.databasePath);
        QVERIFY(db.open());
        QSqlQuery stamp(db);
        QVERIFY(stamp.prepare(u"UPDATE alembic_version SET version_num = ?"_s));
        stamp.addBindValue(base);
        QVERIFY2(stamp.exec(), qPrintable(stamp.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        window.model()->snapshot().currentRevisions, QStringList {base}, 10000);

    // Reading the database to show it is no change: no reload follows on its own.
    QSignalSpy shown(&window, &MainWindow::projectShown);
    QVERIFY(!shown.wait(ProjectWatcher::settleMs + 1000));
}

void TestWorkbench::filterMatchesTablesTouched()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(openAndWait(window, m_project));
    // Expected from the snapshot's operations, not from the search text itself.
    int touching = 0;
    for (const RevisionEntry &entry : window.model()->snapshot().revisions) {
        bool touches = entry.message.contains(u"reviews"_s, Qt::CaseInsensitive)
            || entry.branchLabels.join(u' ').contains(u"reviews"_s, Qt::CaseInsensitive);
        for (const auto *ops : {&entry.upgradeOps, &entry.downgradeOps})
            for (const ScriptOperation &op : *ops)
                touches = touches || op.table.contains(u"reviews"_s, Qt::CaseInsensitive)
                    || op.batchTable.contains(u"reviews"_s, Qt::CaseInsensitive);
        touching += touches ? 1 : 0;
    }
    QVERIFY(touching > 0 && touching < window.model()->rowCount());
    window.graphPane()->filterField()->setText(u"reviews"_s);
    QCOMPARE(window.graphView()->visibleRowCount(), touching);

    // Keyboard: Down moves the selection to the next visible row.
    window.graphPane()->filterField()->clear();
    window.graphView()->setFocus();
    QVERIFY(window.graphView()->selectRevision(window.model()->entry(0)->id));
    QTest::keyClick(window.graphView(), Qt::Key_Down);
    QCOMPARE(window.graphView()->selectedRevision(), window.model()->entry(1)->id);
    window.graphView()->goToHeadAction()->trigger();
    QCOMPARE(window.graphView()->selectedRevision(), window.model()->snapshot().heads.first());
}

void TestWorkbench::statusBarShowsProjectAndInterpreter()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(openAndWait(window, m_project));
    WorkbenchStatusBar *status = window.workbenchStatusBar();
    QCOMPARE(status->projectText(), u"bookshelf"_s);
    QCOMPARE(status->databaseText(), u"bookshelf.db"_s);
    const Result<InterpreterInfo> expected
        = InterpreterLocator(InterpreterLocator::fromEnvironment(m_project, false))
              .locateWithoutRunning();
    if (expected) {
        QVERIFY2(status->interpreterText().contains(u"Alembic "_s + expected->alembicVersion),
            qPrintable(status->interpreterText()));
    } else {
        QCOMPARE(status->interpreterText(), u"Alembic not found"_s);
    }
    QCOMPARE(status->trustText(), u"Restricted mode"_s);
}

void TestWorkbench::aboutListsVersions()
{
    const auto versions = AboutDialog::versions(u"1.8.1"_s);
    QStringList names;
    for (const auto &[name, version] : versions)
        names.append(name);
    QVERIFY(names.contains(u"Qt"_s));
    QCOMPARE(versions.at(names.indexOf(u"Qt"_s)).second, QString::fromLatin1(qVersion()));
    const QString sqlite = AboutDialog::sqliteVersion();
    QVERIFY2(sqlite.startsWith(u"3."_s), qPrintable(sqlite));
    QCOMPARE(versions.at(names.indexOf(u"SQLite"_s)).second, sqlite);
    QCOMPARE(versions.constLast().second, u"1.8.1"_s);
    AboutDialog dialog(u"1.8.1"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"aboutVersions"_s)->text().contains(sqlite));
}

void TestWorkbench::themeSwitchesPalette()
{
    const QPalette original = QApplication::palette();
    {
        MainWindow window(&SnapshotBuilder::load, settings());
        window.show();
        QVERIFY(openAndWait(window, m_project, m_project + u"/bookshelf.db"_s));
        window.setAppearance(Theme::Appearance::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(Theme::isDark(window.graphView()->palette()));
        QVERIFY(window.grab().save(QDir::current().absoluteFilePath(u"workbench-dark.png"_s)));
        window.setAppearance(Theme::Appearance::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(!Theme::isDark(window.graphView()->palette()));
        QVERIFY(window.grab().save(QDir::current().absoluteFilePath(u"workbench-light.png"_s)));
        window.setAppearance(Theme::Appearance::Dark);
    }
    // Remembered: the next window starts dark.
    QApplication::setPalette(original);
    MainWindow again(&SnapshotBuilder::load, settings());
    QVERIFY(Theme::isDark(QApplication::palette()));
    again.setAppearance(Theme::Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
        QApplication::style()->standardPalette().color(QPalette::Window));
    QApplication::setPalette(original);
}

void TestWorkbench::detailsLinksAskForFiles()
{
    MainWindow window(&SnapshotBuilder::load, settings());
    window.show();
    QVERIFY(openAndWait(window, m_project));
    const RevisionEntry *entry = nullptr;
    for (int row = 0; row < window.model()->rowCount() && !entry; ++row)
        if (!window.model()->entry(row)->upgradeOps.isEmpty())
            entry = window.model()->entry(row);
    QVERIFY(entry);
    QVERIFY(window.graphView()->selectRevision(entry->id));
    QSignalSpy open(&window, &MainWindow::openFileRequested);
    QSignalSpy selected(window.graphView(), &RevisionGraphView::revisionSelected);
    const QStringList links = window.detailsPane()->links();
    // The file itself, and each operation at its line.
    const auto opLink = std::find_if(links.cbegin(), links.cend(), [entry](const QString &link) {
        return link.contains(u"line=%1"_s.arg(entry->upgradeOps.constFirst().line))
            && !link.endsWith(u"line=1"_s);
    });
    QVERIFY2(opLink != links.cend(), qPrintable(links.join(u'\n')));
    window.detailsPane()->activateLink(QUrl(*opLink));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), entry->filePath);
    QCOMPARE(open.first().at(1).toInt(), entry->upgradeOps.constFirst().line);
    // Parents are links that select them.
    if (!entry->parents.isEmpty()) {
        window.detailsPane()->activateLink(QUrl(u"revision:"_s + entry->parents.constFirst()));
        QCOMPARE(window.graphView()->selectedRevision(), entry->parents.constFirst());
    }
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
