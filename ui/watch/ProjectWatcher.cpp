// SPDX-License-Identifier: MIT
#include "watch/ProjectWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

#if defined(Q_OS_LINUX)
#include <QSocketNotifier>

#include <cerrno>
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace retort {

/// Watches existing folders and files and calls back on every change that matters.
class ProjectWatcher::Engine {
public:
    explicit Engine(std::function<void()> onChange) : m_onChange(std::move(onChange)) { }
    virtual ~Engine() = default;
    virtual Backend backend() const = 0;
    /// Replaces what is watched.
    virtual void watch(const QStringList &folders, const QStringList &files) = 0;

protected:
    void notify() const { m_onChange(); }

private:
    std::function<void()> m_onChange;
};

class ProjectWatcher::PortableEngine final : public Engine {
public:
    explicit PortableEngine(std::function<void()> onChange) : Engine(std::move(onChange))
    {
        QObject::connect(
            &m_watcher, &QFileSystemWatcher::fileChanged, &m_watcher, [this](const QString &path) {
                // A file replaced by a rename drops out of the watch: watch the new one.
                if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
                    m_watcher.addPath(path);
                notify();
            });
        QObject::connect(
            &m_watcher, &QFileSystemWatcher::directoryChanged, &m_watcher, [this] { notify(); });
    }
    Backend backend() const override { return Backend::Portable; }
    void watch(const QStringList &folders, const QStringList &files) override
    {
        const QStringList old = m_watcher.files() + m_watcher.directories();
        if (!old.isEmpty())
            m_watcher.removePaths(old);
        QStringList existing;
        for (const QString &path : folders + files)
            if (QFileInfo::exists(path))
                existing.append(path);
        if (!existing.isEmpty())
            m_watcher.addPaths(existing);
    }

private:
    QFileSystemWatcher m_watcher;
};

#if defined(Q_OS_LINUX)

class ProjectWatcher::InotifyEngine final : public Engine {
public:
    /// nullptr when the kernel gives no inotify instance (limit reached, no support).
    static std::unique_ptr<Engine> create(std::function<void()> onChange)
    {
        const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (fd < 0)
            return nullptr;
        return std::unique_ptr<Engine>(new InotifyEngine(fd, std::move(onChange)));
    }
    ~InotifyEngine() override
    {
        m_notifier.reset(); // before the descriptor it polls goes
        ::close(m_fd);
    }
    Backend backend() const override { return Backend::Native; }

    void watch(const QStringList &folders, const QStringList &files) override
    {
        QHash<QString, Folder> wanted;
        for (const QString &folder : folders)
            wanted[QDir::cleanPath(QDir(folder).absolutePath())].everything = true;
        for (const QString &file : files) {
            const QString path = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
            const qsizetype slash = path.lastIndexOf(u'/');
            const QString name = path.mid(slash + 1);
            Folder &folder = wanted[slash > 0 ? path.left(slash) : QStringLiteral("/")];
            if (!folder.everything || !isScriptEntry(name, false))
                folder.names.insert(name); // a script in a watched version folder is covered
        }
        // Adding a folder that is watched already returns its descriptor again, so a reload
        // with the same paths keeps every watch and loses no event.
        QHash<int, Folder> watches;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const int wd = inotify_add_watch(m_fd, QFile::encodeName(it.key()).constData(), mask);
            if (wd < 0)
                continue; // gone meanwhile: the reload its removal causes sets the paths again
            Folder &folder = watches[wd]; // two paths of one folder (a symlink) share a watch
            folder.everything = folder.everything || it->everything;
            folder.names.unite(it->names);
        }
        for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it)
            if (!watches.contains(it.key()))
                inotify_rm_watch(m_fd, it.key());
        m_watches = std::move(watches);
    }

private:
    struct Folder {
        bool everything = false; ///< every script and subfolder in it, not only `names`
        QSet<QString> names;
    };

    static constexpr uint32_t mask = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY
        | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

    InotifyEngine(int fd, std::function<void()> onChange)
        : Engine(std::move(onChange))
        , m_fd(fd)
        , m_notifier(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read))
    {
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
            [this] { readEvents(); });
    }

    void readEvents()
    {
        alignas(inotify_event) char buffer[16384];
        bool changed = false;
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length < 0 && errno == EINTR)
                continue;
            if (length <= 0)
                break; // EAGAIN: nothing more queued
            for (ssize_t at = 0; at < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                changed = changed || matters(*event);
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        if (changed)
            notify();
    }

    bool matters(const inotify_event &event) const
    {
        if (event.mask & IN_Q_OVERFLOW)
            return true; // events were lost: assume the worst
        const auto folder = m_watches.constFind(event.wd);
        if (folder == m_watches.cend())
            return false; // a watch removed since (IN_IGNORED after inotify_rm_watch)
        if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT))
            return true;
        if (event.len == 0)
            return false;
        const QString name = QFile::decodeName(event.name);
        if (folder->names.contains(name))
            return true;
        return folder->everything && isScriptEntry(name, event.mask & IN_ISDIR);
    }

    /// What Alembic could read from a version folder: scripts, and subfolders when
    /// `recursive_version_locations` is on.
    static bool isScriptEntry(const QString &name, bool folder)
    {
        if (name.startsWith(u'.'))
            return false; // editors' swap and lock files, hidden folders
        if (folder)
            return name != QLatin1String("__pycache__");
        return name.endsWith(QLatin1String(".py")) || name.endsWith(QLatin1String(".pyc"));
    }

    int m_fd;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<int, Folder> m_watches;
};

#endif

ProjectWatcher::ProjectWatcher(QObject *parent) : ProjectWatcher(Backend::Native, parent) { }

ProjectWatcher::ProjectWatcher(Backend backend, QObject *parent)
    : QObject(parent), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &ProjectWatcher::changed);
    const auto onChange = [this] { m_settle->start(); };
#if defined(Q_OS_LINUX)
    if (backend == Backend::Native)
        m_engine = InotifyEngine::create(onChange);
#else
    Q_UNUSED(backend);
#endif
    if (!m_engine)
        m_engine = std::make_unique<PortableEngine>(onChange);
}

ProjectWatcher::~ProjectWatcher() = default;

ProjectWatcher::Backend ProjectWatcher::backend() const
{
    return m_engine->backend();
}

void ProjectWatcher::watch(const QStringList &folders, const QStringList &files)
{
    m_engine->watch(folders, files);
}

} // namespace retort
