// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintRule.h"

#include <QString>

namespace retort {

/// One problem the linter found: which rule, how serious (after the project's configuration),
/// a one-line message and where.
struct LintFinding {
    QString ruleId;
    LintSeverity severity = LintSeverity::Warning;
    QString message;
    QString file; ///< absolute path of the script, empty for problems of the whole graph
    int line = 0; ///< 1-based, 0 when the problem has no line

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

} // namespace retort
