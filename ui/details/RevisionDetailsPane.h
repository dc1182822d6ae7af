// SPDX-License-Identifier: MIT
#pragma once

#include "model/RevisionEntry.h"

#include <QWidget>

class QTextBrowser;

namespace retort {

/// Everything about one revision: id, state, message, date, parents and children as links,
/// branch labels, depends_on, file, and the operations its upgrade() and downgrade() call.
class RevisionDetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit RevisionDetailsPane(QWidget *parent = nullptr);

    /// Shows `entry`, or a hint when it is null; its file path relative to `projectPath`.
    void showRevision(const RevisionEntry *entry, const QString &projectPath = {});
    /// The text shown, as plain text (for tests and copying).
    QString plainText() const;

signals:
    /// A parent or child link was clicked.
    void revisionLinkActivated(const QString &id);

private:
    static QString html(const RevisionEntry &entry, const QString &projectPath);
    static QString stateText(RevisionState state);

    QTextBrowser *m_browser;
};

} // namespace retort
