// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// One backup: a SQLite file made with `VACUUM INTO` and its JSON sidecar.
struct BackupInfo {
    QString id; ///< file base name, sortable by time
    QString path; ///< the backup database file
    QString sourcePath; ///< canonical path of the database that was backed up
    QStringList revisions; ///< Alembic's version table at backup time (sorted), empty if none
    QDateTime created; ///< UTC
    qint64 size = 0; ///< bytes of the backup file
    QString reason; ///< why it was taken, e.g. "before upgrade head"
    QString journalMode; ///< the source's journal mode ("wal", "delete", ...), restored with it
};

/// Consistent copies of SQLite databases in a data folder. Copies are made with `VACUUM INTO`
/// through a read-only connection, never by copying a file that may be in use; restores write a
/// temporary file next to the target and rename it over the target, so they are atomic.
class BackupStore {
public:
    /// Whether restore() first backs up the database it is about to replace.
    enum class SafetyCopy { Take, Skip };

    /// A store in `folder` (created on demand); defaultFolder() when empty.
    explicit BackupStore(QString folder = {});

    /// QStandardPaths::AppDataLocation + "/backups".
    static QString defaultFolder();

    QString folder() const { return m_folder; }

    /// Backups kept per source database; older ones are deleted after each new backup (0: all).
    void setRetentionLimit(int perDatabase) { m_retentionLimit = perDatabase; }
    int retentionLimit() const { return m_retentionLimit; }

    /// How long a backup or restore waits for another connection's lock.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    /// Backs up `databasePath`, recording its Alembic revisions, then applies the retention limit.
    Result<BackupInfo> create(const QString &databasePath, const QString &reason = {});

    /// Backups newest first; only those of `databasePath` when given.
    Result<QList<BackupInfo>> list(const QString &databasePath = {}) const;

    /// Replaces the backup's source database with the backup's content, then checks the result
    /// (integrity and Alembic revisions). With SafetyCopy::Take
    /// the present database is backed up first and that new backup is returned.
    Result<std::optional<BackupInfo>> restore(
        const BackupInfo &backup, SafetyCopy safety = SafetyCopy::Take);

    /// Deletes a backup and its sidecar.
    Result<void> remove(const BackupInfo &backup);

private:
    Result<BackupInfo> copyWithSidecar(const QString &databasePath, const QString &reason);
    Result<void> applyRetention(const QString &sourcePath);
    Result<void> writeSidecar(const BackupInfo &info) const;
    Result<QString> writeRestoreCopy(const BackupInfo &backup) const;
    Result<void> replaceAtomically(const BackupInfo &backup) const;
    Result<void> verifyRestored(const BackupInfo &backup) const;

    QString m_folder;
    int m_retentionLimit = 20;
    int m_busyTimeoutMs = 2000;
};

} // namespace retort
