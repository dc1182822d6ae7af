// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/PythonDocstring.h"
#include "scripts/RevisionScript.h"
#include "scripts/ScriptCache.h"
#include "scripts/ScriptListing.h"

#include <QList>
#include <QStringList>

namespace retort {

/// The revision scripts of a project, in Alembic's load order.
struct ScriptScan {
    QList<RevisionScript> scripts; ///< one per listed file, errors included (never skipped)
    QStringList warnings; ///< Alembic's warnings (a file loaded twice)
};

/// Lists the revision scripts of the version locations by Alembic's rules (ScriptListing) and
/// reads them statically with ScriptParser, on several threads; the result keeps load order.
/// Sourceless files (.pyc/.pyo) are listed like Alembic does but cannot be read natively: each
/// gives a RevisionScript whose error (kind Unsupported, line 0) says so.
class ScriptDirectory {
public:
    /// Lists and reads every script. Blocking: call it off the UI thread. With a cache, unchanged
    /// files are not read again (ScriptCache explains why that is never stale).
    static ScriptScan scan(const ScriptDirectoryOptions &options, ScriptCache *cache = nullptr);

    /// Reads one listed file; with `operations` false, without its operations.
    static RevisionScript load(const ScriptFile &file,
        DocstringRule docstringRule = DocstringRule::Verbatim, ScriptCache *cache = nullptr,
        bool operations = true);
};

} // namespace retort
