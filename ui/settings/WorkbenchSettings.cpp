// SPDX-License-Identifier: MIT
#include "settings/WorkbenchSettings.h"

#include "operations/ProjectSettings.h"

#include <QVariant>

namespace retort {

namespace {

/// One remembered value: where it lives and what it is when never set.
template<typename T> struct Setting {
    const char *key;
    T defaultValue;
};

// The registry: every key the workbench stores, with its type and default.
const Setting<QByteArray> windowGeometryKey {"window/geometry", {}};
const Setting<QByteArray> windowStateKey {"window/state", {}};
const Setting<QStringList> recentProjectsKey {"projects/recent", {}};
const Setting<bool> oldestFirstKey {"graph/oldestFirst", false};
const Setting<QVariantMap> projectDatabasesKey {"projects/databases", {}};
const Setting<QVariantMap> projectSectionsKey {"projects/sections", {}};
const Setting<QStringList> trustAnsweredKey {"trust/answered", {}};
const Setting<QString> themeKey {"window/theme", QStringLiteral("system")};

template<typename T> T read(const QSettings &settings, const Setting<T> &setting)
{
    const QVariant value = settings.value(QLatin1String(setting.key));
    return value.isValid() && value.canConvert<T>() ? value.value<T>() : setting.defaultValue;
}

template<typename T> void write(QSettings &settings, const Setting<T> &setting, const T &value)
{
    settings.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
}

// Per-project values are keyed by the canonical folder, so "a/../b" and a symlink agree.
// One key per project folder, shared with the per-project settings the Project Settings dialog
// writes into the same file.
QString projectKey(const QString &path)
{
    return ProjectSettings::keyFor(path);
}

void setInMap(QSettings &settings, const Setting<QVariantMap> &setting, const QString &key,
    const QString &value)
{
    QVariantMap map = read(settings, setting);
    if (value.isEmpty())
        map.remove(key);
    else
        map.insert(key, value);
    write(settings, setting, map);
}

} // namespace

WorkbenchSettings::WorkbenchSettings() : m_settings(std::make_unique<QSettings>()) { }

WorkbenchSettings::WorkbenchSettings(const QString &path)
    : m_file(path), m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{ }

QByteArray WorkbenchSettings::windowGeometry() const
{
    return read(*m_settings, windowGeometryKey);
}

void WorkbenchSettings::setWindowGeometry(const QByteArray &geometry)
{
    write(*m_settings, windowGeometryKey, geometry);
}

QByteArray WorkbenchSettings::windowState() const
{
    return read(*m_settings, windowStateKey);
}

void WorkbenchSettings::setWindowState(const QByteArray &state)
{
    write(*m_settings, windowStateKey, state);
}

QStringList WorkbenchSettings::recentProjects() const
{
    return read(*m_settings, recentProjectsKey);
}

void WorkbenchSettings::addRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    write(*m_settings, recentProjectsKey, recent);
}

void WorkbenchSettings::clearRecentProjects()
{
    write(*m_settings, recentProjectsKey, QStringList());
}

bool WorkbenchSettings::oldestFirst() const
{
    return read(*m_settings, oldestFirstKey);
}

void WorkbenchSettings::setOldestFirst(bool oldestFirst)
{
    write(*m_settings, oldestFirstKey, oldestFirst);
}

QString WorkbenchSettings::databaseFor(const QString &projectPath) const
{
    return read(*m_settings, projectDatabasesKey).value(projectKey(projectPath)).toString();
}

void WorkbenchSettings::setDatabaseFor(const QString &projectPath, const QString &databasePath)
{
    setInMap(*m_settings, projectDatabasesKey, projectKey(projectPath), databasePath);
}

QString WorkbenchSettings::sectionFor(const QString &projectPath) const
{
    return read(*m_settings, projectSectionsKey).value(projectKey(projectPath)).toString();
}

void WorkbenchSettings::setSectionFor(const QString &projectPath, const QString &section)
{
    setInMap(*m_settings, projectSectionsKey, projectKey(projectPath), section);
}

bool WorkbenchSettings::trustAnswered(const QString &projectDir) const
{
    return read(*m_settings, trustAnsweredKey).contains(projectKey(projectDir));
}

void WorkbenchSettings::setTrustAnswered(const QString &projectDir)
{
    QStringList answered = read(*m_settings, trustAnsweredKey);
    const QString key = projectKey(projectDir);
    if (!answered.contains(key))
        write(*m_settings, trustAnsweredKey, answered << key);
}

QString WorkbenchSettings::theme() const
{
    return read(*m_settings, themeKey);
}

void WorkbenchSettings::setTheme(const QString &theme)
{
    write(*m_settings, themeKey, theme);
}

void WorkbenchSettings::sync()
{
    m_settings->sync();
}

} // namespace retort
