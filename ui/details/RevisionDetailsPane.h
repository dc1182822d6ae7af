// SPDX-License-Identifier: MIT
#pragma once

#include "details/GitFileInfo.h"
#include "model/RevisionEntry.h"

#include <QWidget>

#include <optional>

class QTextBrowser;

namespace retort {

/// Everything about one revision: id, state, message, date, parents and children as links,
/// branch labels, depends_on, file (and its last git commit), and the operations its upgrade()
/// and downgrade() call, each linking to its line.
class RevisionDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit RevisionDetailsPane(QWidget *parent = nullptr);

    /// Shows `entry`, or a hint when it is null; its file path relative to `projectPath`. Without
    /// `operationsRead` (a graph-only snapshot) the operations are said to be still coming.
    void showRevision(
        const RevisionEntry *entry, const QString &projectPath = {}, bool operationsRead = true);
    /// The text shown, as plain text (for tests and copying).
    QString plainText() const;
    /// The revision shown, empty when none.
    QString revisionId() const { return m_entry ? m_entry->id : QString(); }
    /// Clicks a link of the shown text by its href (tests, keyboard users).
    void activateLink(const QUrl &url);
    /// The hrefs of the links shown, in order.
    QStringList links() const;

signals:
    /// A parent or child link was clicked.
    void revisionLinkActivated(const QString &id);
    /// The file link or an operation's line was clicked.
    void openFileRequested(const QString &path, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class GitState { Unavailable, LookingUp, Done };

    void render();
    void showCommit(const QString &file, const std::optional<GitCommit> &commit);
    QString html(const RevisionEntry &entry) const;
    QString gitHtml() const;
    static QString stateText(RevisionState state);

    QTextBrowser *m_browser;
    GitFileInfo *m_git;
    std::optional<RevisionEntry> m_entry;
    QString m_projectPath;
    bool m_operationsRead = true;
    GitState m_gitState = GitState::Unavailable;
    std::optional<GitCommit> m_commit;
};

} // namespace retort
