// SPDX-License-Identifier: MIT
#pragma once

#include "loader/ProjectLoader.h"
#include "settings/WorkbenchSettings.h"
#include "theme/Theme.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QMimeData;
class QStackedWidget;
class QTabWidget;

namespace retort {

class DatabaseBanner;
class EmptyStatePage;
class ProblemsPane;
class ProjectWatcher;
class RevisionDetailsPane;
class RevisionGraphModel;
class RevisionGraphPane;
class RevisionGraphView;
class TrustBar;
class TrustState;
class WorkbenchStatusBar;
class WorkbenchTools;

/// The workbench window. It only assembles: the central tabs ("Graph" first, where editor tabs
/// join it), the trust bar, database banner and graph pane, the Details and Problems docks, the
/// actions, menus and toolbar, the status bar, the file watcher, and the remembered layout.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// `source` loads projects (on a worker thread); `settings` is where the window remembers
    /// (the trust store lives in the same place).
    MainWindow(ProjectLoader::Source source, std::unique_ptr<WorkbenchSettings> settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the project folder (or ini file) `path`. The database is `databasePath` when not
    /// empty, else the one the user picked for this project before, else the configured one.
    /// The ini section is `section` when not empty, else the one opened last time, else the only
    /// one, else the user picks one. Returns at once; the graph fills when the load finishes.
    void openProject(
        const QString &path, const QString &databasePath = {}, const QString &section = {});
    /// Loads the open project again, keeping the selection and the scroll position.
    void reload();

    QString projectPath() const { return m_projectPath; }
    /// The folder of the open project (the trust store's key); empty when none.
    QString projectDir() const;
    QString databaseOverride() const { return m_databaseOverride; }
    QString section() const { return m_section; }
    RevisionGraphModel *model() const { return m_model; }
    RevisionGraphView *graphView() const;
    RevisionGraphPane *graphPane() const { return m_graphPane; }
    RevisionDetailsPane *detailsPane() const { return m_details; }
    ProblemsPane *problemsPane() const { return m_problems; }
    DatabaseBanner *banner() const { return m_banner; }
    TrustBar *trustBar() const { return m_trustBar; }
    EmptyStatePage *emptyPage() const { return m_emptyPage; }
    WorkbenchStatusBar *workbenchStatusBar() const { return m_statusBar; }
    ProjectWatcher *watcher() const { return m_watcher; }
    bool isShowingGraph() const;

    /// The central tabs: tab 0 is the graph; editors add theirs after it.
    QTabWidget *centralTabs() const { return m_tabs; }
    /// Whether the open project may run Python.
    TrustState *trustState() const { return m_trust; }
    /// Actions that run the project's Python: enabled only while its folder is trusted. Add
    /// actions with addPythonAction() so they take the current state at once.
    QActionGroup *pythonActions() const { return m_pythonActions; }
    void addPythonAction(QAction *action);
    /// The Project menu, where the Python actions belong.
    QMenu *projectMenu() const { return m_projectMenu; }
    /// Where the window remembers; the trust store and project settings share its file.
    WorkbenchSettings *settings() const { return m_settings.get(); }
    /// The editor tabs, the review, operations and checks docks and the Database actions.
    WorkbenchTools *tools() const { return m_tools; }
    /// Puts `bar` above the graph, below the database banner (the window takes it).
    void addGraphBar(QWidget *bar);

    QAction *trustAction() const { return m_trustAction; }
    QAction *revokeTrustAction() const { return m_revokeTrustAction; }
    QAction *oldestFirstAction() const { return m_oldestFirstAction; }
    /// Switches the application palette and remembers the choice.
    void setAppearance(Theme::Appearance appearance);

signals:
    /// A snapshot is on screen: the graph of a graph-first load, or a full one.
    void graphShown();
    /// A full load finished and its snapshot (operations, lint findings) is on screen.
    void projectShown();
    /// A load failed; the empty page shows why.
    void projectFailed(const QString &message);
    /// A problem, a details link or a revision row asks for `path` at 1-based `line`.
    void openFileRequested(const QString &path, int line);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentral();
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreLayout();
    void chooseProject();
    void chooseDatabase();
    void useConfiguredDatabase();
    QString chooseSection(const QString &path, const QString &requested);
    void updateRecentMenu();
    void updateTitle();
    void updateTrust();
    void askToTrust();
    void trustProject();
    void revokeTrust();
    void showAbout();
    void showSnapshot(const GraphSnapshot &snapshot);
    void showFailure(const QString &path, const QString &message);
    void showSelected(const QString &id);
    void load();
    static QString projectPathOfDrop(const QMimeData *mime);

    std::unique_ptr<WorkbenchSettings> m_settings;
    ProjectLoader *m_loader;
    RevisionGraphModel *m_model;
    TrustState *m_trust;
    ProjectWatcher *m_watcher;
    QString m_projectPath;
    QString m_databaseOverride;
    QString m_section;
    QString m_shownProject; ///< the project of the snapshot on screen (reloads keep the view)

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyStatePage *m_emptyPage = nullptr;
    QWidget *m_graphPage = nullptr;
    TrustBar *m_trustBar = nullptr;
    DatabaseBanner *m_banner = nullptr;
    RevisionGraphPane *m_graphPane = nullptr;
    RevisionDetailsPane *m_details = nullptr;
    ProblemsPane *m_problems = nullptr;
    WorkbenchStatusBar *m_statusBar = nullptr;
    WorkbenchTools *m_tools = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_chooseDatabaseAction = nullptr;
    QAction *m_configuredDatabaseAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_oldestFirstAction = nullptr;
    QAction *m_trustAction = nullptr;
    QAction *m_revokeTrustAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_pythonActions = nullptr;
    QActionGroup *m_appearanceActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_projectMenu = nullptr;
};

} // namespace retort
