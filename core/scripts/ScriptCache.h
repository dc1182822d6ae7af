// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/PythonDocstring.h"
#include "scripts/RevisionScript.h"

#include <QHash>
#include <QList>
#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <optional>

namespace retort {

/// What identifies one version of a file's content without reading it.
struct FileStamp {
    qint64 size = 0;
    qint64 modifiedNs = 0; ///< st_mtime in nanoseconds
    qint64 changedNs = 0; ///< st_ctime in nanoseconds: set by every write, never settable
    quint64 inode = 0;
    quint64 device = 0;

    bool operator==(const FileStamp &) const = default;
};

/// One cached script with what it was read under.
struct CachedScript {
    FileStamp stamp; ///< the file's stamp when it was read
    DocstringRule rule = DocstringRule::Verbatim; ///< the docstring rule it was parsed with
    bool operations = false; ///< upgradeOps/downgradeOps were extracted
    RevisionScript script;
};

/// Parsed scripts kept between scans, keyed by path and validated by size, modification and
/// change times (nanoseconds), inode and device. It never serves stale data: a file is stored
/// only once its times are older than the settle window when it was read, so any later write
/// (which sets the change time to "now", which users cannot set back) gives a different stamp,
/// even on file systems whose clocks tick coarsely. Scripts with errors other than Parse are
/// not stored. A script parsed without operations is never served to a caller that wants them.
/// Thread-safe. Only POSIX systems provide nanosecond stamps; elsewhere nothing is cached.
/// ScriptCacheFile keeps a cache on disk between runs.
class ScriptCache {
public:
    explicit ScriptCache(int settleMilliseconds = 2000)
        : m_settleNs(qint64(settleMilliseconds) * 1000000)
    { }

    /// The cached script when `path` still has `stamp` and was parsed with `rule` (and with
    /// operations, when `operations` is true).
    std::optional<RevisionScript> find(const QString &path, const FileStamp &stamp,
        DocstringRule rule, bool operations = true) const;

    /// Keeps `script`, read from a file with `stamp`, when the stamp had settled at
    /// `readStartNs` (clockNs() taken before the file was opened). `operations` tells whether
    /// its operations were extracted.
    void store(const FileStamp &stamp, qint64 readStartNs, DocstringRule rule,
        const RevisionScript &script, bool operations = true);

    /// Adds entries read back from disk (ScriptCacheFile); they count as unused until found.
    void restore(QList<CachedScript> entries);

    /// The entries found or stored since this cache was made: what is worth keeping on disk.
    QList<CachedScript> usedEntries() const;

    /// True when saving would change what was restored: something was stored, or a restored
    /// entry was not used (its file changed or went away).
    bool changedSinceRestore() const;

    /// The wall clock in nanoseconds, the clock file times use.
    static qint64 clockNs();

    /// The stamp of an open file descriptor (POSIX), or nothing.
    static std::optional<FileStamp> stampOf(int fd);

    /// The stamp of a path (POSIX), or nothing.
    static std::optional<FileStamp> stampOf(const QString &path);

    /// The stamp of `name` (encoded) in the folder open as `dirFd`, or of the path `name` when
    /// dirFd is AT_FDCWD (POSIX fstatat), or nothing.
    static std::optional<FileStamp> stampAt(int dirFd, const char *name);

    qsizetype size() const;
    qsizetype hits() const;
    void clear();

private:
    struct Entry {
        CachedScript cached;
        /// Set by find() under the shared lock: each path is found by one thread at a time,
        /// and usedEntries() reads it under the exclusive lock.
        mutable std::atomic<bool> used {false};

        Entry(CachedScript c, bool u) : cached(std::move(c)), used(u) { }
        Entry(const Entry &other) : cached(other.cached), used(other.used.load()) { }
        Entry &operator=(const Entry &other)
        {
            cached = other.cached;
            used = other.used.load();
            return *this;
        }
    };

    qint64 m_settleNs;
    mutable QReadWriteLock m_lock; ///< finds share it: scanning threads do not queue
    QHash<QString, Entry> m_entries;
    mutable std::atomic<qsizetype> m_hits {0};
    bool m_stored = false;
};

} // namespace retort
