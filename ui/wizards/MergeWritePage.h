// SPDX-License-Identifier: MIT
#pragma once

#include "engine/AuthorReport.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace retort {

class MergeWizard;
class RevisionWriter;

/// Last page: writes the merge revision through Alembic (or the re-base), reads the project
/// again to confirm the heads, and offers to upgrade the database to the new head.
class MergeWritePage : public QWizardPage {
    Q_OBJECT

public:
    explicit MergeWritePage(MergeWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QString newHead() const { return m_newHead; }
    bool upgradeChosen() const;
    QCheckBox *upgradeBox() const { return m_upgrade; }
    QString statusText() const;

signals:
    /// Writing ended, with the project read again on success.
    void finished(bool ok);

private:
    void onWritten(const AuthorReport &report);
    void writeRebase();
    void confirm(const QString &newHead);
    void fail(const QString &message);

    MergeWizard *m_wizard;
    RevisionWriter *m_writer;
    QLabel *m_status;
    QCheckBox *m_upgrade;
    QString m_newHead;
    QString m_file;
    bool m_done = false;
};

} // namespace retort
