// SPDX-License-Identifier: MIT
#include "lint/LintReporter.h"

#include <algorithm>
#include <climits>

namespace retort {

LintReporter::LintReporter(const LintSettings &settings, const QList<RevisionScript> &scripts)
    : m_settings(settings)
{
    m_fileOrder.reserve(scripts.size());
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        m_fileOrder.insert(scripts[i].path, int(i));
    }
    for (const LintRule &rule : LintRule::all()) {
        if (settings.enabled(rule.id)) {
            m_severities.insert(rule.id, settings.severity(rule));
        }
    }
}

void LintReporter::report(const QString &id, const QString &file, int line, const QString &message)
{
    const auto it = m_severities.constFind(id);
    if (it == m_severities.constEnd()) {
        return;
    }
    m_findings.append(LintFinding {id, *it, message, file, line});
}

const ScriptSource &LintReporter::source(const QString &path)
{
    auto it = m_sources.find(path);
    if (it == m_sources.end()) {
        it = m_sources.insert(path, ScriptSource::read(path));
    }
    return *it;
}

QList<LintFinding> LintReporter::takeFindings()
{
    QList<LintFinding> kept;
    kept.reserve(m_findings.size());
    for (const LintFinding &finding : std::as_const(m_findings)) {
        if (finding.line > 0 && !finding.file.isEmpty() && finding.file.endsWith(u".py")) {
            if (source(finding.file).ignores(finding.line, finding.ruleId)) {
                continue;
            }
        }
        kept.append(finding);
    }
    std::stable_sort(kept.begin(), kept.end(), [&](const LintFinding &a, const LintFinding &b) {
        const int fa = m_fileOrder.value(a.file, a.file.isEmpty() ? -1 : INT_MAX);
        const int fb = m_fileOrder.value(b.file, b.file.isEmpty() ? -1 : INT_MAX);
        if (fa != fb || a.file != b.file) {
            return fa != fb ? fa < fb : a.file < b.file;
        }
        return a.line != b.line ? a.line < b.line : a.ruleId < b.ruleId;
    });
    m_findings.clear();
    return kept;
}

} // namespace retort
