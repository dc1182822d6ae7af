// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QListView;
class QStandardItemModel;

namespace retort {

class MergeWizard;

/// First page of the merge wizard: the heads to merge, all checked at first.
class MergeHeadsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit MergeHeadsPage(MergeWizard *wizard);

    QStringList chosenHeads() const;
    QStandardItemModel *headsModel() const { return m_model; }
    bool isComplete() const override;

private:
    void fill();

    MergeWizard *m_wizard;
    QLabel *m_status;
    QListView *m_list;
    QStandardItemModel *m_model;
};

} // namespace retort
