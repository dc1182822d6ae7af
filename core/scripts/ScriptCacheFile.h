// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/ScriptCache.h"
#include "util/Result.h"

#include <QString>

namespace retort {

/// A ScriptCache kept on disk between runs of the CLI, so that a second `retort heads` reads
/// the scripts' headers from one file instead of parsing every script.
///
/// Only what the revision graph needs is saved (the header fields of RevisionScript: revision,
/// down_revision, branch_labels, depends_on, docstring, lines); operations are not, so restored
/// entries only serve scans made without operations. Scripts with errors are not saved. Entries
/// keep their FileStamp and are validated against the file on every use (ScriptCache::find), so
/// a file edited, touched, renamed or replaced since is read again: the cache never serves stale
/// data. The format is versioned and checksummed; a file that is missing, of another version,
/// written for another key, truncated or corrupt is ignored as a whole.
class ScriptCacheFile {
public:
    /// The folder the CLI keeps its caches in (the user's cache folder, then `retort`).
    static QString defaultFolder();

    /// The cache file for a set of version locations inside `folder`:
    /// `headers-<hash of the locations>.bin`.
    static QString pathFor(const QString &folder, const QStringList &versionLocations);

    /// Restores the entries of `file` into `cache` when the file is valid and was written for
    /// `key`. Returns the number of entries restored (0 when the file was ignored).
    static qsizetype read(const QString &file, const QString &key, ScriptCache *cache);

    /// Writes the used entries of `cache` (ScriptCache::usedEntries) to `file` for `key`,
    /// atomically (a reader sees the old file or the new one), creating the folder if needed.
    static Result<void> write(const QString &file, const QString &key, const ScriptCache &cache);
};

} // namespace retort
