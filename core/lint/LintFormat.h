// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintFinding.h"

#include <QList>
#include <QString>

namespace retort {

/// The text forms of lint findings. Paths are shown relative to `baseDir` when inside it
/// (absolute otherwise); findings without a file (graph-wide problems) have no location.
class LintFormat {
public:
    /// One line per finding: `path:line: SEVERITY ID message` (SEVERITY upper-case).
    static QString plain(const QList<LintFinding> &findings, const QString &baseDir);
    /// A JSON array of {"rule", "severity", "file", "line", "message"}, indented, with a
    /// trailing newline.
    static QString json(const QList<LintFinding> &findings, const QString &baseDir);
    /// GitHub Actions workflow commands: `::error file=path,line=N,title=ID::message`
    /// (info findings become `::notice`).
    static QString github(const QList<LintFinding> &findings, const QString &baseDir);

    /// `path` relative to `baseDir` with '/' separators when inside it, else unchanged.
    static QString displayPath(const QString &path, const QString &baseDir);
};

} // namespace retort
