// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintReporter.h"
#include "scripts/RevisionScript.h"

namespace retort {

/// DATA001 to DATA004: upgrade() operations that lose data and deserve a review: drop_table,
/// drop_column, a narrowed column type, and a drop_column plus add_column on one table that
/// looks like a rename. downgrade() is not checked: it undoes what upgrade() created.
class DestructiveRules {
public:
    static void check(const RevisionScript &script, LintReporter &reporter);

private:
    static void checkNarrowing(
        const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter);
    static void checkRenames(const RevisionScript &script, LintReporter &reporter);
};

} // namespace retort
