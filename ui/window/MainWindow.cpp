// SPDX-License-Identifier: MIT
#include "window/MainWindow.h"

#include "banner/DatabaseBanner.h"
#include "details/RevisionDetailsPane.h"
#include "graph/RevisionGraphPane.h"
#include "graph/RevisionGraphView.h"
#include "loader/ProjectSections.h"
#include "model/RevisionGraphModel.h"
#include "problems/ProblemsPane.h"
#include "trust/TrustBar.h"
#include "trust/TrustState.h"
#include "watch/ProjectWatcher.h"
#include "window/AboutDialog.h"
#include "window/EmptyStatePage.h"
#include "window/WorkbenchStatusBar.h"
#include "window/WorkbenchTools.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace retort {

namespace {

const QString defaultSection = QStringLiteral("alembic");
/// A Python action's tooltip without the restricted-mode note.
constexpr auto plainToolTipProperty = "retortPlainToolTip";

QAction *makeAction(
    const QString &text, const QString &toolTip, const QKeySequence &shortcut, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    // Tooltips name the shortcut, so toolbar users learn it.
    action->setToolTip(shortcut.isEmpty()
            ? toolTip
            : QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

MainWindow::MainWindow(
    ProjectLoader::Source source, std::unique_ptr<WorkbenchSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_loader(new ProjectLoader(std::move(source), this))
    , m_model(new RevisionGraphModel(this))
    , m_trust(new TrustState(m_settings->file(), this))
    , m_watcher(new ProjectWatcher(this))
{
    m_model->setOrder(m_settings->oldestFirst() ? LaneLayout::Order::OldestFirst
                                                : LaneLayout::Order::NewestFirst);
    setWindowIcon(QIcon(QStringLiteral(":/icons/retort.svg")));
    setAcceptDrops(true);
    createCentral();
    createDocks();
    createActions();
    createToolBar();
    m_statusBar = new WorkbenchStatusBar(this);
    setStatusBar(m_statusBar);
    m_tools = new WorkbenchTools(this);
    createMenus();
    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::showSnapshot);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::showFailure);
    connect(m_watcher, &ProjectWatcher::changed, this, &MainWindow::reload);
    connect(m_trust, &TrustState::trustChanged, this, &MainWindow::updateTrust);
    restoreLayout();
    // The system palette is whatever the platform gave; only a chosen one is applied.
    const Theme::Appearance appearance = Theme::appearanceFromName(m_settings->theme());
    if (appearance != Theme::Appearance::System)
        setAppearance(appearance);
    updateTitle();
    updateTrust();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentral()
{
    m_pages = new QStackedWidget(this);
    m_emptyPage = new EmptyStatePage(m_pages);
    connect(m_emptyPage, &EmptyStatePage::openProjectRequested, this, &MainWindow::chooseProject);
    m_graphPage = new QWidget(m_pages);
    m_trustBar = new TrustBar(m_graphPage);
    connect(m_trustBar, &TrustBar::trustChosen, this, [this] {
        m_settings->setTrustAnswered(projectDir());
        if (Result<void> trusted = m_trust->trust(); !trusted)
            QMessageBox::warning(this, tr("Trust Folder"), trusted.error().message);
    });
    connect(m_trustBar, &TrustBar::restrictedChosen, this, [this] {
        m_settings->setTrustAnswered(projectDir());
        updateTrust();
    });
    connect(m_trustBar, &TrustBar::trustDialogRequested, this, &MainWindow::askToTrust);
    m_banner = new DatabaseBanner(m_graphPage);
    connect(m_banner, &DatabaseBanner::chooseDatabaseRequested, this, &MainWindow::chooseDatabase);
    m_graphPane = new RevisionGraphPane(m_graphPage);
    m_graphPane->view()->setGraphModel(m_model);
    connect(
        m_graphPane->view(), &RevisionGraphView::revisionSelected, this, &MainWindow::showSelected);
    connect(m_graphPane->view(), &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        const RevisionEntry *entry = m_model->entry(i.row());
        if (entry && !entry->filePath.isEmpty())
            emit openFileRequested(entry->filePath, 1);
    });
    auto *layout = new QVBoxLayout(m_graphPage);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_trustBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_graphPane, 1);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_graphPage);

    // Editors open as further tabs; with the graph alone the tab bar stays out of the way.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(m_pages, tr("Graph"));
    setCentralWidget(m_tabs);
}

void MainWindow::createDocks()
{
    m_details = new RevisionDetailsPane(this);
    connect(m_details, &RevisionDetailsPane::revisionLinkActivated, graphView(),
        &RevisionGraphView::selectRevision);
    connect(
        m_details, &RevisionDetailsPane::openFileRequested, this, &MainWindow::openFileRequested);
    auto *details = new QDockWidget(tr("Details"), this);
    details->setObjectName(QStringLiteral("detailsDock"));
    details->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, details);

    m_problems = new ProblemsPane(this);
    connect(m_problems, &ProblemsPane::openFileRequested, this, &MainWindow::openFileRequested);
    auto *problems = new QDockWidget(tr("Problems"), this);
    problems->setObjectName(QStringLiteral("problemsDock"));
    problems->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problems);
    resizeDocks({details}, {380}, Qt::Horizontal);
    resizeDocks({problems}, {150}, Qt::Vertical);
}

void MainWindow::createActions()
{
    const QStyle *style = QApplication::style();
    m_openAction = makeAction(tr("&Open Project…"), tr("Open the folder of an Alembic project"),
        QKeySequence::Open, this);
    m_openAction->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_chooseDatabaseAction = makeAction(tr("Choose &Database…"),
        tr("Use another SQLite file for this project (remembered)"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    m_chooseDatabaseAction->setIcon(style->standardIcon(QStyle::SP_DriveHDIcon));
    connect(m_chooseDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_configuredDatabaseAction = makeAction(tr("Use &Configured Database"),
        tr("Go back to the database sqlalchemy.url names"), {}, this);
    connect(
        m_configuredDatabaseAction, &QAction::triggered, this, &MainWindow::useConfiguredDatabase);

    m_reloadAction = makeAction(tr("&Reload"), tr("Read the project and the database again"),
        QKeySequence(Qt::Key_F5), this);
    m_reloadAction->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_quitAction = makeAction(tr("&Quit"), tr("Quit Retort"), QKeySequence::Quit, this);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_oldestFirstAction = makeAction(tr("&Oldest First"),
        tr("List the oldest revision at the top instead of the newest"), {}, this);
    m_oldestFirstAction->setCheckable(true);
    m_oldestFirstAction->setChecked(m_settings->oldestFirst());
    connect(m_oldestFirstAction, &QAction::toggled, this, [this](bool oldestFirst) {
        const QString selected = graphView()->selectedRevision();
        m_settings->setOldestFirst(oldestFirst);
        m_model->setOrder(
            oldestFirst ? LaneLayout::Order::OldestFirst : LaneLayout::Order::NewestFirst);
        graphView()->selectRevision(selected);
    });

    m_trustAction = makeAction(tr("&Trust This Folder…"),
        tr("Allow Retort to run this project's env.py and migrations"), {}, this);
    connect(m_trustAction, &QAction::triggered, this, &MainWindow::askToTrust);
    m_revokeTrustAction = makeAction(tr("Re&voke Trust"),
        tr("Stop running this project's Python code (restricted mode)"), {}, this);
    connect(m_revokeTrustAction, &QAction::triggered, this, &MainWindow::revokeTrust);

    m_pythonActions = new QActionGroup(this);
    m_pythonActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);

    m_appearanceActions = new QActionGroup(this);
    const Theme::Appearance current = Theme::appearanceFromName(m_settings->theme());
    const std::pair<Theme::Appearance, QString> appearances[] = {
        {Theme::Appearance::System, tr("&System")},
        {Theme::Appearance::Light, tr("&Light")},
        {Theme::Appearance::Dark, tr("&Dark")},
    };
    for (const auto &[appearance, text] : appearances) {
        QAction *action = m_appearanceActions->addAction(text);
        action->setCheckable(true);
        action->setChecked(appearance == current);
        action->setData(int(appearance));
        connect(
            action, &QAction::triggered, this, [this, appearance] { setAppearance(appearance); });
    }

    m_aboutAction = makeAction(tr("&About Retort"), tr("Versions and licence"), {}, this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = makeAction(tr("About &Qt"), tr("About the Qt toolkit"), {}, this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Recent &Projects"));
    file->addSeparator();
    file->addAction(m_chooseDatabaseAction);
    file->addAction(m_configuredDatabaseAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    RevisionGraphView *view = graphView();
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_graphPane->actions())
        viewMenu->addAction(action); // Filter Revisions (Ctrl+F)
    viewMenu->addAction(view->goToCurrentAction());
    viewMenu->addAction(view->goToHeadAction());
    viewMenu->addAction(view->copyIdAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_oldestFirstAction);
    QMenu *theme = viewMenu->addMenu(tr("&Theme"));
    theme->addActions(m_appearanceActions->actions());
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
    for (QToolBar *toolBar : findChildren<QToolBar *>())
        viewMenu->addAction(toolBar->toggleViewAction());

    m_projectMenu = menuBar()->addMenu(tr("&Project"));
    m_projectMenu->addAction(m_trustAction);
    m_projectMenu->addAction(m_revokeTrustAction);
    m_projectMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
    m_tools->addMenus(help->menuAction());
}

void MainWindow::createToolBar()
{
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_openAction);
    tools->addAction(m_reloadAction);
    tools->addAction(m_chooseDatabaseAction);
    tools->addSeparator();
    tools->addAction(graphView()->goToCurrentAction());
    tools->addAction(graphView()->goToHeadAction());
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 780);
    restoreState(m_settings->windowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tools->maybeClose()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

QString MainWindow::projectPathOfDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    if (info.isDir())
        return info.absoluteFilePath();
    if (info.isFile() && info.suffix() == QLatin1String("ini"))
        return info.absoluteFilePath();
    if (info.isFile() && info.fileName() == QLatin1String("pyproject.toml"))
        return info.absolutePath();
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!projectPathOfDrop(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = projectPathOfDrop(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openProject(path);
}

RevisionGraphView *MainWindow::graphView() const
{
    return m_graphPane->view();
}

bool MainWindow::isShowingGraph() const
{
    return m_pages->currentWidget() == m_graphPage;
}

QString MainWindow::projectDir() const
{
    if (m_projectPath.isEmpty())
        return {};
    const QFileInfo info(m_projectPath);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void MainWindow::addPythonAction(QAction *action)
{
    m_pythonActions->addAction(action);
    action->setProperty(plainToolTipProperty, action->toolTip());
    action->setEnabled(m_trust->isTrusted());
    updateTrust();
}

void MainWindow::addGraphBar(QWidget *bar)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_graphPage->layout());
    layout->insertWidget(layout->indexOf(m_banner) + 1, bar);
}

void MainWindow::openProject(
    const QString &path, const QString &databasePath, const QString &section)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString chosenSection = chooseSection(absolute, section);
    if (chosenSection.isEmpty())
        return; // the user cancelled the section picker
    m_projectPath = absolute;
    m_section = chosenSection;
    const QString database
        = databasePath.isEmpty() ? m_settings->databaseFor(m_projectPath) : databasePath;
    m_databaseOverride = database.isEmpty() ? QString() : QFileInfo(database).absoluteFilePath();
    m_statusBar->setActivity(tr("Loading %1…").arg(QDir::toNativeSeparators(m_projectPath)));
    m_trust->setProjectDir(projectDir());
    load();
    updateTitle();
}

QString MainWindow::chooseSection(const QString &path, const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QStringList sections = ProjectSections::find(path);
    if (sections.size() <= 1)
        return sections.isEmpty() ? defaultSection : sections.constFirst();
    const QString remembered = m_settings->sectionFor(path);
    if (sections.contains(remembered))
        return remembered;
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("Choose Environment"),
        tr("%1 configures several Alembic environments. Open which one?")
            .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())),
        sections, std::max(0, int(sections.indexOf(defaultSection))), false, &ok);
    return ok ? picked : QString();
}

void MainWindow::load()
{
    LoadRequest request;
    request.projectPath = m_projectPath;
    request.databasePath = m_databaseOverride;
    request.section = m_section;
    // A project opened anew shows its graph before its scripts are all read; a reload of the one
    // on screen waits for the full read, so badges and details do not blink on every save.
    request.graphFirst = m_projectPath != m_shownProject;
    m_loader->load(request);
}

void MainWindow::reload()
{
    if (!m_projectPath.isEmpty())
        load();
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
        m_databaseOverride.isEmpty() ? projectDir() : m_databaseOverride,
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setDatabaseFor(m_projectPath, path);
    openProject(m_projectPath, path, m_section);
}

void MainWindow::useConfiguredDatabase()
{
    if (m_projectPath.isEmpty())
        return;
    m_settings->setDatabaseFor(m_projectPath, {});
    m_databaseOverride.clear();
    load();
    updateTitle();
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
    setWindowTitle(open ? tr("%1 — Retort").arg(QFileInfo(projectDir()).fileName()) : tr("Retort"));
    m_chooseDatabaseAction->setEnabled(open);
    m_configuredDatabaseAction->setEnabled(open && !m_databaseOverride.isEmpty());
    m_reloadAction->setEnabled(open);
}

void MainWindow::updateTrust()
{
    const bool open = !projectDir().isEmpty();
    const bool trusted = m_trust->isTrusted();
    m_pythonActions->setEnabled(trusted);
    // Disabled actions still show their tooltip: it says why they are off.
    const QString why = tr("Off in restricted mode: this folder is not trusted to run Python "
                           "(Project ▸ Trust This Folder…).");
    for (QAction *action : m_pythonActions->actions()) {
        action->setEnabled(trusted);
        const QString plain = action->property(plainToolTipProperty).toString();
        action->setToolTip(trusted || !open ? plain : QStringLiteral("%1\n%2").arg(plain, why));
        action->setStatusTip(trusted || !open ? QString() : why);
    }
    m_trustAction->setEnabled(open && !trusted);
    m_revokeTrustAction->setEnabled(open && trusted);
    m_statusBar->setTrusted(trusted, open);
    if (m_tools)
        m_tools->updateActions(); // trust is one of the conditions each action has
    if (!open || trusted)
        m_trustBar->setMode(TrustBar::Mode::Hidden);
    else
        m_trustBar->setMode(m_settings->trustAnswered(projectDir()) ? TrustBar::Mode::Restricted
                                                                    : TrustBar::Mode::Ask);
}

void MainWindow::askToTrust()
{
    if (projectDir().isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Trust This Folder?"),
        tr("Trust %1?").arg(QDir::toNativeSeparators(projectDir())), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Upgrading, downgrading, stamping, creating revisions and the SQL "
                              "and schema previews run this project's env.py, its migration "
                              "scripts and its virtual environment's Python. Only trust code "
                              "you would run yourself."));
    QPushButton *trust = box.addButton(tr("Trust Folder"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == trust)
        trustProject();
}

void MainWindow::trustProject()
{
    m_settings->setTrustAnswered(projectDir());
    if (Result<void> trusted = m_trust->trust(); !trusted)
        QMessageBox::warning(this, tr("Trust Folder"), trusted.error().message);
}

void MainWindow::revokeTrust()
{
    m_settings->setTrustAnswered(projectDir());
    m_trust->revoke();
}

void MainWindow::setAppearance(Theme::Appearance appearance)
{
    m_settings->setTheme(Theme::appearanceName(appearance));
    QApplication::setPalette(Theme::palette(appearance, QApplication::style()->standardPalette()));
    for (QAction *action : m_appearanceActions->actions())
        action->setChecked(action->data().toInt() == int(appearance));
}

void MainWindow::showAbout()
{
    AboutDialog about(m_model->snapshot().alembicVersion, this);
    about.exec();
}

void MainWindow::showSnapshot(const GraphSnapshot &snapshot)
{
    RevisionGraphView *view = graphView();
    const bool sameProject = snapshot.projectPath == m_shownProject;
    const QString selected = view->selectedRevision();
    const int scroll = view->scrollPosition();
    m_model->setSnapshot(snapshot);
    m_shownProject = snapshot.projectPath;
    m_banner->setNotices(DatabaseNotice::assess(snapshot));
    m_problems->setSnapshot(snapshot);
    m_pages->setCurrentWidget(m_graphPage);
    m_settings->addRecentProject(snapshot.projectPath);
    m_settings->setSectionFor(snapshot.projectPath, snapshot.section);
    updateRecentMenu();
    if (!view->selectRevision(selected))
        view->goToCurrent();
    if (sameProject)
        view->setScrollPosition(scroll); // a reload: the user's place stays where it was
    if (view->selectedRevision().isEmpty())
        m_details->showRevision(nullptr);
    m_watcher->watch(snapshot.watchFolders, snapshot.watchFiles);
    m_statusBar->setSnapshot(snapshot);
    const int revisions = int(snapshot.revisions.size());
    m_statusBar->setActivity(snapshot.complete
            ? tr("%n revision(s)", nullptr, revisions)
            : tr("%n revision(s); reading their scripts…", nullptr, revisions));
    m_trust->refresh();
    updateTrust();
    emit graphShown();
    if (snapshot.complete)
        emit projectShown();
}

void MainWindow::showFailure(const QString &path, const QString &message)
{
    m_model->setSnapshot({});
    m_shownProject.clear();
    m_banner->setNotices({});
    m_problems->setSnapshot({});
    m_details->showRevision(nullptr);
    m_emptyPage->setError(message);
    m_pages->setCurrentWidget(m_emptyPage);
    m_watcher->watch({}, {});
    m_statusBar->clearProject();
    m_statusBar->setActivity(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
    emit projectFailed(message);
}

void MainWindow::showSelected(const QString &id)
{
    const GraphSnapshot &snapshot = m_model->snapshot();
    m_details->showRevision(
        m_model->entry(m_model->rowOf(id)), snapshot.projectPath, snapshot.complete);
}

} // namespace retort
