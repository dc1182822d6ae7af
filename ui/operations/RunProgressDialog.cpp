// SPDX-License-Identifier: MIT
#include "operations/RunProgressDialog.h"

#include "operations/OperationController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace retort {

RunProgressDialog::RunProgressDialog(OperationController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setMinimumWidth(480);
    m_step->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_outcome->hide();
    m_close->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the run; the database is restored from its backup"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, m_controller, &OperationController::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_outcome, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        emit openFileRequested(url.toLocalFile(), url.fragment().toInt());
    });
    connect(m_controller, &OperationController::started, this, &RunProgressDialog::onStarted);
    connect(
        m_controller, &OperationController::stepStarted, this, &RunProgressDialog::onStepStarted);
    connect(
        m_controller, &OperationController::stepFinished, this, &RunProgressDialog::onStepFinished);
    connect(m_controller, &OperationController::finished, this, &RunProgressDialog::onFinished);
    if (const auto current = m_controller->current())
        onStarted(*current);
}

QString RunProgressDialog::stepText() const
{
    return m_step->text();
}

QString RunProgressDialog::outcomeText() const
{
    return m_outcome->text();
}

void RunProgressDialog::onStarted(const OperationRequest &request)
{
    setWindowTitle(request.title());
    m_step->setText(request.runsAlembic() ? tr("Backing up, then starting Alembic…")
                                          : tr("%1…").arg(request.title()));
    if (request.expectedSteps > 0)
        m_progress->setRange(0, request.expectedSteps);
    else
        m_progress->setRange(0, 0); // busy
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_outcome->hide();
    m_cancel->setEnabled(m_controller->canCancel());
    m_close->setEnabled(false);
}

void RunProgressDialog::onStepStarted(
    const QString &revision, const QString &description, int index, int total)
{
    Q_UNUSED(revision);
    m_step->setText(total > 0 ? tr("Step %1 of %2: %3").arg(index).arg(total).arg(description)
                              : tr("Step %1: %2").arg(index).arg(description));
}

void RunProgressDialog::onStepFinished(const QString &revision, int index, int total)
{
    Q_UNUSED(revision);
    if (total > 0)
        m_progress->setValue(qMin(index, total));
}

void RunProgressDialog::onFinished(const OperationResult &result)
{
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    if (m_progress->maximum() == 0) {
        // The number of steps was not known: say how it ended instead of a percentage.
        m_progress->setRange(0, 1);
        m_progress->setFormat(result.ok() ? tr("Done") : tr("Stopped"));
    }
    if (result.ok())
        m_progress->setValue(m_progress->maximum());
    m_step->setText(result.ok() ? tr("Finished.") : tr("Stopped."));

    QString html
        = result.summary().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (result.error && !result.error->file.isEmpty()) {
        QUrl url = QUrl::fromLocalFile(result.error->file);
        if (result.error->line > 0)
            url.setFragment(QString::number(result.error->line));
        const QString where = result.error->line > 0
            ? QStringLiteral("%1:%2").arg(result.error->file).arg(result.error->line)
            : result.error->file;
        html += QStringLiteral("<br><br>")
            + tr("Open <a href=\"%1\">%2</a> in the editor.")
                  .arg(url.toString().toHtmlEscaped(), where.toHtmlEscaped());
    }
    if (!result.ok() && !result.traceback.isEmpty())
        html += QStringLiteral("<br>") + tr("The full traceback is in the console.");
    m_outcome->setText(html);
    m_outcome->show();
    adjustSize();
}

} // namespace retort
