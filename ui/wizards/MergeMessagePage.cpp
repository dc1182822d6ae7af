// SPDX-License-Identifier: MIT
#include "wizards/MergeMessagePage.h"

#include "wizards/MergeWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace retort {

MergeMessagePage::MergeMessagePage(MergeWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Describe the merge"));
    setSubTitle(tr("The merge revision has no operations of its own: it names the heads as its "
                   "down revisions."));
    m_message = new QLineEdit(this);
    m_branchLabel = new QLineEdit(this);
    m_branchLabel->setPlaceholderText(tr("optional"));
    m_merge = new QRadioButton(tr("Write a &merge revision (recommended)"), this);
    m_rebase = new QRadioButton(tr("&Re-base instead: move one branch onto the other head"), this);
    m_merge->setChecked(true);
    m_rebaseChoice = new QComboBox(this);
    m_rebaseWarning = new QLabel(tr("<b>Re-basing rewrites history.</b> The first revision of the "
                                    "moved branch gets a new down_revision. Never do this to "
                                    "revisions applied to any other database or already shared "
                                    "with others: their version tables would then disagree with "
                                    "the scripts."),
        this);
    m_rebaseWarning->setWordWrap(true);
    m_rebaseUnavailable = new QLabel(this);
    m_rebaseUnavailable->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Branch label:"), m_branchLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_merge);
    layout->addWidget(m_rebase);
    layout->addWidget(m_rebaseChoice);
    layout->addWidget(m_rebaseWarning);
    layout->addWidget(m_rebaseUnavailable);
    layout->addStretch(1);
    connect(m_rebase, &QRadioButton::toggled, this, &MergeMessagePage::updateMethod);
    connect(m_rebaseChoice, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
}

void MergeMessagePage::initializePage()
{
    const QStringList heads = m_wizard->chosenHeads();
    if (m_message->text().isEmpty())
        m_message->setText(tr("merge %1").arg(heads.join(QStringLiteral(", "))));
    offerRebase();
    updateMethod();
}

void MergeMessagePage::offerRebase()
{
    m_rebaseChoice->clear();
    const QStringList heads = m_wizard->chosenHeads();
    const Project *project = m_wizard->project();
    QStringList reasons;
    if (heads.size() != 2) {
        reasons << tr("Re-basing is offered for exactly two heads.");
    } else if (project) {
        const QSet<QString> applied = m_wizard->appliedRevisions();
        for (const auto &[moved, onto] : {std::pair {heads[0], heads[1]}, {heads[1], heads[0]}}) {
            const auto plan = RebasePlan::make(
                project->revisionMap(), project->scripts(), moved, onto, applied);
            if (plan)
                m_rebaseChoice->addItem(tr("Move the branch of %1 onto %2").arg(moved, onto),
                    QStringList {moved, onto});
            else
                reasons << tr("Moving the branch of %1: %2").arg(moved, plan.error().message);
        }
    }
    m_rebase->setEnabled(m_rebaseChoice->count() > 0);
    if (!m_rebase->isEnabled())
        m_merge->setChecked(true);
    m_rebaseUnavailable->setText(reasons.join(QStringLiteral("\n")));
    m_rebaseUnavailable->setVisible(!reasons.isEmpty());
}

void MergeMessagePage::updateMethod()
{
    const bool rebase = m_rebase->isChecked();
    m_rebaseChoice->setVisible(m_rebase->isEnabled());
    m_rebaseChoice->setEnabled(rebase);
    m_rebaseWarning->setVisible(m_rebase->isEnabled());
    m_message->setEnabled(!rebase);
    m_branchLabel->setEnabled(!rebase);
    emit completeChanged();
}

bool MergeMessagePage::isComplete() const
{
    return !m_rebase->isChecked() || m_rebaseChoice->currentIndex() >= 0;
}

bool MergeMessagePage::validatePage()
{
    m_wizard->message = m_message->text().trimmed();
    m_wizard->branchLabel = m_branchLabel->text().trimmed();
    m_wizard->rebasePlan.reset();
    if (!m_rebase->isChecked()) {
        m_wizard->method = MergeWizard::Method::Merge;
        return true;
    }
    m_wizard->method = MergeWizard::Method::Rebase;
    const QStringList pair = m_rebaseChoice->currentData().toStringList();
    const Project *project = m_wizard->project();
    auto plan = RebasePlan::make(project->revisionMap(), project->scripts(), pair.value(0),
        pair.value(1), m_wizard->appliedRevisions());
    if (!plan)
        return false;
    m_wizard->rebasePlan = std::move(*plan);
    return true;
}

} // namespace retort
