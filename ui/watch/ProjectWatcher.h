// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace retort {

/// Watches a project's config files, version folders and scripts, and says once when a burst of
/// changes has settled (a git checkout or `alembic revision` touches several files at once).
///
/// Files are watched through their folders, so an editor that saves by writing a new file and
/// renaming it over the old one is seen, and a project of 10,000 scripts costs a handful of
/// watches instead of one per file (Linux allows 8,192 per user on older kernels). On Linux this
/// uses inotify directly: QFileSystemWatcher reports no edits of the files inside a watched
/// folder, and adding 10,000 files to it takes quadratic time. Elsewhere, or when inotify is not
/// available, QFileSystemWatcher watches the files and folders themselves.
class ProjectWatcher : public QObject {
    Q_OBJECT

public:
    /// How long changes must stop before changed() fires.
    static constexpr int settleMs = 250;

    enum class Backend {
        Native, ///< inotify on the folders (Linux)
        Portable, ///< QFileSystemWatcher on every path
    };

    /// Uses the native backend where it works, the portable one otherwise.
    explicit ProjectWatcher(QObject *parent = nullptr);
    ProjectWatcher(Backend backend, QObject *parent = nullptr);
    ~ProjectWatcher() override;

    Backend backend() const;

    /// Watches exactly these folders and files (those that exist); empty lists stop watching.
    /// A folder: the Python scripts (`.py`, `.pyc`) and subfolders in it are added, edited,
    /// renamed or removed, or the folder itself goes; hidden files and `__pycache__` do not
    /// count. A file: it is edited, replaced or removed.
    void watch(const QStringList &folders, const QStringList &files);

signals:
    /// Something watched was added, edited or removed, and nothing more for settleMs.
    void changed();

private:
    class Engine;
    class InotifyEngine;
    class PortableEngine;

    std::unique_ptr<Engine> m_engine;
    QTimer *m_settle;
};

} // namespace retort
