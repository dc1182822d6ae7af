// SPDX-License-Identifier: MIT
#pragma once

#include "lint/LintReporter.h"
#include "scripts/RevisionScript.h"

namespace retort {

/// SQLITE001 and SQLITE002: ALTERs SQLite cannot run outside op.batch_alter_table(), in
/// upgrade() and downgrade(). Only run when the project's database is SQLite.
class SqliteRules {
public:
    static void check(const RevisionScript &script, LintReporter &reporter);

private:
    static void checkOperations(
        const RevisionScript &script, const QList<ScriptOperation> &ops, LintReporter &reporter);
    static bool isRenameOnly(const ScriptOperation &op);
};

} // namespace retort
