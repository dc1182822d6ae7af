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

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace retort
