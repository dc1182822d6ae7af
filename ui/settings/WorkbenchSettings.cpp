// SPDX-License-Identifier: MIT
#include "settings/WorkbenchSettings.h"

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

template<typename T> T read(const QSettings &settings, const Setting<T> &setting)
{
    const QVariant value = settings.value(QLatin1String(setting.key));
    return value.isValid() && value.canConvert<T>() ? value.value<T>() : setting.defaultValue;
}

template<typename T> void write(QSettings &settings, const Setting<T> &setting, const T &value)
{
    settings.setValue(QLatin1String(setting.key), QVariant::fromValue(value));
}

} // namespace

WorkbenchSettings::WorkbenchSettings() : m_settings(std::make_unique<QSettings>()) { }

WorkbenchSettings::WorkbenchSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
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

void WorkbenchSettings::sync()
{
    m_settings->sync();
}

} // namespace retort
