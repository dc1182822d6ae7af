// SPDX-License-Identifier: MIT
#include "operations/ConfirmActionDialog.h"

#include "editor/CodeView.h"
#include "engine/SqlPreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace {

// A preview that hangs (env.py waiting on something) must not keep a worker forever.
constexpr int previewTimeLimitMs = 120000;

// Runs on a worker thread with its own event loop; plain values in and out.
SqlPreviewReport previewSql(
    TrustStore trust, OperationContext context, OperationRequest request, QString target)
{
    SqlPreview preview(&trust);
    preview.setInterpreter(context.interpreter);
    preview.setBridgeScript(context.bridgeScript);
    preview.setTimeLimit(previewTimeLimitMs);
    BridgeRequest bridge = context.bridgeRequest(request.bridgeOperation(), target);
    bridge.offline = true;
    return preview.run(bridge);
}

} // namespace

ConfirmActionDialog::ConfirmActionDialog(const OperationContext &context,
    const OperationRequest &request, const TrustStore &trust, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_request(request)
    , m_trust(trust)
    , m_summary(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_sqlLabel(new QLabel(this))
    , m_sql(new CodeView(CodeView::Language::Sql, this))
    , m_backupFirst(new QCheckBox(tr("Back up first"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(request.title());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        tr("Working out the steps for %1…").arg(QFileInfo(context.databasePath).fileName()));
    m_sqlLabel->setText(tr("SQL (preparing the preview…)"));
    m_backupFirst->setChecked(request.keepBackup);
    m_backupFirst->setToolTip(tr("Keep a backup of the database as it is now in the Backups "
                                 "list. A backup always guards the run and restores the "
                                 "database if it fails; unchecked, it is deleted afterwards."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(request.title());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *stepsBox = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(new QLabel(tr("Steps"), stepsBox));
    stepsLayout->addWidget(m_steps);
    auto *sqlBox = new QWidget(this);
    auto *sqlLayout = new QVBoxLayout(sqlBox);
    sqlLayout->setContentsMargins(0, 0, 0, 0);
    sqlLayout->addWidget(m_sqlLabel);
    sqlLayout->addWidget(m_sql);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(stepsBox);
    splitter->addWidget(sqlBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_backupFirst);
    layout->addWidget(m_buttons);
    resize(720, 560);
    startPlanning();
}

ConfirmActionDialog::~ConfirmActionDialog() = default;

OperationRequest ConfirmActionDialog::request() const
{
    OperationRequest request = m_request;
    request.keepBackup = m_backupFirst->isChecked();
    request.expectedSteps = int(m_steps->count());
    return request;
}

QStringList ConfirmActionDialog::stepDescriptions() const
{
    QStringList descriptions;
    for (int row = 0; row < m_steps->count(); ++row)
        descriptions << m_steps->item(row)->text();
    return descriptions;
}

QString ConfirmActionDialog::sqlText() const
{
    return m_sqlReady ? m_sql->text() : QString();
}

void ConfirmActionDialog::startPlanning()
{
    auto *watcher = new QFutureWatcher<Result<ActionPlan>>(this);
    connect(watcher, &QFutureWatcher<Result<ActionPlan>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showPlan(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(ActionPlan::compute, m_context, m_request));
}

void ConfirmActionDialog::showPlan(const Result<ActionPlan> &plan)
{
    m_planReady = true;
    const QString database = QFileInfo(m_context.databasePath).fileName();
    if (!plan) {
        m_summary->setText(tr("Retort cannot work out the steps: %1").arg(plan.error().message));
        m_sqlLabel->setText(tr("SQL"));
        emit planReady();
        return;
    }
    const QString where = plan->currentRevisions.isEmpty()
        ? tr("has no revision")
        : tr("is at %1").arg(plan->currentRevisions.join(QLatin1String(", ")));
    for (const PlannedStep &step : plan->steps) {
        auto *item = new QListWidgetItem(step.description, m_steps);
        item->setToolTip(step.file);
    }
    if (plan->steps.isEmpty()) {
        m_summary->setText(tr("%1 %2: there is nothing to do.").arg(database, where));
        m_sqlLabel->setText(tr("SQL"));
        emit planReady();
        return;
    }
    m_summary->setText(plan->steps.size() == 1
            ? tr("%1 %2. Alembic will run one step:").arg(database, where)
            : tr("%1 %2. Alembic will run %3 steps:").arg(database, where).arg(plan->steps.size()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    emit planReady();
    if (plan->previewTarget.isEmpty()) {
        m_sqlLabel->setText(tr("SQL: no preview for several current revisions at once"));
        return;
    }
    auto *watcher = new QFutureWatcher<SqlPreviewReport>(this);
    connect(watcher, &QFutureWatcher<SqlPreviewReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showSql(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(previewSql, m_trust, m_context, m_request, plan->previewTarget));
}

void ConfirmActionDialog::showSql(const SqlPreviewReport &report)
{
    m_sqlReady = true;
    if (!report.ok()) {
        m_sqlLabel->setText(tr("SQL: the preview failed"));
        m_sql->setLanguage(CodeView::Language::Plain);
        m_sql->setText(report.error->message);
    } else {
        m_sqlLabel->setText(report.mode == SqlPreviewReport::Mode::Offline
                ? tr("SQL (Alembic's offline script)")
                : tr("SQL (rehearsed on a throw-away database: offline mode is impossible here)"));
        m_sql->setText(report.sql);
    }
    emit sqlReady();
}

} // namespace retort
