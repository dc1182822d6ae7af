// SPDX-License-Identifier: MIT
#include "scripts/ScriptCache.h"

#include <QFile>
#include <QReadLocker>
#include <QWriteLocker>

#include <algorithm>
#include <ctime>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace retort {

namespace {

#ifdef Q_OS_UNIX
FileStamp fromStat(const struct stat &info)
{
    FileStamp stamp;
    stamp.size = qint64(info.st_size);
    stamp.modifiedNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    stamp.changedNs = qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    stamp.inode = quint64(info.st_ino);
    stamp.device = quint64(info.st_dev);
    return stamp;
}
#endif

} // namespace

qint64 ScriptCache::clockNs()
{
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

std::optional<FileStamp> ScriptCache::stampOf(int fd)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        return fromStat(info);
    }
#else
    Q_UNUSED(fd);
#endif
    return std::nullopt;
}

std::optional<FileStamp> ScriptCache::stampOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode)) {
        return fromStat(info);
    }
#else
    Q_UNUSED(path);
#endif
    return std::nullopt;
}

std::optional<FileStamp> ScriptCache::stampAt(
    [[maybe_unused]] int dirFd, [[maybe_unused]] const char *name)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::fstatat(dirFd, name, &info, 0) == 0 && S_ISREG(info.st_mode)) {
        return fromStat(info);
    }
#endif
    return std::nullopt;
}

std::optional<RevisionScript> ScriptCache::find(
    const QString &path, const FileStamp &stamp, DocstringRule rule, bool operations) const
{
    const QReadLocker lock(&m_lock);
    const auto it = m_entries.constFind(path);
    if (it == m_entries.cend() || !(it->cached.stamp == stamp) || it->cached.rule != rule
        || (operations && !it->cached.operations)) {
        return std::nullopt;
    }
    ++m_hits;
    it->used = true;
    return it->cached.script;
}

void ScriptCache::store(const FileStamp &stamp, qint64 readStartNs, DocstringRule rule,
    const RevisionScript &script, bool operations)
{
    if (script.error && script.error->kind != Error::Kind::Parse) {
        return;
    }
    // A write in the same clock tick as the read could keep the same times; any write after the
    // read starts gets a change time later than a stamp that had settled by then.
    const qint64 settledBefore = readStartNs - m_settleNs;
    if (stamp.modifiedNs >= settledBefore || stamp.changedNs >= settledBefore) {
        return;
    }
    const QWriteLocker lock(&m_lock);
    m_entries.insert(script.path, Entry {CachedScript {stamp, rule, operations, script}, true});
    m_stored = true;
}

void ScriptCache::restore(QList<CachedScript> entries)
{
    const QWriteLocker lock(&m_lock);
    m_entries.reserve(m_entries.size() + entries.size());
    for (CachedScript &entry : entries) {
        const QString path = entry.script.path;
        m_entries.insert(path, Entry {std::move(entry), false});
    }
}

QList<CachedScript> ScriptCache::usedEntries() const
{
    const QWriteLocker lock(&m_lock);
    QList<CachedScript> used;
    used.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (entry.used) {
            used.append(entry.cached);
        }
    }
    return used;
}

bool ScriptCache::changedSinceRestore() const
{
    const QWriteLocker lock(&m_lock);
    return m_stored || std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return !entry.used;
    });
}

qsizetype ScriptCache::size() const
{
    const QWriteLocker lock(&m_lock);
    return m_entries.size();
}

qsizetype ScriptCache::hits() const
{
    const QWriteLocker lock(&m_lock);
    return m_hits;
}

void ScriptCache::clear()
{
    const QWriteLocker lock(&m_lock);
    m_entries.clear();
    m_hits = 0;
    m_stored = false;
}

} // namespace retort
