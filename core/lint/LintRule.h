// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace retort {

/// How serious a lint finding is. `retort lint` fails (exit 1) on errors, and on warnings too
/// with --strict.
enum class LintSeverity {
    Info,
    Warning,
    Error,
};

/// "error", "warning" or "info": the spelling used in configuration, JSON and annotations.
QString lintSeverityName(LintSeverity severity);
/// The severity spelled `name` (case-insensitive), or nullopt.
std::optional<LintSeverity> lintSeverityFromName(const QString &name);

/// What one lint rule checks, for documentation, `retort lint --list-rules` and the UI.
struct LintRule {
    QString id; ///< stable identifier, e.g. "SQLITE001"; never reused for another check
    LintSeverity severity = LintSeverity::Warning; ///< default severity, configurable per project
    QString title; ///< one line: what is wrong
    QString explanation; ///< why it matters and the safe pattern to use instead

    /// Every rule Retort knows, ordered by id family (SQLite, data, revision, naming, graph).
    static const QList<LintRule> &all();
    /// The rule with this id (case-sensitive), or nullptr.
    static const LintRule *find(const QString &id);
};

} // namespace retort
