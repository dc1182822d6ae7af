// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A small Alembic project written into a temporary folder for the workbench tests:
///
///     d            head
///     m            merge of b and c
///     b   c        c carries branch label "side"
///     a            base, branch point
///
/// with an SQLite database whose version table holds the given revisions.
class TestProject {
public:
    TestProject();

    bool isValid() const { return m_dir.isValid() && m_ok; }
    QString path() const { return m_dir.path(); }
    QString databasePath() const;
    /// Writes the version table (created when missing) with exactly `revisions`.
    bool setCurrentRevisions(const QStringList &revisions);

private:
    bool writeScript(const QString &id, const QString &downRevision, const QString &message,
        const QString &extra = {}, const QString &upgradeBody = {});
    bool writeFile(const QString &relativePath, const QString &text);

    QTemporaryDir m_dir;
    bool m_ok = false;
};
