// SPDX-License-Identifier: MIT
#include "wizards/MergeHeadsPage.h"

#include "wizards/MergeWizard.h"

#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace retort {

MergeHeadsPage::MergeHeadsPage(MergeWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_model(new QStandardItemModel(this))
{
    setTitle(tr("Choose the heads to merge"));
    setSubTitle(tr("The project has several heads. Alembic upgrades to \"head\" only once there "
                   "is one; a merge revision joins the branches again."));
    m_status = new QLabel(tr("Reading the project…"), this);
    m_status->setWordWrap(true);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    connect(m_wizard, &MergeWizard::projectLoaded, this, &MergeHeadsPage::fill);
    connect(m_model, &QStandardItemModel::itemChanged, this, &QWizardPage::completeChanged);
}

void MergeHeadsPage::fill()
{
    m_model->clear();
    const Project *project = m_wizard->project();
    if (!project) {
        m_status->setText(tr("The project could not be read: %1").arg(m_wizard->loadError()));
        emit completeChanged();
        return;
    }
    const RevisionMap &map = project->revisionMap();
    const QStringList heads = map.heads();
    for (const QString &head : heads) {
        const Revision *revision = map.revision(head);
        QString text = head;
        if (revision && !revision->message.isEmpty())
            text += QStringLiteral(" — ") + revision->message;
        if (revision && !revision->branchLabels.isEmpty())
            text += QStringLiteral("  ")
                + tr("[branch labels: %1]").arg(revision->branchLabels.join(QStringLiteral(", ")));
        auto *item = new QStandardItem(text);
        item->setData(head, Qt::UserRole);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_status->setText(heads.size() < 2
            ? tr("The project has a single head: there is nothing to merge.")
            : tr("Heads: %1. Merge all of them, or uncheck the ones to leave apart.")
                  .arg(heads.size()));
    emit completeChanged();
}

QStringList MergeHeadsPage::chosenHeads() const
{
    QStringList heads;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->checkState() == Qt::Checked)
            heads << m_model->item(row)->data(Qt::UserRole).toString();
    return heads;
}

bool MergeHeadsPage::isComplete() const
{
    return chosenHeads().size() >= 2;
}

} // namespace retort
