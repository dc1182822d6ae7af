// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace retort {

/// The workbench's remembered settings, each with its key, type and default in one registry
/// (WorkbenchSettings.cpp) behind typed accessors.
class WorkbenchSettings {
public:
    /// Most recent projects kept in the Recent Projects menu.
    static constexpr int maxRecentProjects = 8;

    /// Uses the application's QSettings.
    WorkbenchSettings();
    /// Uses the ini file at `path` (tests).
    explicit WorkbenchSettings(const QString &path);

    /// The ini file given to the constructor, empty for the application's QSettings. The trust
    /// store lives in the same place, so the CLI and the window share it.
    QString file() const { return m_file; }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Project folders, most recent first.
    QStringList recentProjects() const;
    /// Moves `path` to the front of recentProjects(), dropping the oldest beyond the maximum.
    void addRecentProject(const QString &path);
    void clearRecentProjects();

    /// Whether the graph lists the oldest revision first.
    bool oldestFirst() const;
    void setOldestFirst(bool oldestFirst);

    /// The SQLite file the user picked for project `projectPath`, empty when none.
    QString databaseFor(const QString &projectPath) const;
    /// Remembers `databasePath` for `projectPath`; empty forgets it.
    void setDatabaseFor(const QString &projectPath, const QString &databasePath);
    /// The ini section last opened for `projectPath`, empty when none.
    QString sectionFor(const QString &projectPath) const;
    void setSectionFor(const QString &projectPath, const QString &section);

    /// Whether the user already answered the trust question for folder `projectDir`.
    bool trustAnswered(const QString &projectDir) const;
    void setTrustAnswered(const QString &projectDir);

    /// "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    void sync();

private:
    QString m_file;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace retort
