// SPDX-License-Identifier: MIT
#include "watch/ProjectWatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace retort {

ProjectWatcher::ProjectWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &ProjectWatcher::changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectWatcher::onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProjectWatcher::onChange);
}

void ProjectWatcher::setPaths(const QStringList &paths)
{
    const QStringList old = watchedPaths();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    QStringList existing;
    for (const QString &path : paths)
        if (QFileInfo::exists(path))
            existing.append(path);
    if (!existing.isEmpty())
        m_watcher->addPaths(existing);
}

QStringList ProjectWatcher::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}

void ProjectWatcher::onChange(const QString &path)
{
    // An editor that saves by replacing the file drops it from the watch; the reload that
    // follows sets the paths again.
    Q_UNUSED(path);
    m_settle->start();
}

} // namespace retort
