// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintReporter.h"
#include "scripts/RevisionScript.h"

namespace retort {

/// REV001 to REV003: whether a revision can be applied and undone: downgrade() missing, empty
/// or only raising while upgrade() does something; upgrade() empty (merge revisions exempt);
/// op.execute() in upgrade() with no execute in downgrade(). The source is read only when the
/// extracted operations cannot answer (a function without `op.` calls).
class RevisionRules {
public:
    static void check(const RevisionScript &script, LintReporter &reporter);

private:
    static void checkDowngrade(const RevisionScript &script, LintReporter &reporter);
    static void checkUpgrade(const RevisionScript &script, LintReporter &reporter);
    static void checkExecute(const RevisionScript &script, LintReporter &reporter);
    static bool needsUndo(const ScriptOperation &op);
};

} // namespace retort
