// SPDX-License-Identifier: MIT
#include "window/MainWindow.h"

#include "banner/DatabaseBanner.h"
#include "details/RevisionDetailsPane.h"
#include "graph/RevisionGraphPane.h"
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "window/EmptyStatePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace retort {

MainWindow::MainWindow(
    ProjectLoader::Source source, std::unique_ptr<WorkbenchSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_loader(new ProjectLoader(std::move(source), this))
    , m_model(new RevisionGraphModel(this))
{
    m_model->setOrder(m_settings->oldestFirst() ? LaneLayout::Order::OldestFirst
                                                : LaneLayout::Order::NewestFirst);
    setWindowIcon(QIcon(QStringLiteral(":/icons/retort.svg")));
    createCentral();
    createDock();
    createActions();
    createMenus();
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::showSnapshot);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::showFailure);
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentral()
{
    m_pages = new QStackedWidget(this);
    m_emptyPage = new EmptyStatePage(m_pages);
    connect(m_emptyPage, &EmptyStatePage::openProjectRequested, this, &MainWindow::chooseProject);
    m_graphPage = new QWidget(m_pages);
    m_banner = new DatabaseBanner(m_graphPage);
    connect(m_banner, &DatabaseBanner::chooseDatabaseRequested, this, &MainWindow::chooseDatabase);
    m_graphPane = new RevisionGraphPane(m_graphPage);
    m_graphPane->view()->setGraphModel(m_model);
    connect(
        m_graphPane->view(), &RevisionGraphView::revisionSelected, this, &MainWindow::showSelected);
    auto *layout = new QVBoxLayout(m_graphPage);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_graphPane, 1);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_graphPage);
    setCentralWidget(m_pages);
}

void MainWindow::createDock()
{
    m_details = new RevisionDetailsPane(this);
    connect(m_details, &RevisionDetailsPane::revisionLinkActivated, graphView(),
        &RevisionGraphView::selectRevision);
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_chooseDatabaseAction = new QAction(tr("Choose &Database…"), this);
    connect(m_chooseDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_oldestFirstAction = new QAction(tr("&Oldest First"), this);
    m_oldestFirstAction->setCheckable(true);
    m_oldestFirstAction->setChecked(m_settings->oldestFirst());
    connect(m_oldestFirstAction, &QAction::toggled, this, [this](bool oldestFirst) {
        const QString selected = graphView()->selectedRevision();
        m_settings->setOldestFirst(oldestFirst);
        m_model->setOrder(
            oldestFirst ? LaneLayout::Order::OldestFirst : LaneLayout::Order::NewestFirst);
        graphView()->selectRevision(selected);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Recent &Projects"));
    file->addAction(m_chooseDatabaseAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    RevisionGraphView *view = graphView();
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(view->goToCurrentAction());
    viewMenu->addAction(view->goToHeadAction());
    viewMenu->addAction(view->copyIdAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_oldestFirstAction);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->addAction(m_openAction);
    tools->addAction(m_reloadAction);
    tools->addSeparator();
    tools->addAction(view->goToCurrentAction());
    tools->addAction(view->goToHeadAction());
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 780);
    restoreState(m_settings->windowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

RevisionGraphView *MainWindow::graphView() const
{
    return m_graphPane->view();
}

bool MainWindow::isShowingGraph() const
{
    return m_pages->currentWidget() == m_graphPage;
}

void MainWindow::openProject(const QString &path, const QString &databasePath)
{
    m_projectPath = QFileInfo(path).absoluteFilePath();
    m_databaseOverride
        = databasePath.isEmpty() ? QString() : QFileInfo(databasePath).absoluteFilePath();
    m_status->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(m_projectPath)));
    m_loader->load(m_projectPath, m_databaseOverride);
    updateTitle();
}

void MainWindow::reload()
{
    if (!m_projectPath.isEmpty())
        m_loader->load(m_projectPath, m_databaseOverride);
}

void MainWindow::chooseProject()
{
    const QString path
        = QFileDialog::getExistingDirectory(this, tr("Open Alembic Project"), m_projectPath);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseDatabase()
{
    if (m_projectPath.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose SQLite Database"),
        m_projectPath, tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        openProject(m_projectPath, path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentProjects();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear List"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings->clearRecentProjects();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const bool open = !m_projectPath.isEmpty();
    setWindowTitle(
        open ? tr("%1 — Retort").arg(QFileInfo(m_projectPath).fileName()) : tr("Retort"));
    m_chooseDatabaseAction->setEnabled(open);
    m_reloadAction->setEnabled(open);
}

void MainWindow::showSnapshot(const GraphSnapshot &snapshot)
{
    const QString selected = graphView()->selectedRevision();
    m_model->setSnapshot(snapshot);
    m_banner->setNotices(DatabaseNotice::assess(snapshot));
    m_pages->setCurrentWidget(m_graphPage);
    m_settings->addRecentProject(snapshot.projectPath);
    updateRecentMenu();
    if (!graphView()->selectRevision(selected))
        graphView()->goToCurrent();
    if (graphView()->selectedRevision().isEmpty())
        m_details->showRevision(nullptr);
    const QString database = snapshot.databasePath.isEmpty()
        ? tr("no database")
        : QDir::toNativeSeparators(snapshot.databasePath);
    m_status->setText(
        tr("%n revision(s) — %1", nullptr, int(snapshot.revisions.size())).arg(database));
    emit projectShown();
}

void MainWindow::showFailure(const QString &path, const QString &message)
{
    m_model->setSnapshot({});
    m_banner->setNotices({});
    m_details->showRevision(nullptr);
    m_emptyPage->setError(message);
    m_pages->setCurrentWidget(m_emptyPage);
    m_status->setText(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
    emit projectFailed(message);
}

void MainWindow::showSelected(const QString &id)
{
    m_details->showRevision(m_model->entry(m_model->rowOf(id)), m_model->snapshot().projectPath);
}

} // namespace retort
