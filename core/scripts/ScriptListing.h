// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// Which of Alembic's rules lists the files of the version locations. The order of the files is
/// the order Alembic loads revisions in, which decides the order of heads and of history output.
enum class ScriptListingRule {
    /// Alembic before 1.10 (`Script._list_py_dir` with `os.listdir`): each location's entries in
    /// the file system's raw order (unsorted), never recursive; with `sourceless`, the entries of
    /// `__pycache__` whose stem has no entry in the location, as `__pycache__/<name>`.
    RawListdir,
    /// Alembic 1.10 and later (`os.walk`, added with `recursive_version_locations` in 1.10.0): file
    /// names sorted per folder, sub-folders (not symlinked ones) walked in sorted order when
    /// recursive, folders ending in `__pycache__` skipped, every path resolved with realpath.
    SortedWalk,
};

/// Where and how to look for revision scripts (alembic.ini's version_locations,
/// recursive_version_locations and sourceless).
struct ScriptDirectoryOptions {
    QStringList
        versionLocations; ///< absolute folders in order; missing ones are skipped, as Alembic does
    bool recursive
        = false; ///< recursive_version_locations (ignored by RawListdir, as by Alembic < 1.10)
    bool sourceless = false; ///< also load .pyc/.pyo files without a .py beside them
    std::optional<ScriptListingRule> rule; ///< forces a rule; else chosen from alembicVersion
    QString alembicVersion; ///< e.g. "1.13.1"; empty: RawListdir, Alembic 1.8's rule
    QString pythonVersion; ///< e.g. "3.13.1": decides the docstring rule (PythonDocstring)
    int threads = 0; ///< parser threads; 0 for QThread::idealThreadCount()
    /// Extract upgrade()/downgrade() operations (lint, the workbench); false for commands that
    /// only need the revision graph, which parse faster (ScriptParser::parse).
    bool operations = true;
};

/// One file Alembic would load, in load order.
struct ScriptFile {
    QString path; ///< the path Alembic gives the Script: location + name, or realpath (SortedWalk)
    QString fileName; ///< the name Alembic matched (RawListdir: may be `__pycache__/x.pyc`)
    bool compiled = false; ///< a .pyc or .pyo file
};

/// Lists revision script files by Alembic's rules: `_load_revisions`, `Script._list_py_dir` and
/// the file-name checks of `Script._from_filename` (`.py`; with sourceless also `.pyc`/`.pyo`
/// when no `.py` (or for `.pyo`, no `.pyc`) is beside it; names starting with `__init__` or `.#`
/// skipped). A file reached twice through different locations or links is listed once, with
/// Alembic's warning. File names containing a newline are not listed.
class ScriptListing {
public:
    /// The rule a given Alembic version uses ("1.8.1" → RawListdir, "1.10.0" → SortedWalk).
    static ScriptListingRule ruleFor(const QString &alembicVersion);

    /// The rule `options` select.
    static ScriptListingRule ruleOf(const ScriptDirectoryOptions &options);

    /// The files in load order; Alembic's "loaded twice" warnings go to `warnings`.
    static QList<ScriptFile> list(const ScriptDirectoryOptions &options, QStringList *warnings);

    /// A folder's entry names in the file system's order, as Python's os.listdir gives them.
    static QStringList rawEntries(const QString &folder);
};

} // namespace retort
