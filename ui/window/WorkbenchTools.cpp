// SPDX-License-Identifier: MIT
#include "window/WorkbenchTools.h"

#include "checks/ChecksPane.h"
#include "checks/ChecksTarget.h"
#include "editor/EditorTabs.h"
#include "editor/ScriptEditor.h"
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "operations/BackupsPane.h"
#include "operations/ConfirmActionDialog.h"
#include "operations/ConsoleWidget.h"
#include "operations/OperationController.h"
#include "operations/OperationResult.h"
#include "operations/ProjectSettings.h"
#include "operations/ProjectSettingsDialog.h"
#include "operations/RunProgressDialog.h"
#include "problems/ProblemsPane.h"
#include "project/Project.h"
#include "review/DryRunPane.h"
#include "review/ModelDiffPane.h"
#include "theme/Theme.h"
#include "trust/TrustState.h"
#include "watch/ProjectWatcher.h"
#include "window/MainWindow.h"
#include "window/WorkbenchStatusBar.h"
#include "wizards/MergeWizard.h"
#include "wizards/NewRevisionDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <utility>

namespace retort {

namespace {

constexpr auto openTabsKey = "projects/openTabs";

DiagnosticSeverity severityOf(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return DiagnosticSeverity::Error;
    case LintSeverity::Warning:
        return DiagnosticSeverity::Warning;
    case LintSeverity::Info:
        break;
    }
    return DiagnosticSeverity::Info;
}

} // namespace

WorkbenchTools::WorkbenchTools(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_trustStore(window->settings()->file())
    , m_modelWatcher(new ProjectWatcher(this))
{
    m_ops = new OperationController(&m_backups, &m_trustStore, this);
    createDocks();
    createActions();
    createToolBar();
    connect(m_window, &MainWindow::graphShown, this, &WorkbenchTools::onProjectShown);
    connect(m_window, &MainWindow::openFileRequested, this,
        [this](const QString &path, int line) { openFile(path, line); });
    connect(m_window->graphView(), &RevisionGraphView::revisionSelected, this,
        &WorkbenchTools::onSelectionChanged);
    // The window's updateTrust() calls updateActions(); the panes say why they are empty.
    connect(m_window->trustState(), &TrustState::trustChanged, this,
        [this] { updateEngines(m_window->model()->snapshot()); });
    connect(m_ops, &OperationController::started, this, &WorkbenchTools::updateActions);
    connect(m_ops, &OperationController::finished, this, &WorkbenchTools::onFinished);
    connect(m_ops, &OperationController::databaseChanged, this, [this] {
        m_diffStale = true;
        m_window->reload();
    });
    connect(m_modelWatcher, &ProjectWatcher::changed, this, [this] {
        if (!m_ops->isRunning())
            m_diff->refresh();
    });
    updateActions();
}

WorkbenchTools::~WorkbenchTools() = default;

QDockWidget *WorkbenchTools::addDock(QWidget *widget, const QString &title, const QString &name)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

void WorkbenchTools::createDocks()
{
    m_editors = new EditorTabs(m_window);
    m_editors->setObjectName(QStringLiteral("editorTabs"));
    m_editors->hide(); // a central tab once a file opens, not a stray child of the window
    connect(m_editors, &EditorTabs::currentFileChanged, this, [this] {
        if (m_editors->openFiles().isEmpty()) {
            const int index = m_window->centralTabs()->indexOf(m_editors);
            if (index > 0)
                m_window->centralTabs()->removeTab(index);
        }
        rememberTabs();
    });

    m_dryRun = new DryRunPane(m_window);
    m_diff = new ModelDiffPane(m_window);
    m_console = new ConsoleWidget(m_window);
    m_console->follow(m_ops);
    m_console->setErrorColor(Theme::errorColor(m_window->palette()));
    connect(m_console, &ConsoleWidget::openFileRequested, this,
        [this](const QString &path, int line) { openFile(path, line); });
    m_backupsPane = new BackupsPane(m_ops, m_window);
    m_checks = new ChecksPane(&m_trustStore, m_window);

    QDockWidget *problems = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QDockWidget *dryRun = addDock(m_dryRun, tr("Dry-run SQL"), QStringLiteral("dryRunDock"));
    QDockWidget *diff = addDock(m_diff, tr("Model Diff"), QStringLiteral("modelDiffDock"));
    QDockWidget *console = addDock(m_console, tr("Console"), QStringLiteral("consoleDock"));
    QDockWidget *backups = addDock(m_backupsPane, tr("Backups"), QStringLiteral("backupsDock"));
    QDockWidget *checks = addDock(m_checks, tr("Checks"), QStringLiteral("checksDock"));
    if (problems) {
        for (QDockWidget *dock : {dryRun, diff, console, backups, checks})
            m_window->tabifyDockWidget(problems, dock);
        problems->raise();
    }
    m_window->resizeDocks({problems ? problems : dryRun}, {230}, Qt::Vertical);
}

void WorkbenchTools::createActions()
{
    const QStyle *style = QApplication::style();
    struct Spec {
        Action which;
        QString text;
        QString toolTip;
        QKeySequence shortcut;
        QStyle::StandardPixmap icon;
        bool python;
    };
    const Spec specs[] = {
        {Action::BackupNow, tr("&Backup Now"), tr("Copy the database into the Backups list"),
            QKeySequence(Qt::CTRL | Qt::Key_B), QStyle::SP_DialogSaveButton, false},
        {Action::UpgradeToHead, tr("&Upgrade to Head"),
            tr("Apply every pending revision (asks first, backs up first)"),
            QKeySequence(Qt::CTRL | Qt::Key_U), QStyle::SP_ArrowUp, true},
        {Action::UpgradeToSelected, tr("Upgrade to &Selected"),
            tr("Apply the pending revisions up to the selected one"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QStyle::SP_ArrowUp, true},
        {Action::DowngradeOneStep, tr("&Downgrade One Step"),
            tr("Undo the current revision (asks first, backs up first)"),
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D), QStyle::SP_ArrowDown, true},
        {Action::DowngradeToSelected, tr("Downgrade &to Selected"),
            tr("Undo the applied revisions above the selected one"),
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_D), QStyle::SP_ArrowDown, true},
        {Action::StampSelected, tr("St&amp Selected"),
            tr("Record the selected revision in the version table without running it"),
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), QStyle::SP_DialogApplyButton, true},
        {Action::RestoreBackup, tr("&Restore Backup…"),
            tr("Put a backup of the database back in place"),
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), QStyle::SP_BrowserReload, false},
        {Action::NewRevision, tr("&New Revision…"),
            tr("Write a revision, optionally autogenerated from the models"),
            QKeySequence(Qt::CTRL | Qt::Key_N), QStyle::SP_FileIcon, true},
        {Action::MergeHeads, tr("&Merge Heads…"),
            tr("Join the heads into one with a merge revision"), QKeySequence(Qt::CTRL | Qt::Key_M),
            QStyle::SP_CommandLink, true},
        {Action::ProjectSettings, tr("Project &Settings…"),
            tr("Interpreter, ini section, database, backups and trust"),
            QKeySequence(Qt::CTRL | Qt::Key_Comma), QStyle::SP_FileDialogDetailedView, false},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(style->standardIcon(spec.icon), spec.text, m_window);
        action->setShortcut(spec.shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            spec.toolTip, spec.shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(spec.toolTip);
        m_actions.append(action);
        if (spec.python)
            m_window->addPythonAction(action);
    }
    Q_ASSERT(m_actions.size() == int(Action::ProjectSettings) + 1);

    connect(action(Action::BackupNow), &QAction::triggered, this,
        [this] { run(OperationRequest::backupNow()); });
    connect(action(Action::UpgradeToHead), &QAction::triggered, this,
        [this] { run(OperationRequest::upgrade(QStringLiteral("heads"))); });
    connect(action(Action::UpgradeToSelected), &QAction::triggered, this,
        [this] { run(OperationRequest::upgrade(selectedRevision())); });
    connect(action(Action::DowngradeOneStep), &QAction::triggered, this,
        [this] { run(OperationRequest::downgrade(QStringLiteral("-1"))); });
    connect(action(Action::DowngradeToSelected), &QAction::triggered, this,
        [this] { run(OperationRequest::downgrade(selectedRevision())); });
    connect(action(Action::StampSelected), &QAction::triggered, this,
        [this] { run(OperationRequest::stamp(selectedRevision())); });
    connect(
        action(Action::RestoreBackup), &QAction::triggered, this, &WorkbenchTools::restoreBackup);
    connect(action(Action::NewRevision), &QAction::triggered, this, &WorkbenchTools::newRevision);
    connect(action(Action::MergeHeads), &QAction::triggered, this, &WorkbenchTools::mergeHeads);
    connect(
        action(Action::ProjectSettings), &QAction::triggered, this, &WorkbenchTools::openSettings);
}

void WorkbenchTools::createToolBar()
{
    m_toolBar = m_window->addToolBar(tr("Database"));
    m_toolBar->setObjectName(QStringLiteral("databaseToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (Action which : {Action::BackupNow, Action::UpgradeToHead, Action::DowngradeOneStep,
             Action::NewRevision, Action::MergeHeads})
        m_toolBar->addAction(action(which));

    m_headsBar = new QFrame;
    m_headsBar->setObjectName(QStringLiteral("headsBar"));
    m_headsBar->setFrameShape(QFrame::StyledPanel);
    m_headsBar->setAutoFillBackground(true);
    m_headsBar->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(m_headsBar);
    layout->setContentsMargins(8, 4, 8, 4);
    m_headsLabel = new QLabel(m_headsBar);
    m_headsLabel->setWordWrap(true);
    auto *merge = new QToolButton(m_headsBar);
    merge->setDefaultAction(action(Action::MergeHeads));
    merge->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_headsLabel, 1);
    layout->addWidget(merge);
    m_headsBar->hide();
    m_window->addGraphBar(m_headsBar);
}

void WorkbenchTools::addMenus(QAction *before)
{
    m_databaseMenu = new QMenu(tr("&Database"), m_window);
    for (Action which : {Action::BackupNow, Action::RestoreBackup}) // native SQLite
        m_databaseMenu->addAction(action(which));
    m_databaseMenu->addSeparator();
    for (Action which : {Action::UpgradeToHead, Action::UpgradeToSelected, Action::DowngradeOneStep,
             Action::DowngradeToSelected, Action::StampSelected})
        m_databaseMenu->addAction(action(which));
    m_databaseMenu->addSeparator();
    m_databaseMenu->addAction(action(Action::NewRevision));
    m_databaseMenu->addAction(action(Action::MergeHeads));
    m_window->menuBar()->insertMenu(before, m_databaseMenu);
    m_window->projectMenu()->addAction(action(Action::ProjectSettings));

    QMenu *edit = new QMenu(tr("&Edit"), m_window);
    for (EditorTabs::Action which : {EditorTabs::Action::Undo, EditorTabs::Action::Redo})
        edit->addAction(m_editors->action(which));
    edit->addSeparator();
    for (EditorTabs::Action which :
        {EditorTabs::Action::Find, EditorTabs::Action::FindNext, EditorTabs::Action::FindPrevious,
            EditorTabs::Action::Replace, EditorTabs::Action::GoToLine})
        edit->addAction(m_editors->action(which));
    edit->addSeparator();
    for (EditorTabs::Action which :
        {EditorTabs::Action::Save, EditorTabs::Action::SaveAll, EditorTabs::Action::CloseTab})
        edit->addAction(m_editors->action(which));
    m_window->menuBar()->insertMenu(m_databaseMenu->menuAction(), edit);

    RevisionGraphView *view = m_window->graphView();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    view->addActions({view->copyIdAction(), separator, action(Action::UpgradeToSelected),
        action(Action::DowngradeToSelected), action(Action::StampSelected)});
}

QAction *WorkbenchTools::action(Action which) const
{
    return m_actions.value(int(which));
}

QString WorkbenchTools::selectedRevision() const
{
    return m_window->graphView()->selectedRevision();
}

WizardContext WorkbenchTools::wizardContext() const
{
    const OperationContext &context = m_ops->context();
    WizardContext wizard;
    wizard.projectDir = context.projectDir;
    if (!context.iniPath.isEmpty())
        wizard.iniPath = context.iniPath;
    wizard.iniSection = context.iniSection;
    wizard.databasePath = context.databasePath;
    wizard.interpreter = context.interpreter;
    wizard.trust = &m_trustStore;
    return wizard;
}

void WorkbenchTools::updateActions()
{
    const GraphSnapshot &snapshot = m_window->model()->snapshot();
    const bool open = !m_window->projectDir().isEmpty() && !snapshot.projectPath.isEmpty();
    const bool trusted = m_window->trustState()->isTrusted();
    const bool idle = !m_ops->isRunning();
    const bool database = open && !snapshot.databasePath.isEmpty();
    const bool python = trusted && idle && open && !m_interpreter.isEmpty();
    const RevisionEntry *selected
        = m_window->model()->entry(m_window->model()->rowOf(selectedRevision()));
    const bool pending = selected && selected->state == RevisionState::Pending;
    const bool applied = selected && selected->state == RevisionState::Applied;

    action(Action::BackupNow)->setEnabled(idle && database);
    action(Action::RestoreBackup)->setEnabled(idle && database);
    action(Action::UpgradeToHead)->setEnabled(python && database);
    action(Action::UpgradeToSelected)->setEnabled(python && database && pending);
    action(Action::DowngradeOneStep)
        ->setEnabled(python && database && !snapshot.currentRevisions.isEmpty());
    action(Action::DowngradeToSelected)->setEnabled(python && database && applied);
    action(Action::StampSelected)->setEnabled(python && database && selected);
    action(Action::NewRevision)->setEnabled(python);
    action(Action::MergeHeads)->setEnabled(python && snapshot.heads.size() > 1);
    action(Action::ProjectSettings)->setEnabled(idle && open);
}

void WorkbenchTools::onProjectShown()
{
    const GraphSnapshot &snapshot = m_window->model()->snapshot();
    const QString projectDir = m_window->projectDir();
    const bool newProject = projectDir != m_project;
    const ProjectSettings settings(projectDir, m_window->settings()->file());

    m_interpreter
        = settings.interpreter().isEmpty() ? snapshot.interpreterPath : settings.interpreter();
    if (m_interpreter != snapshot.interpreterPath) {
        GraphSnapshot shown = snapshot;
        shown.interpreterPath = m_interpreter;
        shown.pythonVersion.clear(); // it described the other interpreter
        m_window->workbenchStatusBar()->setSnapshot(shown);
    }
    if (!m_ops->isRunning()) {
        m_backups = BackupStore(settings.backupFolder());
        m_backups.setRetentionLimit(settings.retentionLimit());
        OperationContext context;
        context.projectDir = projectDir;
        const QFileInfo project(m_window->projectPath());
        context.iniPath = project.isFile() ? project.absoluteFilePath() : QString();
        context.iniSection
            = snapshot.section.isEmpty() ? QStringLiteral("alembic") : snapshot.section;
        context.databasePath = snapshot.databasePath;
        context.interpreter = m_interpreter;
        m_ops->setContext(context);
        m_backupsPane->refresh();
    }

    const int heads = int(snapshot.heads.size());
    m_headsBar->setVisible(heads > 1);
    m_headsLabel->setText(tr("This project has %n heads. Alembic upgrades them all with "
                             "\"heads\", but new revisions need one parent: merge them.",
        nullptr, heads));

    m_modelWatcher->watch({}, snapshot.modelFiles);

    if (newProject) {
        m_diffStale = true;
        m_checksGeneration = 0;
        // Another project: its files replace these (edits saved or dropped as the user says).
        if (m_editors->maybeCloseAll()) {
            for (ScriptEditor *editor : m_editors->editors()) {
                if (editor->isModified())
                    (void)editor->reloadFromDisk(); // the user chose Discard
            }
            for (qsizetype i = m_editors->openFiles().size(); i > 0; --i)
                m_editors->closeTab(0);
        }
        m_project = projectDir;
        reopenTabs();
    }
    for (ScriptEditor *editor : m_editors->editors())
        applyDiagnostics(editor);
    updateEngines(snapshot);
    updateActions();
    onSelectionChanged(selectedRevision());
    if (!m_outcome.isEmpty()) // kept until the last snapshot of the reload has its say
        m_window->workbenchStatusBar()->setActivity(
            snapshot.complete ? std::exchange(m_outcome, QString()) : m_outcome);
}

void WorkbenchTools::updateEngines(const GraphSnapshot &snapshot)
{
    const OperationContext &context = m_ops->context();
    EngineSetup engine;
    engine.projectDir = context.projectDir;
    engine.iniPath = context.iniPath;
    engine.iniSection = context.iniSection;
    engine.databasePath = context.databasePath;
    engine.interpreter = context.interpreter;
    engine.trust = m_trustStore;

    QString reason;
    if (snapshot.projectPath.isEmpty())
        reason = tr("Open a project to see its SQL and its differences from the models.");
    else if (!m_window->trustState()->isTrusted())
        reason = tr("Restricted mode: this folder is not trusted, so its env.py and migrations "
                    "do not run. Trust it (Project ▸ Trust This Folder…) to see this.");
    else if (m_interpreter.isEmpty())
        reason = tr("No Python with Alembic was found for this project. Choose one in "
                    "Project ▸ Project Settings….");
    else if (snapshot.databasePath.isEmpty())
        reason = tr("The project names no SQLite database. Choose one with File ▸ Choose "
                    "Database….");
    // setEngine() clears the panes: only when what they run against changed.
    const QStringList key = {engine.projectDir, engine.iniPath, engine.iniSection,
        engine.databasePath, engine.interpreter, reason};
    if (key != m_engineKey) {
        m_engineKey = key;
        m_dryRun->setEngine(engine, reason);
        m_diff->setEngine(engine, reason);
        m_diffStale = true;
    }
    m_dryRun->setCurrentRevisions(snapshot.currentRevisions);
    RevisionGraphModel *model = m_window->model();
    m_dryRun->setMessageLookup([model](const QString &id) {
        const RevisionEntry *entry = model->entry(model->rowOf(id));
        return entry ? entry->message : QString();
    });
    if (reason.isEmpty() && m_diffStale) {
        m_diffStale = false;
        m_diff->refresh();
    }
    m_checks->setInterpreter(context.interpreter);
    if (reason.isEmpty() && m_checksGeneration == 0)
        loadChecksTarget();
}

void WorkbenchTools::loadChecksTarget()
{
    m_checksGeneration = 1;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Result<Project>>>(this);
    const QString projectDir = m_ops->context().projectDir;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, projectDir] {
        watcher->deleteLater();
        const std::shared_ptr<const Result<Project>> project = watcher->result();
        if (projectDir != m_ops->context().projectDir || !project || !*project)
            return;
        if (Result<ChecksTarget> target = ChecksTarget::fromProject(**project))
            m_checks->setTarget(*target);
    });
    watcher->setFuture(wizardContext().loadProject());
}

void WorkbenchTools::onSelectionChanged(const QString &id)
{
    updateActions();
    const RevisionEntry *entry = m_window->model()->entry(m_window->model()->rowOf(id));
    if (!entry)
        return;
    if (entry->state == RevisionState::Pending)
        m_dryRun->preview(DryRunPane::Direction::Upgrade, id);
    else if (entry->state == RevisionState::Applied)
        m_dryRun->preview(DryRunPane::Direction::Downgrade, id);
}

bool WorkbenchTools::run(const OperationRequest &request)
{
    if (m_ops->isRunning())
        return false;
    OperationRequest chosen = request;
    if (request.kind != OperationRequest::Kind::Backup
        && request.kind != OperationRequest::Kind::Restore) {
        if (m_confirm) {
            const std::optional<OperationRequest> answer = m_confirm(m_ops->context(), request);
            if (!answer)
                return false;
            chosen = *answer;
        } else {
            ConfirmActionDialog dialog(m_ops->context(), request, m_trustStore, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            chosen = dialog.request();
        }
    }
    if (m_showProgress && chosen.kind != OperationRequest::Kind::Backup) {
        auto *progress = new RunProgressDialog(m_ops, m_window);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(progress, &RunProgressDialog::openFileRequested, this,
            [this](const QString &path, int line) { openFile(path, line); });
        progress->show();
    }
    return m_ops->start(chosen);
}

void WorkbenchTools::onFinished(const OperationResult &result)
{
    m_window->workbenchStatusBar()->setActivity(result.summary());
    m_outcome = result.summary(); // said again after the reload replaces the status line
    if (!result.ok() && result.status != OperationResult::Status::Refused) {
        // The traceback is in the console; bring it forward.
        if (auto *dock = qobject_cast<QDockWidget *>(m_console->parentWidget()))
            dock->raise();
    }
    updateActions();
    m_backupsPane->refresh();
    emit operationFinished(result);
}

void WorkbenchTools::restoreBackup()
{
    if (auto *dock = qobject_cast<QDockWidget *>(m_backupsPane->parentWidget())) {
        dock->show();
        dock->raise();
    }
    m_backupsPane->refresh();
    if (m_backupsPane->selectedBackup())
        m_backupsPane->restoreSelected();
    else
        m_window->workbenchStatusBar()->setActivity(
            tr("Choose a backup in the Backups pane, then Restore."));
}

void WorkbenchTools::newRevision()
{
    auto *dialog
        = new NewRevisionDialog(wizardContext(), m_window->model()->snapshot().heads, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRevisionDialog::revisionWritten, this, [this](const QString &path) {
        m_window->reload();
        openFile(path);
    });
    dialog->open();
}

void WorkbenchTools::mergeHeads()
{
    auto *wizard = new MergeWizard(wizardContext(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MergeWizard::revisionWritten, this,
        [this](const QString &path) { openFile(path); });
    connect(wizard, &MergeWizard::projectChanged, m_window, &MainWindow::reload);
    connect(wizard, &MergeWizard::upgradeRequested, this,
        [this](const QString &target) { run(OperationRequest::upgrade(target)); });
    wizard->open();
}

void WorkbenchTools::openSettings()
{
    const QString projectDir = m_window->projectDir();
    if (projectDir.isEmpty())
        return;
    ProjectSettings settings(projectDir, m_window->settings()->file());
    ProjectSettingsDialog dialog(projectDir, &settings, &m_trustStore, m_window);
    connect(&dialog, &ProjectSettingsDialog::trustRevoked, m_window->trustState(),
        &TrustState::refresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.sync();
    const QString database = settings.database();
    const QString section = settings.section();
    m_window->openProject(m_window->projectPath(),
        database.isEmpty() ? m_window->databaseOverride() : database,
        section.isEmpty() ? m_window->section() : section);
}

ScriptEditor *WorkbenchTools::openFile(const QString &path, int line)
{
    Result<ScriptEditor *> editor = m_editors->openFile(path, std::max(1, line));
    if (!editor) {
        m_window->workbenchStatusBar()->setActivity(editor.error().message);
        return nullptr;
    }
    showEditorTab();
    applyDiagnostics(*editor);
    rememberTabs();
    return *editor;
}

void WorkbenchTools::showEditorTab()
{
    QTabWidget *tabs = m_window->centralTabs();
    if (tabs->indexOf(m_editors) < 0)
        tabs->addTab(m_editors, tr("Editor"));
    tabs->setCurrentWidget(m_editors);
}

void WorkbenchTools::applyDiagnostics(ScriptEditor *editor)
{
    const QString file = QFileInfo(editor->filePath()).absoluteFilePath();
    QList<EditorDiagnostic> diagnostics;
    for (const LintFinding &finding : m_window->model()->snapshot().findings) {
        if (finding.file.isEmpty() || QFileInfo(finding.file).absoluteFilePath() != file)
            continue;
        diagnostics.append({std::max(1, finding.line), 0, severityOf(finding.severity),
            QStringLiteral("%1: %2").arg(finding.ruleId, finding.message)});
    }
    editor->setDiagnostics(diagnostics);
}

void WorkbenchTools::rememberTabs()
{
    if (m_project.isEmpty())
        return;
    QSettings settings(m_window->settings()->file(), QSettings::IniFormat);
    QVariantMap tabs = settings.value(QLatin1String(openTabsKey)).toMap();
    const QStringList files = m_editors->openFiles();
    if (files.isEmpty())
        tabs.remove(ProjectSettings::keyFor(m_project));
    else
        tabs.insert(ProjectSettings::keyFor(m_project), files);
    settings.setValue(QLatin1String(openTabsKey), tabs);
}

void WorkbenchTools::reopenTabs()
{
    QSettings settings(m_window->settings()->file(), QSettings::IniFormat);
    const QStringList files = settings.value(QLatin1String(openTabsKey))
                                  .toMap()
                                  .value(ProjectSettings::keyFor(m_project))
                                  .toStringList();
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue; // deleted since: nothing to reopen
        if (Result<ScriptEditor *> editor = m_editors->openFile(file); editor)
            applyDiagnostics(*editor);
    }
    if (!m_editors->openFiles().isEmpty() && m_window->centralTabs()->indexOf(m_editors) < 0) {
        m_window->centralTabs()->addTab(m_editors, tr("Editor"));
        m_window->centralTabs()->setCurrentIndex(0); // the graph stays in front on opening
    }
}

bool WorkbenchTools::maybeClose()
{
    rememberTabs();
    return m_editors->maybeCloseAll();
}

} // namespace retort
