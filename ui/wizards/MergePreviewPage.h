// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace retort {

class MergeWizard;

/// Fourth page: what will be written — the merge revision's header, or the re-base's file
/// change as a unified diff under the warning. Its button writes (a commit page).
class MergePreviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit MergePreviewPage(MergeWizard *wizard);

    void initializePage() override;
    QString previewText() const;

    /// The header Alembic's template writes for a merge of `heads` (message, revision id,
    /// down revisions, branch label), as a preview.
    static QString mergeHeader(const QString &revId, const QStringList &heads,
        const QString &message, const QString &branchLabel);

private:
    MergeWizard *m_wizard;
    QLabel *m_intro;
    QPlainTextEdit *m_text;
};

} // namespace retort
