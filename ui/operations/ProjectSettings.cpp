// SPDX-License-Identifier: MIT
#include "operations/ProjectSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QVariantMap>

namespace retort {

namespace {

// The registry: each setting is a map, canonical project folder -> value. The first two are
// shared with WorkbenchSettings (databaseFor(), sectionFor()).
constexpr auto databasesKey = "projects/databases";
constexpr auto sectionsKey = "projects/sections";
constexpr auto interpretersKey = "projects/interpreters";
constexpr auto backupFoldersKey = "projects/backupFolders";
constexpr auto retentionKey = "projects/backupRetention";

} // namespace

ProjectSettings::ProjectSettings(const QString &projectDir, const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_key(keyFor(projectDir))
{ }

QString ProjectSettings::keyFor(const QString &projectDir)
{
    // The folder a path names (itself, or a file's folder), canonical when it exists; the
    // window's per-project maps (WorkbenchSettings) use the same key.
    const QFileInfo info(projectDir);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(folder) : canonical;
}

QString ProjectSettings::text(const char *key) const
{
    return m_settings->value(QLatin1String(key)).toMap().value(m_key).toString();
}

void ProjectSettings::setText(const char *key, const QString &value)
{
    QVariantMap map = m_settings->value(QLatin1String(key)).toMap();
    if (value.isEmpty())
        map.remove(m_key);
    else
        map.insert(m_key, value);
    m_settings->setValue(QLatin1String(key), map);
}

QString ProjectSettings::interpreter() const
{
    return text(interpretersKey);
}

void ProjectSettings::setInterpreter(const QString &path)
{
    setText(interpretersKey, path);
}

QString ProjectSettings::section() const
{
    return text(sectionsKey);
}

void ProjectSettings::setSection(const QString &section)
{
    setText(sectionsKey, section);
}

QString ProjectSettings::database() const
{
    return text(databasesKey);
}

void ProjectSettings::setDatabase(const QString &path)
{
    setText(databasesKey, path);
}

QString ProjectSettings::backupFolder() const
{
    return text(backupFoldersKey);
}

void ProjectSettings::setBackupFolder(const QString &folder)
{
    setText(backupFoldersKey, folder);
}

int ProjectSettings::retentionLimit() const
{
    bool ok = false;
    const int limit = text(retentionKey).toInt(&ok);
    return ok && limit >= 0 ? limit : defaultRetentionLimit;
}

void ProjectSettings::setRetentionLimit(int limit)
{
    setText(retentionKey, limit == defaultRetentionLimit ? QString() : QString::number(limit));
}

void ProjectSettings::sync()
{
    m_settings->sync();
}

} // namespace retort
