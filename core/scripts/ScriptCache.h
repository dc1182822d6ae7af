// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/PythonDocstring.h"
#include "scripts/RevisionScript.h"

#include <QHash>
#include <QMutex>
#include <QString>

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

/// Parsed scripts kept between scans, keyed by path and validated by size, modification and
/// change times (nanoseconds), inode and device. It never serves stale data: a file is stored
/// only once its times are older than the settle window when it was read, so any later write
/// (which sets the change time to "now", which users cannot set back) gives a different stamp,
/// even on file systems whose clocks tick coarsely. Scripts with errors other than Parse are
/// not stored. Thread-safe. Only POSIX systems provide nanosecond stamps; elsewhere nothing is
/// cached.
class ScriptCache {
public:
    explicit ScriptCache(int settleMilliseconds = 2000)
        : m_settleNs(qint64(settleMilliseconds) * 1000000)
    { }

    /// The cached script when `path` still has `stamp` and was parsed with `rule`.
    std::optional<RevisionScript> find(
        const QString &path, const FileStamp &stamp, DocstringRule rule) const;

    /// Keeps `script`, read from a file with `stamp`, when the stamp had settled at
    /// `readStartNs` (clockNs() taken before the file was opened).
    void store(const FileStamp &stamp, qint64 readStartNs, DocstringRule rule,
        const RevisionScript &script);

    /// The wall clock in nanoseconds, the clock file times use.
    static qint64 clockNs();

    /// The stamp of an open file descriptor (POSIX), or nothing.
    static std::optional<FileStamp> stampOf(int fd);

    /// The stamp of a path (POSIX), or nothing.
    static std::optional<FileStamp> stampOf(const QString &path);

    qsizetype size() const;
    qsizetype hits() const;
    void clear();

private:
    struct Entry {
        FileStamp stamp;
        DocstringRule rule;
        RevisionScript script;
    };

    qint64 m_settleNs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    mutable qsizetype m_hits = 0;
};

} // namespace retort
