// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintReporter.h"
#include "scripts/RevisionScript.h"

#include <QSet>

namespace retort {

/// NULL001, NULL002 and UNIQ001: changes to existing tables in upgrade() that fail on the rows
/// already there (NOT NULL without a value, UNIQUE over duplicates). Tables created earlier in
/// the same upgrade() are empty and exempt.
class DataSafetyRules {
public:
    static void check(const RevisionScript &script, LintReporter &reporter);

private:
    static void checkAddColumn(
        const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter);
    static void checkNotNull(const RevisionScript &script, qsizetype index, LintReporter &reporter);
    static void checkUnique(const RevisionScript &script, qsizetype index, LintReporter &reporter);
};

} // namespace retort
