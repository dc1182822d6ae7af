// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace retort {

/// Watches a project's config files, version folders and scripts, and says once when a burst of
/// changes has settled (a git checkout or `alembic revision` touches several files at once).
class ProjectWatcher : public QObject {
    Q_OBJECT

public:
    /// How long changes must stop before changed() fires.
    static constexpr int settleMs = 250;

    explicit ProjectWatcher(QObject *parent = nullptr);

    /// Watches exactly `paths` (files and folders that exist); an empty list stops watching.
    void setPaths(const QStringList &paths);
    QStringList watchedPaths() const;

signals:
    /// Something watched was added, edited or removed, and nothing more for settleMs.
    void changed();

private:
    void onChange(const QString &path);

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
};

} // namespace retort
