// SPDX-License-Identifier: MIT
#pragma once

#include "loader/ProjectLoader.h"
#include "settings/WorkbenchSettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace retort {

class DatabaseBanner;
class EmptyStatePage;
class RevisionDetailsPane;
class RevisionGraphModel;
class RevisionGraphPane;
class RevisionGraphView;

/// The workbench window. It only assembles: the graph pane with the database banner in the
/// middle, the details pane in a dock, the actions and menus, and the remembered geometry and
/// dock layout.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// `source` loads projects (on a worker thread); `settings` is where the window remembers.
    MainWindow(ProjectLoader::Source source, std::unique_ptr<WorkbenchSettings> settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the project folder `path`, using `databasePath` instead of its configured
    /// database when not empty. Returns at once; the graph fills when the load finishes.
    void openProject(const QString &path, const QString &databasePath = {});
    void reload();

    QString projectPath() const { return m_projectPath; }
    QString databaseOverride() const { return m_databaseOverride; }
    RevisionGraphModel *model() const { return m_model; }
    RevisionGraphView *graphView() const;
    RevisionDetailsPane *detailsPane() const { return m_details; }
    DatabaseBanner *banner() const { return m_banner; }
    EmptyStatePage *emptyPage() const { return m_emptyPage; }
    bool isShowingGraph() const;

signals:
    /// A load finished and its snapshot is on screen.
    void projectShown();
    /// A load failed; the empty page shows why.
    void projectFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentral();
    void createDock();
    void createActions();
    void createMenus();
    void restoreLayout();
    void chooseProject();
    void chooseDatabase();
    void updateRecentMenu();
    void updateTitle();
    void showSnapshot(const GraphSnapshot &snapshot);
    void showFailure(const QString &path, const QString &message);
    void showSelected(const QString &id);

    std::unique_ptr<WorkbenchSettings> m_settings;
    ProjectLoader *m_loader;
    RevisionGraphModel *m_model;
    QString m_projectPath;
    QString m_databaseOverride;

    QStackedWidget *m_pages = nullptr;
    EmptyStatePage *m_emptyPage = nullptr;
    QWidget *m_graphPage = nullptr;
    DatabaseBanner *m_banner = nullptr;
    RevisionGraphPane *m_graphPane = nullptr;
    RevisionDetailsPane *m_details = nullptr;
    QLabel *m_status = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_chooseDatabaseAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_oldestFirstAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace retort
