// SPDX-License-Identifier: MIT
// retort-screenshots: the workbench photographs itself on a temporary copy of examples/bookshelf
// (trusted in a temporary store), in the light and the dark theme, for docs/screenshots/.
// Not installed; docs/tools/screenshots.sh builds and runs it.
#include "checks/ChecksPane.h"
#include "editor/EditorTabs.h"
#include "graph/RevisionGraphView.h"
#include "model/RevisionGraphModel.h"
#include "model/SnapshotBuilder.h"
#include "operations/ProjectSettings.h"
#include "review/DryRunPane.h"
#include "review/ModelDiffPane.h"
#include "trust/TrustState.h"
#include "window/MainWindow.h"
#include "window/WorkbenchTools.h"
#include "wizards/MergeWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace retort;
using namespace Qt::StringLiterals;

namespace {

/// Runs the event loop until `done` holds or `ms` pass; whether it held.
bool waitUntil(const std::function<bool()> &done, int ms = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/// Runs the event loop for `ms` so that late paints land.
void settle(int ms = 300)
{
    waitUntil([] { return false; }, ms);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.contains(u"__pycache__"_s))
            continue;
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool replaceInFile(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    if (!text.contains(before))
        return false;
    text.replace(before, after);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

class Photographer {
public:
    Photographer(QString examples, QString outDir, QString python)
        : m_examples(std::move(examples)), m_out(std::move(outDir)), m_python(std::move(python))
    { }

    /// Takes every picture in `appearance`; false (with a message on stderr) on the first miss.
    bool shoot(Theme::Appearance appearance);

private:
    bool save(QWidget *widget, const QString &name);
    bool saveDock(MainWindow &window, const QString &dockName, const QString &name);
    bool fail(const QString &what);

    QString m_examples;
    QString m_out;
    QString m_python;
    QString m_suffix;
};

bool Photographer::fail(const QString &what)
{
    QTextStream(stderr) << "retort-screenshots: " << what << " (" << m_suffix << ")\n";
    return false;
}

bool Photographer::save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(m_out).filePath(u"%1-%2.png"_s.arg(name, m_suffix));
    if (!widget->grab().save(path))
        return fail(u"cannot write "_s + path);
    QTextStream(stdout) << path << '\n';
    return true;
}

bool Photographer::saveDock(MainWindow &window, const QString &dockName, const QString &name)
{
    auto *dock = window.findChild<QDockWidget *>(dockName);
    if (!dock)
        return fail(u"no dock "_s + dockName);
    dock->show();
    dock->raise();
    return save(&window, name);
}

bool Photographer::shoot(Theme::Appearance appearance)
{
    m_suffix = Theme::appearanceName(appearance);
    QTemporaryDir temp;
    const QString project = temp.filePath(u"bookshelf"_s);
    if (!temp.isValid() || !copyTree(m_examples + u"/bookshelf"_s, project))
        return fail(u"cannot copy examples/bookshelf"_s);
    const QString settingsFile = temp.filePath(u"retort.ini"_s);
    ProjectSettings settings(project, settingsFile);
    settings.setInterpreter(m_python);
    settings.setBackupFolder(temp.filePath(u"backups"_s));
    settings.sync();
    if (!TrustStore(settingsFile).trust(project))
        return fail(u"cannot trust the copy"_s);

    MainWindow window(&SnapshotBuilder::load, std::make_unique<WorkbenchSettings>(settingsFile));
    WorkbenchTools *tools = window.tools();
    tools->setConfirmation([](const OperationContext &, const OperationRequest &request) {
        return std::optional<OperationRequest>(request);
    });
    tools->setShowProgress(false);
    window.setAppearance(appearance);
    window.resize(1440, 900);
    window.show();
    bool shown = false;
    QObject::connect(&window, &MainWindow::projectShown, [&shown] { shown = true; });
    window.openProject(project);
    if (!waitUntil([&] { return shown; }))
        return fail(u"the project did not load"_s);

    // Main window: graph and details, the pending tags branch selected (dry-run follows it).
    if (!window.graphView()->selectRevision(u"91f0c4d8e2a7"_s))
        return fail(u"no revision 91f0c4d8e2a7"_s);
    waitUntil([&] {
        return !tools->dryRunPane()->isBusy() && !tools->modelDiffPane()->isBusy()
            && !tools->dryRunPane()->rangeText().isEmpty();
    });
    if (!saveDock(window, u"problemsDock"_s, u"main"_s)
        || !saveDock(window, u"dryRunDock"_s, u"dry-run"_s))
        return false;

    // Checks.
    tools->checksPane()->runAll();
    waitUntil([&] { return !tools->checksPane()->isRunning(); }, 180000);
    if (!saveDock(window, u"checksDock"_s, u"checks"_s))
        return false;

    // Editor with a migration.
    const QString migration = project + u"/migrations/versions/91f0c4d8e2a7_create_tags.py"_s;
    if (!tools->openFile(migration, 12))
        return fail(u"cannot open "_s + migration);
    if (!save(&window, u"editor"_s))
        return false;
    window.centralTabs()->setCurrentIndex(0);

    // Upgrade to head: console and backups.
    shown = false;
    tools->action(WorkbenchTools::Action::UpgradeToHead)->trigger();
    if (!waitUntil([&] { return shown; }, 120000))
        return fail(u"the upgrade did not finish"_s);
    if (!saveDock(window, u"consoleDock"_s, u"console"_s)
        || !saveDock(window, u"backupsDock"_s, u"backups"_s))
        return false;

    // Model diff after a change to the models (the watcher refreshes the pane).
    if (!replaceInFile(project + u"/models.py"_s, u"    published_year = Column(Integer)\n"_s,
            u"    published_year = Column(Integer)\n    page_count = Column(Integer)\n"_s))
        return fail(u"cannot change models.py"_s);
    waitUntil([&] { return tools->modelDiffPane()->isBusy(); }, 5000);
    waitUntil([&] { return !tools->modelDiffPane()->isBusy(); }, 120000);
    if (!saveDock(window, u"modelDiffDock"_s, u"model-diff"_s))
        return false;

    // Problems (the linter's findings) with the graph.
    if (!saveDock(window, u"problemsDock"_s, u"problems"_s))
        return false;

    // A second head, then the merge wizard.
    QFile side(project + u"/migrations/versions/f1e2d3c4b5a6_add_loans.py"_s);
    if (!side.open(QIODevice::WriteOnly))
        return fail(u"cannot write a second head"_s);
    side.write("\"\"\"add loans\n\nRevision ID: f1e2d3c4b5a6\nRevises: a6c3d2e1f0b9\n\"\"\"\n"
               "import sqlalchemy as sa\nfrom alembic import op\n\n"
               "revision = \"f1e2d3c4b5a6\"\ndown_revision = \"a6c3d2e1f0b9\"\n"
               "branch_labels = None\ndepends_on = None\n\n\n"
               "def upgrade() -> None:\n    op.create_table(\n        \"loans\",\n"
               "        sa.Column(\"id\", sa.Integer, primary_key=True),\n"
               "        sa.Column(\"book_id\", sa.Integer, sa.ForeignKey(\"books.id\")),\n"
               "    )\n\n\ndef downgrade() -> None:\n    op.drop_table(\"loans\")\n");
    side.close();
    if (!waitUntil([&] { return window.model()->snapshot().heads.size() == 2; }, 20000))
        return fail(u"the second head did not show"_s);
    if (!save(&window, u"two-heads"_s))
        return false;
    tools->action(WorkbenchTools::Action::MergeHeads)->trigger();
    MergeWizard *wizard = nullptr;
    waitUntil([&] { return (wizard = window.findChild<MergeWizard *>()) && wizard->project(); });
    if (!wizard)
        return fail(u"the merge wizard did not open"_s);
    wizard->resize(820, 600);
    if (!save(wizard, u"merge-wizard"_s))
        return false;
    wizard->reject();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Retort"_s);
    QApplication::setApplicationName(u"retort-screenshots"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Saves screenshots of the Retort workbench on examples/bookshelf."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"DIR"_s, u"Where the PNG files go."_s);
    parser.addOption({u"python"_s, u"The Python with Alembic and SQLAlchemy."_s, u"PATH"_s,
        u"/usr/bin/python3"_s});
    parser.addOption({u"examples"_s, u"The examples folder."_s, u"DIR"_s,
        QStringLiteral(RETORT_EXAMPLES_DIR)});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString out = parser.positionalArguments().constFirst();
    if (!QDir().mkpath(out))
        return 1;
    Photographer photographer(parser.value(u"examples"_s), out, parser.value(u"python"_s));
    for (Theme::Appearance appearance : {Theme::Appearance::Light, Theme::Appearance::Dark}) {
        if (!photographer.shoot(appearance))
            return 1;
    }
    return 0;
}
