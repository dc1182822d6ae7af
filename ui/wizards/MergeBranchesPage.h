// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace retort {

class MergeWizard;

/// Second page: each branch's revisions since the common ancestor and the tables they touch;
/// tables more than one branch touches are marked as likely conflicts.
class MergeBranchesPage : public QWizardPage {
    Q_OBJECT

public:
    /// Column 0 holds the revision, column 1 its tables; rows touching an overlap carry this
    /// role as true.
    static constexpr int OverlapRole = Qt::UserRole + 1;

    explicit MergeBranchesPage(MergeWizard *wizard);

    void initializePage() override;
    QStandardItemModel *branchesModel() const { return m_model; }

private:
    void showConflicts();

    MergeWizard *m_wizard;
    QLabel *m_ancestor;
    QTreeView *m_tree;
    QLabel *m_conflicts;
    QStandardItemModel *m_model;
};

} // namespace retort
