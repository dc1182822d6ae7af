// SPDX-License-Identifier: MIT
#include "wizards/MergeBranchesPage.h"

#include "wizards/MergeWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace retort {

namespace {

QString describe(const RevisionMap &map, const QString &id)
{
    const Revision *revision = map.revision(id);
    return revision && !revision->message.isEmpty() ? id + QStringLiteral("  ") + revision->message
                                                    : id;
}

} // namespace

MergeBranchesPage::MergeBranchesPage(MergeWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_model(new QStandardItemModel(this))
{
    setTitle(tr("Review the branches"));
    setSubTitle(tr("What each branch changed since they parted. Tables changed on more than one "
                   "branch are likely conflicts: check that the merged schema is what you "
                   "want."));
    m_ancestor = new QLabel(this);
    m_ancestor->setWordWrap(true);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_conflicts = new QLabel(this);
    m_conflicts->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ancestor);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_conflicts);
}

void MergeBranchesPage::initializePage()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Revision"), tr("Tables")});
    const Project *project = m_wizard->project();
    if (!project)
        return;
    const RevisionMap &map = project->revisionMap();
    auto analysis = MergeAnalysis::analyse(map, project->scripts(), m_wizard->chosenHeads());
    if (!analysis) {
        m_ancestor->setText(analysis.error().message);
        return;
    }
    m_wizard->setAnalysis(*analysis);
    QStringList ancestors;
    for (const QString &id : analysis->commonAncestors)
        ancestors << describe(map, id);
    m_ancestor->setText(ancestors.isEmpty()
            ? tr("The branches share no revision: each starts from its own base.")
            : tr("Common ancestor: %1").arg(ancestors.join(QStringLiteral(", "))));

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const MergeBranch &branch : analysis->branches) {
        auto *top = new QStandardItem(tr("Branch ending at %1").arg(branch.head));
        auto *topTables = new QStandardItem(branch.tables.join(QStringLiteral(", ")));
        for (qsizetype i = 0; i < branch.revisions.size(); ++i) {
            auto *revision = new QStandardItem(describe(map, branch.revisions[i]));
            QStringList overlapping;
            for (const QString &table : branch.revisionTables[i])
                if (analysis->isOverlapping(table))
                    overlapping << table;
            auto *tables = new QStandardItem(branch.revisionTables[i].join(QStringLiteral(", ")));
            if (!overlapping.isEmpty()) {
                QFont bold = revision->font();
                bold.setBold(true);
                for (QStandardItem *item : {revision, tables}) {
                    item->setFont(bold);
                    item->setData(true, OverlapRole);
                    item->setToolTip(tr("Also changed on another branch: %1")
                                         .arg(overlapping.join(QStringLiteral(", "))));
                }
                tables->setIcon(warning);
            }
            top->appendRow({revision, tables});
        }
        m_model->appendRow({top, topTables});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    showConflicts();
}

void MergeBranchesPage::showConflicts()
{
    const MergeAnalysis &analysis = m_wizard->analysis();
    if (analysis.overlaps.isEmpty()) {
        m_conflicts->setText(tr("No table is changed on more than one branch."));
        return;
    }
    QStringList lines;
    for (const MergeOverlap &overlap : analysis.overlaps) {
        const QString heads = overlap.heads.join(QStringLiteral(", "));
        lines << (overlap.columns.isEmpty()
                ? tr("<b>%1</b> is changed on the branches of %2").arg(overlap.table, heads)
                : tr("<b>%1</b> (columns %2) is changed on the branches of %3")
                      .arg(overlap.table, overlap.columns.join(QStringLiteral(", ")), heads));
    }
    m_conflicts->setText(
        tr("Likely conflicts:") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

} // namespace retort
