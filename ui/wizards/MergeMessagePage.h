// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace retort {

class MergeWizard;

/// Third page: the merge revision's message and optional branch label, or, for two branches that
/// exist only here, re-basing one onto the other head instead (with a warning).
class MergeMessagePage : public QWizardPage {
    Q_OBJECT

public:
    explicit MergeMessagePage(MergeWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    QLineEdit *messageEdit() const { return m_message; }
    QLineEdit *branchLabelEdit() const { return m_branchLabel; }
    QRadioButton *rebaseButton() const { return m_rebase; }
    /// The re-base choices: "move the branch of X onto Y", data = [X, Y].
    QComboBox *rebaseChoice() const { return m_rebaseChoice; }

private:
    void offerRebase();
    void updateMethod();

    MergeWizard *m_wizard;
    QLineEdit *m_message;
    QLineEdit *m_branchLabel;
    QRadioButton *m_merge;
    QRadioButton *m_rebase;
    QComboBox *m_rebaseChoice;
    QLabel *m_rebaseWarning;
    QLabel *m_rebaseUnavailable;
};

} // namespace retort
