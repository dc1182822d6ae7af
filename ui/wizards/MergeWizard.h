// SPDX-License-Identifier: MIT
#pragma once

#include "merge/MergeAnalysis.h"
#include "merge/RebasePlan.h"
#include "wizards/WizardContext.h"

#include <QSet>
#include <QWizard>

#include <memory>
#include <optional>

namespace retort {

class MergeHeadsPage;
class MergeWritePage;

/// Resolves multiple heads: choose the heads (all by default), see each branch since the common
/// ancestor with the tables it touches (overlaps marked as likely conflicts), give a message and
/// branch label, preview, and write the merge revision through Alembic; optionally ask for the
/// database to be upgraded to the new head. For two branches that exist only here, re-basing one
/// onto the other head is offered instead, with a warning and the file change shown first.
/// The project is read and everything is written without blocking the window.
class MergeWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { HeadsPageId, BranchesPageId, MessagePageId, PreviewPageId, WritePageId };
    enum class Method { Merge, Rebase };

    explicit MergeWizard(WizardContext context, QWidget *parent = nullptr);
    ~MergeWizard() override;

    const WizardContext &context() const { return m_context; }
    /// The project as read when the wizard opened; nullptr until it is read or when it failed.
    const Project *project() const;
    QString loadError() const;
    /// Revisions applied in the selected database (its current revisions and their ancestors):
    /// these are never re-based.
    QSet<QString> appliedRevisions() const;

    QStringList chosenHeads() const;
    const MergeAnalysis &analysis() const { return m_analysis; }
    void setAnalysis(MergeAnalysis analysis) { m_analysis = std::move(analysis); }

    // Choices made on the message page, read by the preview and write pages.
    Method method = Method::Merge;
    QString message;
    QString branchLabel;
    QString revId; ///< chosen up front so the preview shows the id Alembic will write
    std::optional<RebasePlan> rebasePlan;

    /// The head after writing (the merge revision, or the re-based branch's head).
    QString newHead() const;
    /// True when the user asked for the database to be upgraded to newHead().
    bool upgradeChosen() const;

signals:
    void projectLoaded();
    /// A merge revision was written at `path`.
    void revisionWritten(const QString &path);
    /// Revision files changed (written or re-based): the project should be read again.
    void projectChanged();
    /// Finish was pressed with "upgrade the database" on: upgrade to `target`.
    void upgradeRequested(const QString &target);

protected:
    void done(int result) override;

private:
    WizardContext m_context;
    std::shared_ptr<const Result<Project>> m_project;
    MergeAnalysis m_analysis;
    MergeHeadsPage *m_headsPage = nullptr;
    MergeWritePage *m_writePage = nullptr;
};

} // namespace retort
