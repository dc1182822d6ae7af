// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintFinding.h"
#include "lint/LintSettings.h"
#include "lint/ScriptSource.h"
#include "scripts/RevisionScript.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace retort {

/// Collects the findings of one lint run: drops findings of rules the settings switch off,
/// applies the configured severities, and reads a script's source (ignore comments, function
/// bodies) at most once, only when a rule needs it.
class LintReporter {
public:
    /// `scripts` gives the order of files in takeFindings().
    LintReporter(const LintSettings &settings, const QList<RevisionScript> &scripts);

    const LintSettings &settings() const { return m_settings; }
    /// True when rule `id` runs; checks skip work for rules that do not.
    bool enabled(const QString &id) const { return m_severities.contains(id); }

    /// Records a finding of rule `id` (an id of LintRule::all()) at `file`:`line`.
    void report(const QString &id, const QString &file, int line, const QString &message);

    /// The source facts of the script at `path`, read on first use.
    const ScriptSource &source(const QString &path);

    /// The findings, minus those an ignore comment silences, ordered by file (graph-wide
    /// findings first, then in script order), line and rule id.
    QList<LintFinding> takeFindings();

private:
    const LintSettings &m_settings;
    QHash<QString, LintSeverity> m_severities; ///< enabled rules only
    QHash<QString, ScriptSource> m_sources; ///< by path
    QHash<QString, int> m_fileOrder; ///< path -> script index
    QList<LintFinding> m_findings;
};

} // namespace retort
