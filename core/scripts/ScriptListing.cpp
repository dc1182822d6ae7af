// SPDX-License-Identifier: MIT
#include "scripts/ScriptListing.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

namespace retort {

namespace {

/// A folder entry as readdir reports it; the type saves a stat per file where the system knows it.
struct Entry {
    enum class Type { Unknown, File, Directory, Link };
    QString name;
    Type type = Type::Unknown;
};

// os.listdir: every entry but . and .., in the file system's order.
QList<Entry> readEntries(const QString &folder)
{
    QList<Entry> entries;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir) {
        return entries;
    }
    while (const dirent *item = ::readdir(dir)) {
        const char *name = item->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) {
            continue;
        }
        Entry entry {QFile::decodeName(name), Entry::Type::Unknown};
#ifdef _DIRENT_HAVE_D_TYPE
        entry.type = item->d_type == DT_REG ? Entry::Type::File
            : item->d_type == DT_DIR        ? Entry::Type::Directory
            : item->d_type == DT_LNK        ? Entry::Type::Link
                                            : Entry::Type::Unknown;
#endif
        entries.append(entry);
    }
    ::closedir(dir);
#else
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        entries.append(Entry {it.fileName(), Entry::Type::Unknown});
    }
#endif
    return entries;
}

struct Candidate {
    QString dir; ///< the folder Alembic checks neighbours in
    QString fileName; ///< the name Alembic matches
    QString fullPath; ///< the path given to the Script
    QString real; ///< os.path.realpath of the file, for the "loaded twice" check
};

// Python's os.path.realpath for an existing entry; a dangling link keeps its own path.
QString realPath(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
}

// `name.split(".")[0]` in Python.
QString stem(const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.left(dot);
}

QString joined(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

// The realpath of `name` in a folder whose realpath is `realDir`: only links need resolving.
QString realPathIn(const QString &dir, const QString &realDir, const Entry &entry)
{
    if (entry.type == Entry::Type::File || entry.type == Entry::Type::Directory) {
        return joined(realDir, entry.name);
    }
    return realPath(joined(dir, entry.name));
}

// The `__pycache__` entries Alembic adds with sourceless: those whose stem is not a stem of
// `names` (the entries of the folder itself).
QStringList pycacheEntries(const QString &folder, const QStringList &names)
{
    const QString cache = joined(folder, QStringLiteral("__pycache__"));
    if (!QFileInfo::exists(cache)) {
        return {};
    }
    QSet<QString> stems;
    for (const QString &name : names) {
        stems.insert(stem(name));
    }
    QStringList extra;
    for (const QString &pyc : ScriptListing::rawEntries(cache)) {
        if (!stems.contains(stem(pyc))) {
            extra.append(pyc);
        }
    }
    return extra;
}

QList<Candidate> listRaw(const ScriptDirectoryOptions &options, const QString &location)
{
    const QString realDir = realPath(location);
    const QList<Entry> entries = readEntries(location);
    QList<Candidate> candidates;
    candidates.reserve(entries.size());
    QStringList names;
    const bool locationIsReal = realDir == location;
    for (const Entry &entry : entries) {
        if (options.sourceless) {
            names.append(entry.name);
        }
        QString path = joined(location, entry.name);
        // A plain file in a folder that is its own realpath is its own realpath: share it.
        QString real = locationIsReal && entry.type == Entry::Type::File
            ? path
            : realPathIn(location, realDir, entry);
        candidates.append(Candidate {location, entry.name, std::move(path), std::move(real)});
    }
    if (options.sourceless) {
        for (const QString &pyc : pycacheEntries(location, names)) {
            const QString name = QStringLiteral("__pycache__/") + pyc;
            const QString path = joined(location, name);
            candidates.append(Candidate {location, name, path, realPath(path)});
        }
    }
    return candidates;
}

// Python sorts str by code point, which is the order of the UTF-8 bytes; each name is encoded
// once, not at every comparison.
void sortByCodePoint(QList<Entry> &entries)
{
    std::vector<std::pair<QByteArray, qsizetype>> keys;
    keys.reserve(size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        keys.emplace_back(entries.at(i).name.toUtf8(), i);
    }
    std::sort(keys.begin(), keys.end());
    QList<Entry> sorted;
    sorted.reserve(entries.size());
    for (const auto &key : keys) {
        sorted.append(std::move(entries[key.second]));
    }
    entries = std::move(sorted);
}

// os.walk(location, topdown=True) as Alembic 1.10+ drives it; `realRoot` is realpath(root).
void walkSorted(const ScriptDirectoryOptions &options, const QString &root, const QString &realRoot,
    QList<Candidate> *out)
{
    QList<Entry> files;
    QList<Entry> dirs;
    for (const Entry &entry : readEntries(root)) {
        const bool isDir = entry.type == Entry::Type::Directory
            || (entry.type != Entry::Type::File && QFileInfo(joined(root, entry.name)).isDir());
        (isDir ? dirs : files).append(entry);
    }
    auto descend = [&](const Entry &dir) {
        // followlinks=False: a link to a folder is listed as a folder but not entered.
        const bool link = dir.type == Entry::Type::Link
            || (dir.type == Entry::Type::Unknown && QFileInfo(joined(root, dir.name)).isSymLink());
        if (!link) {
            walkSorted(options, joined(root, dir.name), joined(realRoot, dir.name), out);
        }
    };
    if (root.endsWith(QLatin1String("__pycache__"))) {
        if (options.recursive) {
            std::for_each(dirs.begin(), dirs.end(), descend); // skipped, and left unsorted
        }
        return;
    }
    sortByCodePoint(files);
    QStringList names;
    for (const Entry &file : files) {
        names.append(file.name);
        const QString real = realPathIn(root, realRoot, file);
        if (file.type == Entry::Type::File && !realRoot.endsWith(QLatin1Char('/'))) {
            out->append(Candidate {realRoot, file.name, real, real}); // realRoot + '/' + name
            continue;
        }
        const qsizetype slash = real.lastIndexOf(QLatin1Char('/'));
        out->append(Candidate {real.left(slash), real.mid(slash + 1), real, real});
    }
    if (options.sourceless) {
        const QString cache = joined(root, QStringLiteral("__pycache__"));
        for (const QString &pyc : pycacheEntries(root, names)) {
            const QString real = realPath(joined(cache, pyc));
            const qsizetype slash = real.lastIndexOf(QLatin1Char('/'));
            out->append(Candidate {real.left(slash), real.mid(slash + 1), real, real});
        }
    }
    if (options.recursive) {
        sortByCodePoint(dirs);
        std::for_each(dirs.begin(), dirs.end(), descend);
    }
}

QList<Candidate> listSorted(const ScriptDirectoryOptions &options, const QString &location)
{
    QList<Candidate> candidates;
    walkSorted(options, location, realPath(location), &candidates);
    return candidates;
}

// `_sourceless_rev_file` / `_only_source_rev_file` and the .py-beside-.pyc rule.
bool accepted(const Candidate &candidate, bool sourceless, bool *compiled)
{
    const QString &name = candidate.fileName;
    if (name.startsWith(QLatin1String(".#")) || name.startsWith(QLatin1String("__init__"))
        || name.contains(QLatin1Char('\n'))) {
        return false;
    }
    *compiled = false;
    if (name.endsWith(QLatin1String(".py"))) {
        return true;
    }
    const bool isC = name.endsWith(QLatin1String(".pyc"));
    const bool isO = name.endsWith(QLatin1String(".pyo"));
    if (!sourceless || (!isC && !isO)) {
        return false;
    }
    *compiled = true;
    const QString source = joined(candidate.dir, name.left(name.size() - 1));
    // Prefer .py over .pyc, and .pyc over .pyo (which may lack docstrings).
    return !QFileInfo::exists(source) && !(isO && QFileInfo::exists(source + QLatin1Char('c')));
}

} // namespace

ScriptListingRule ScriptListing::ruleFor(const QString &alembicVersion)
{
    const QStringList parts = alembicVersion.split(QLatin1Char('.'));
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.value(0).toInt(&okMajor);
    const int minor = parts.size() > 1 ? parts[1].toInt(&okMinor) : 0;
    if (!okMajor || (parts.size() > 1 && !okMinor)) {
        return ScriptListingRule::RawListdir;
    }
    return (major > 1 || (major == 1 && minor >= 10)) ? ScriptListingRule::SortedWalk
                                                      : ScriptListingRule::RawListdir;
}

ScriptListingRule ScriptListing::ruleOf(const ScriptDirectoryOptions &options)
{
    if (options.rule) {
        return *options.rule;
    }
    return ruleFor(options.alembicVersion);
}

QStringList ScriptListing::rawEntries(const QString &folder)
{
    QStringList names;
    for (const Entry &entry : readEntries(folder)) {
        names.append(entry.name);
    }
    return names;
}

QList<ScriptFile> ScriptListing::list(const ScriptDirectoryOptions &options, QStringList *warnings)
{
    const bool sorted = ruleOf(options) == ScriptListingRule::SortedWalk;
    QList<ScriptFile> files;
    QSet<QString> seen;
    for (const QString &given : options.versionLocations) {
        const QString location = QDir::cleanPath(given); // Alembic takes os.path.abspath()
        if (!QFileInfo::exists(location)) {
            continue;
        }
        const QList<Candidate> candidates
            = sorted ? listSorted(options, location) : listRaw(options, location);
        seen.reserve(seen.size() + candidates.size());
        files.reserve(files.size() + candidates.size());
        for (const Candidate &candidate : candidates) {
            const QString &real = candidate.real;
            if (seen.contains(real)) {
                if (warnings) {
                    // Alembic's wording.
                    warnings->append(QStringLiteral("File %1 loaded twice! ignoring. Please ensure "
                                                    "version_locations is unique.")
                                         .arg(real));
                }
                continue;
            }
            seen.insert(real);
            bool compiled = false;
            if (accepted(candidate, options.sourceless, &compiled)) {
                files.append(ScriptFile {candidate.fullPath, candidate.fileName, compiled});
            }
        }
    }
    return files;
}

} // namespace retort
