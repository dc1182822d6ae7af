// SPDX-License-Identifier: MIT
#pragma once

#include "engine/BackupStore.h"
#include "engine/TrustStore.h"
#include "operations/OperationRequest.h"
#include "wizards/WizardContext.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QToolBar;

namespace retort {

class BackupsPane;
class ChecksPane;
class ConsoleWidget;
class DryRunPane;
class EditorTabs;
class MainWindow;
class ModelDiffPane;
class OperationController;
class ProjectWatcher;
class ScriptEditor;
struct GraphSnapshot;
struct OperationResult;

/// The component libraries wired into the workbench window: editor tabs beside the graph, the
/// Dry-run SQL, Model Diff, Console, Backups and Checks docks, and the Database actions (menu,
/// toolbar, graph context menu) that run through one OperationController.
class WorkbenchTools : public QObject {
    Q_OBJECT

public:
    /// Asks the user to confirm `request`; the request to run (possibly changed), or nothing.
    using Confirmation = std::function<std::optional<OperationRequest>(
        const OperationContext &context, const OperationRequest &request)>;

    enum class Action {
        BackupNow,
        UpgradeToHead,
        UpgradeToSelected,
        DowngradeOneStep,
        DowngradeToSelected,
        StampSelected,
        RestoreBackup,
        NewRevision,
        MergeHeads,
        ProjectSettings,
    };

    /// Builds the docks, actions and toolbar into `window` (call before its menus are made).
    explicit WorkbenchTools(MainWindow *window);
    ~WorkbenchTools() override;

    /// Adds the Database menu before `before` (the Help menu) and the graph's context menu.
    void addMenus(QAction *before);

    QAction *action(Action which) const;
    EditorTabs *editors() const { return m_editors; }
    DryRunPane *dryRunPane() const { return m_dryRun; }
    ModelDiffPane *modelDiffPane() const { return m_diff; }
    ConsoleWidget *console() const { return m_console; }
    BackupsPane *backupsPane() const { return m_backupsPane; }
    ChecksPane *checksPane() const { return m_checks; }
    OperationController *operations() const { return m_ops; }
    QToolBar *toolBar() const { return m_toolBar; }
    /// The bar above the graph offering the merge wizard while there are several heads.
    QFrame *headsBar() const { return m_headsBar; }
    /// The interpreter the actions and panes run: the project setting, else the one found.
    QString interpreter() const { return m_interpreter; }

    /// Replaces the confirmation dialog (tests, scripted screenshots).
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    /// Shows the progress dialog for each run (on by default).
    void setShowProgress(bool show) { m_showProgress = show; }

    /// Opens `path` in an editor tab at 1-based `line`, with the file's lint findings marked.
    ScriptEditor *openFile(const QString &path, int line = 1);
    /// Asks about unsaved edits and remembers the open tabs; false when the user cancelled.
    bool maybeClose();

    /// Runs `request` after the confirmation; false when refused or not confirmed.
    bool run(const OperationRequest &request);
    /// Enables each action for the trust state, the selection, the heads and a run under way.
    void updateActions();

signals:
    /// An action finished (any status) and the window reloads.
    void operationFinished(const retort::OperationResult &result);

private:
    void createDocks();
    void createActions();
    void createToolBar();
    void onProjectShown();
    void onSelectionChanged(const QString &id);
    void onFinished(const OperationResult &result);
    void updateEngines(const GraphSnapshot &snapshot);
    void loadChecksTarget();
    void showEditorTab();
    void rememberTabs();
    void reopenTabs();
    void applyDiagnostics(ScriptEditor *editor);
    void openSettings();
    void newRevision();
    void mergeHeads();
    void restoreBackup();
    QString selectedRevision() const;
    WizardContext wizardContext() const;
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name);

    MainWindow *m_window;
    TrustStore m_trustStore;
    BackupStore m_backups;
    OperationController *m_ops = nullptr;
    EditorTabs *m_editors = nullptr;
    DryRunPane *m_dryRun = nullptr;
    ModelDiffPane *m_diff = nullptr;
    ConsoleWidget *m_console = nullptr;
    BackupsPane *m_backupsPane = nullptr;
    ChecksPane *m_checks = nullptr;
    ProjectWatcher *m_modelWatcher = nullptr;
    QToolBar *m_toolBar = nullptr;
    QFrame *m_headsBar = nullptr;
    QLabel *m_headsLabel = nullptr;
    QMenu *m_databaseMenu = nullptr;
    QList<QAction *> m_actions;
    Confirmation m_confirm;
    bool m_showProgress = true;
    QString m_interpreter;
    QString m_project; ///< the project whose tabs are open
    QString m_outcome; ///< the last action's summary, until the reload after it is shown
    QStringList m_engineKey; ///< what the review panes were last set up with
    bool m_diffStale = true;
    quint64 m_checksGeneration = 0;
};

} // namespace retort
