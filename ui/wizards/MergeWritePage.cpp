// SPDX-License-Identifier: MIT
#include "wizards/MergeWritePage.h"

#include "merge/RevisionWriter.h"
#include "wizards/MergeWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QVBoxLayout>

namespace retort {

MergeWritePage::MergeWritePage(MergeWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Write"));
    setSubTitle(tr("Alembic writes the files; the project is then read again to count its "
                   "heads."));
    m_writer = new RevisionWriter(wizard->context().trust, this);
    m_writer->setInterpreter(wizard->context().interpreter);
    m_writer->setBridgeScript(wizard->context().bridgeScript);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_upgrade
        = new QCheckBox(tr("&Upgrade the database to the new head when I press Finish"), this);
    m_upgrade->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_upgrade);
    layout->addStretch(1);
    connect(m_writer, &RevisionWriter::finished, this, &MergeWritePage::onWritten);
}

void MergeWritePage::initializePage()
{
    m_done = false;
    m_newHead.clear();
    m_file.clear();
    if (m_wizard->method == MergeWizard::Method::Rebase) {
        m_status->setText(tr("Re-basing…"));
        writeRebase();
        return;
    }
    m_status->setText(tr("Alembic is writing the merge revision…"));
    BridgeRequest request = m_wizard->context().request();
    request.revisions = m_wizard->chosenHeads();
    request.message = m_wizard->message;
    request.branchLabel = m_wizard->branchLabel;
    request.revId = m_wizard->revId;
    m_writer->start(RevisionWriter::Kind::Merge, request);
}

void MergeWritePage::writeRebase()
{
    const RebasePlan &plan = *m_wizard->rebasePlan;
    const auto written = plan.write();
    if (!written) {
        fail(written.error().message);
        return;
    }
    emit m_wizard->projectChanged();
    m_file = plan.file;
    confirm(plan.branchHead);
}

void MergeWritePage::onWritten(const AuthorReport &report)
{
    if (!report.ok() || report.written.isEmpty()) {
        fail(report.error ? report.error->message : report.bridge.message);
        return;
    }
    emit m_wizard->revisionWritten(report.written.first().file);
    emit m_wizard->projectChanged();
    m_file = report.written.first().file;
    confirm(report.written.first().revision);
}

void MergeWritePage::confirm(const QString &newHead)
{
    // Read the project again, as Alembic would, to say how many heads there are now.
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Result<Project>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, newHead] {
        const auto loaded = watcher->result();
        watcher->deleteLater();
        m_newHead = newHead;
        m_done = true;
        QStringList lines {tr("Written: %1 is the new head.").arg(newHead),
            tr("File: %1").arg(QDir::toNativeSeparators(m_file))};
        if (loaded->ok()) {
            const QStringList heads = (*loaded)->revisionMap().heads();
            lines << (heads.size() == 1 ? tr("The project has a single head again.")
                                        : tr("The project still has several heads: %1.")
                                              .arg(heads.join(QStringLiteral(", "))));
        }
        const QString text = lines.join(u'\n');
        m_status->setText(text);
        m_upgrade->setEnabled(!m_wizard->context().databasePath.isEmpty());
        emit completeChanged();
        emit finished(true);
    });
    watcher->setFuture(m_wizard->context().loadProject());
}

void MergeWritePage::fail(const QString &message)
{
    m_status->setText(tr("<b>Nothing was merged.</b> %1").arg(message.toHtmlEscaped()));
    m_done = false;
    emit completeChanged();
    emit finished(false);
}

bool MergeWritePage::isComplete() const
{
    return m_done;
}

bool MergeWritePage::upgradeChosen() const
{
    return m_done && m_upgrade->isEnabled() && m_upgrade->isChecked();
}

QString MergeWritePage::statusText() const
{
    return m_status->text();
}

} // namespace retort
