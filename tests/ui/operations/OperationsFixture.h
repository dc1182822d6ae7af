// SPDX-License-Identifier: MIT
#pragma once

// Shared by the ui/operations tests: a temporary copy of examples/bookshelf (its database at
// a6c3d2e1f0b9, the tags branch and the merge pending) with trust and backups kept in the same
// temporary folder, and helpers to change the copy's revisions.

#include "../../core/engine/EngineFixture.h"
#include "TestTree.h"
#include "engine/BackupStore.h"
#include "engine/TrustStore.h"
#include "operations/OperationRequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace operationsfixture {

using enginefixture::execute;
using enginefixture::snapshot;
using enginefixture::testPython;

/// The merge revision: pending in bookshelf.db, the last step of "upgrade head".
inline constexpr auto mergeRevision = "e4b8f7a2c5d6";
inline constexpr auto mergeScript = "migrations/versions/e4b8f7a2c5d6_merge_reviews_and_tags.py";

class BookshelfCopy {
public:
    BookshelfCopy()
    {
        const QString source = QStringLiteral(RETORT_EXAMPLES_DIR "/bookshelf");
        m_project = m_dir.filePath(QStringLiteral("bookshelf"));
        const bool copied = m_dir.isValid() && retort::test::copyTree(source, m_project);
        m_backups
            = std::make_unique<retort::BackupStore>(m_dir.filePath(QStringLiteral("backups")));
        m_backups->setBusyTimeout(500);
        m_trust = std::make_unique<retort::TrustStore>(m_dir.filePath(QStringLiteral("trust.ini")));
        m_ok = copied && m_trust->trust(m_project).ok();
    }

    bool isValid() const { return m_ok; }
    QString project() const { return m_project; }
    QString database() const { return QDir(m_project).filePath(QStringLiteral("bookshelf.db")); }
    QString filePath(const QString &relative) const { return QDir(m_project).filePath(relative); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    retort::BackupStore *backups() const { return m_backups.get(); }
    retort::TrustStore *trust() const { return m_trust.get(); }

    retort::OperationContext context() const
    {
        retort::OperationContext context;
        context.projectDir = m_project;
        context.databasePath = database();
        context.interpreter = testPython();
        return context;
    }

    /// Replaces the merge revision's `upgrade()` body (the lines after its `def`).
    bool setMergeUpgrade(const QString &body)
    {
        QFile file(filePath(QLatin1String(mergeScript)));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QString original = QStringLiteral("def upgrade() -> None:\n    pass\n");
        if (!text.contains(original))
            return false;
        text.replace(original, QStringLiteral("def upgrade() -> None:\n") + body);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return file.write(text.toUtf8()) > 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<retort::BackupStore> m_backups;
    std::unique_ptr<retort::TrustStore> m_trust;
    bool m_ok = false;
};

/// The merge revision's upgrade deletes every book, then raises on line 23 of the script.
inline const QString raisingUpgrade
    = QStringLiteral("    op.execute(\"DELETE FROM books\")\n"
                     "    raise RuntimeError(\"injected failure after deleting the books\")\n");

/// The merge revision's upgrade sleeps long enough to be cancelled.
inline const QString sleepingUpgrade = QStringLiteral("    import time\n    time.sleep(60)\n");

} // namespace operationsfixture
