// SPDX-License-Identifier: MIT
#include "wizards/MergeWizard.h"

#include "wizards/MergeBranchesPage.h"
#include "wizards/MergeHeadsPage.h"
#include "wizards/MergeMessagePage.h"
#include "wizards/MergePreviewPage.h"
#include "wizards/MergeWritePage.h"

#include <QFutureWatcher>

namespace retort {

MergeWizard::MergeWizard(WizardContext context, QWidget *parent)
    : QWizard(parent), m_context(std::move(context))
{
    setWindowTitle(tr("Merge Heads"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Write"));
    m_headsPage = new MergeHeadsPage(this);
    m_writePage = new MergeWritePage(this);
    setPage(HeadsPageId, m_headsPage);
    setPage(BranchesPageId, new MergeBranchesPage(this));
    setPage(MessagePageId, new MergeMessagePage(this));
    setPage(PreviewPageId, new MergePreviewPage(this));
    setPage(WritePageId, m_writePage);

    auto *watcher = new QFutureWatcher<std::shared_ptr<const Result<Project>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_project = watcher->result();
        watcher->deleteLater();
        emit projectLoaded();
    });
    watcher->setFuture(m_context.loadProject());
}

MergeWizard::~MergeWizard()
{
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

const Project *MergeWizard::project() const
{
    return m_project && m_project->ok() ? &m_project->value() : nullptr;
}

QString MergeWizard::loadError() const
{
    return m_project && !m_project->ok() ? m_project->error().message : QString();
}

QSet<QString> MergeWizard::appliedRevisions() const
{
    QSet<QString> applied;
    const Project *loaded = project();
    if (!loaded)
        return applied;
    const auto current = loaded->currentRevisions(true);
    if (current)
        for (const QString &id : *current)
            applied.unite(MergeAnalysis::ancestry(loaded->revisionMap(), id));
    return applied;
}

QStringList MergeWizard::chosenHeads() const
{
    return m_headsPage->chosenHeads();
}

QString MergeWizard::newHead() const
{
    return m_writePage->newHead();
}

bool MergeWizard::upgradeChosen() const
{
    return m_writePage->upgradeChosen();
}

void MergeWizard::done(int result)
{
    if (result == QDialog::Accepted && upgradeChosen() && !newHead().isEmpty())
        emit upgradeRequested(newHead());
    QWizard::done(result);
}

} // namespace retort
