// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace retort {

/// One project's settings for running its Alembic: interpreter, ini section, database file,
/// backup folder and retention. Stored beside the workbench's settings in the same QSettings,
/// each key a map from the canonical project folder to the value, so "a/../b" and a symlink
/// agree; `projects/databases` and `projects/sections` are the maps WorkbenchSettings reads.
class ProjectSettings {
public:
    /// Backups kept per database when the user has not chosen (BackupStore's default).
    static constexpr int defaultRetentionLimit = 20;

    /// Settings of `projectDir` in the application's QSettings, or in the ini file
    /// `settingsFile` (tests, WorkbenchSettings::file()).
    explicit ProjectSettings(const QString &projectDir, const QString &settingsFile = {});

    /// The canonical folder the values are keyed by.
    QString projectKey() const { return m_key; }
    static QString keyFor(const QString &projectDir);

    /// The Python to run, empty: found automatically (InterpreterLocator).
    QString interpreter() const;
    void setInterpreter(const QString &path);
    /// The ini section (alembic -n), empty: "alembic".
    QString section() const;
    void setSection(const QString &section);
    /// The SQLite file to use instead of the configured URL, empty: the configured one.
    QString database() const;
    void setDatabase(const QString &path);
    /// Where backups go, empty: BackupStore::defaultFolder().
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    /// Backups kept per database (0: all).
    int retentionLimit() const;
    void setRetentionLimit(int limit);

    void sync();

private:
    QString text(const char *key) const;
    void setText(const char *key, const QString &value);

    std::unique_ptr<QSettings> m_settings;
    QString m_key;
};

} // namespace retort
