// SPDX-License-Identifier: MIT
#pragma once

#include "graph/Revision.h"
#include "scripts/RevisionScript.h"

#include <QString>
#include <QStringList>

namespace retort {

/// Alembic's text for one revision (alembic.script.base.Script): cmd_format(), _head_only() and
/// log_entry, byte for byte, so `retort` output diffs cleanly against the alembic CLI.
class RevisionFormat {
public:
    /// The switches of Script._head_only / cmd_format.
    struct Options {
        bool verbose = false;
        bool includeBranches = false;
        bool includeDoc = false;
        bool includeParents = false;
        bool treeIndicators = true;
        bool current = false; ///< Script._db_current_indicator
    };

    RevisionFormat(const Revision &revision, const RevisionScript &script);

    /// Script.cmd_format(): log_entry when verbose, else _head_only().
    QString cmdFormat(const Options &options) const;
    /// Script._head_only() with head_indicators left at its default (true).
    QString headOnly(const Options &options) const;
    /// Script.log_entry (ends with a blank line, as Alembic's does).
    QString logEntry(bool current = false) const;
    /// Script._format_down_revision(): "<base>" or the down revisions joined by ", ".
    QString downRevisionText() const;

    /// Python's str.splitlines() on `text`.
    static QStringList splitLines(const QString &text);

private:
    const Revision &m_revision;
    const RevisionScript &m_script;
};

} // namespace retort
