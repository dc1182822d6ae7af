// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintReporter.h"
#include "scripts/RevisionScript.h"

namespace retort {

/// NAME001: constraints and indexes created without a name, in upgrade() and downgrade():
/// op.create_index / create_unique_constraint / create_foreign_key / create_check_constraint /
/// create_primary_key with None (or no) name, and sa.UniqueConstraint / ForeignKeyConstraint /
/// CheckConstraint objects without name= in create_table. Inline ForeignKey() and
/// Column(unique=True) are not checked.
class NamingRules {
public:
    static void check(const RevisionScript &script, LintReporter &reporter);

private:
    static void checkOperation(
        const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter);
    static void checkCreateTable(
        const RevisionScript &script, const ScriptOperation &op, LintReporter &reporter);
};

} // namespace retort
