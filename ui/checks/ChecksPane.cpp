// SPDX-License-Identifier: MIT
#include "checks/ChecksPane.h"

#include "checks/ChecksModel.h"
#include "engine/InterpreterLocator.h"
#include "engine/TrustStore.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

QString detailsText(const CheckResult &result)
{
    QStringList lines;
    const QString where = result.revision.isEmpty()
        ? ChecksPane::tr("Project")
        : ChecksPane::tr("Revision %1").arg(result.revision);
    lines << u"%1 — %2: %3"_s.arg(where, checkTitle(result.check),
        result.status == CheckStatus::Passed       ? ChecksPane::tr("passed")
            : result.status == CheckStatus::Failed ? ChecksPane::tr("FAILED")
                                                   : ChecksPane::tr("skipped"));
    lines << result.message;
    if (!result.differences.isEmpty()) {
        lines << QString() << ChecksPane::tr("Differences:");
        for (const QString &difference : result.differences)
            lines << u"  "_s + difference;
    }
    if (!result.errorType.isEmpty() || !result.errorMessage.isEmpty()) {
        lines << QString() << ChecksPane::tr("Error:");
        lines << u"  "_s
                + (result.errorType.isEmpty() ? result.errorMessage
                                              : result.errorType + u": "_s + result.errorMessage);
        if (!result.file.isEmpty())
            lines << u"  %1:%2"_s.arg(result.file).arg(result.line);
    }
    if (result.statements.isEmpty() && !result.differences.isEmpty())
        lines << QString() << ChecksPane::tr("The step ran no SQL of its own.");
    if (!result.statements.isEmpty() && result.status == CheckStatus::Failed) {
        lines << QString()
              << (result.errorType.isEmpty() ? ChecksPane::tr("SQL the step ran:")
                                             : ChecksPane::tr("SQL (the last statement failed):"));
        for (const QString &statement : result.statements)
            lines << statement.trimmed() + u';';
    }
    if (!result.traceback.isEmpty())
        lines << QString() << ChecksPane::tr("Traceback:") << result.traceback.trimmed();
    return lines.join(u'\n');
}

} // namespace

ChecksPane::ChecksPane(const TrustStore *trust, QWidget *parent)
    : QWidget(parent)
    , m_trust(trust)
    , m_checker(new HealthChecker(trust, this))
    , m_locator(new QFutureWatcher<Located>(this))
    , m_model(new ChecksModel(this))
    , m_view(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
    , m_runAll(new QPushButton(tr("Run all"), this))
    , m_runSelected(new QPushButton(tr("Run selected"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setAllColumnsShowFocus(true);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a check to see its SQL, differences and error."));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_runSelected);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_runAll, &QPushButton::clicked, this, &ChecksPane::runAll);
    connect(m_runSelected, &QPushButton::clicked, this, &ChecksPane::runSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPane::cancel);
    connect(m_checker, &HealthChecker::resultReady, m_model, &ChecksModel::addResult);
    connect(m_checker, &HealthChecker::progress, this, &ChecksPane::onProgress);
    connect(m_checker, &HealthChecker::finished, this, &ChecksPane::onFinished);
    connect(m_checker, &HealthChecker::resultReady, this, [this](const CheckResult &result) {
        if (result.status == CheckStatus::Failed)
            m_view->expand(m_model->indexOfRevision(result.revision));
        showDetails();
    });
    connect(m_locator, &QFutureWatcherBase::finished, this, &ChecksPane::onInterpreterFound);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ChecksPane::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ChecksPane::updateButtons);
    m_status->setText(tr("No project."));
    updateButtons();
}

ChecksPane::~ChecksPane()
{
    m_locator->waitForFinished();
}

void ChecksPane::setTarget(const ChecksTarget &target)
{
    cancel();
    m_target = target;
    m_hasTarget = true;
    m_model->setTarget(target);
    m_view->expand(m_model->index(0, 0));
    m_view->resizeColumnToContents(ChecksModel::NameColumn);
    m_progress->setValue(0);
    m_status->setText(tr("%n revision(s). Run the checks to see how each one migrates.", nullptr,
        int(target.revisions.size())));
    updateButtons();
}

void ChecksPane::setInterpreter(const QString &interpreter)
{
    m_interpreter = interpreter;
    m_checker->setInterpreter(interpreter);
}

void ChecksPane::setBridgeScript(const QString &script)
{
    m_checker->setBridgeScript(script);
}

bool ChecksPane::isRunning() const
{
    return m_checker->isRunning() || m_locator->isRunning();
}

void ChecksPane::runAll()
{
    start(HealthChecker::Options {});
}

void ChecksPane::runSelected()
{
    HealthChecker::Options options;
    options.projectChecks = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (m_model->isProjectRow(index))
            options.projectChecks = true;
        else if (!options.revisions.contains(m_model->revision(index)))
            options.revisions << m_model->revision(index);
    }
    options.roundTrips = !options.revisions.isEmpty();
    if (options.projectChecks || options.roundTrips)
        start(options);
}

void ChecksPane::start(const HealthChecker::Options &options)
{
    if (!m_hasTarget || isRunning())
        return;
    m_pendingOptions = options;
    m_model->markPending(options.projectChecks, options.revisions, options.roundTrips);
    m_progress->setRange(0, HealthChecker::expectedResults(m_target, options));
    m_progress->setValue(0);
    if (m_interpreter.isEmpty()) {
        // Probing interpreters runs Python: keep it off the UI thread.
        m_status->setText(tr("Looking for a Python with Alembic…"));
        // An interpreter inside the project folder is project code: only run it when trusted.
        const QString projectDir = m_target.projectDir;
        const bool trusted = m_trust && m_trust->isTrusted(projectDir);
        m_locator->setFuture(QtConcurrent::run([projectDir, trusted] {
            const auto found
                = InterpreterLocator(InterpreterLocator::fromEnvironment(projectDir, trusted))
                      .locate();
            return found ? Located {found->path, {}} : Located {{}, found.error().message};
        }));
        updateButtons();
        return;
    }
    launch();
}

void ChecksPane::onInterpreterFound()
{
    const Located found = m_locator->result();
    if (found.path.isEmpty()) {
        m_status->setText(found.error);
        updateButtons();
        return;
    }
    setInterpreter(found.path);
    launch();
}

void ChecksPane::launch()
{
    m_status->setText(tr("Running the checks on temporary databases…"));
    m_checker->start(m_target, m_pendingOptions);
    updateButtons();
}

void ChecksPane::cancel()
{
    m_checker->cancel();
}

void ChecksPane::onProgress(int done, int total, const QString &activity)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (!activity.isEmpty())
        m_status->setText(activity + u'…');
}

void ChecksPane::onFinished(const ChecksReport &report)
{
    if (report.error) {
        m_status->setText(report.error->message);
    } else {
        QString text = tr("%1 passed, %2 failed, %3 skipped.")
                           .arg(report.count(CheckStatus::Passed))
                           .arg(report.count(CheckStatus::Failed))
                           .arg(report.count(CheckStatus::Skipped));
        if (report.cancelled)
            text = tr("Cancelled. ") + text;
        m_status->setText(text);
    }
    updateButtons();
    emit runFinished(report);
}

void ChecksPane::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QStringList blocks;
    for (const QModelIndex &index : rows) {
        const QList<CheckResult> results = m_model->results(index);
        const bool single = index.parent().isValid();
        for (const CheckResult &result : results) {
            // A revision row shows what went wrong; a check row shows the check, whatever it is.
            if (single || result.status != CheckStatus::Passed)
                blocks << detailsText(result);
        }
        if (!single && !results.isEmpty() && blocks.isEmpty())
            blocks << tr("Every check of this row passed.");
    }
    m_details->setPlainText(blocks.join(u"\n\n"_s));
}

void ChecksPane::updateButtons()
{
    const bool running = isRunning();
    m_runAll->setEnabled(m_hasTarget && !running);
    m_runSelected->setEnabled(m_hasTarget && !running && m_view->selectionModel()->hasSelection());
    m_cancel->setEnabled(running);
}

} // namespace retort
