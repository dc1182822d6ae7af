// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "project/Project.h"

namespace retort {

/// `retort sql TARGET` prints the SQL that takes the database from its current revision(s) to
/// TARGET; `retort sql START:END` the SQL of that range. Whether it is an upgrade or a downgrade
/// follows from the revision graph. The SQL is Alembic's offline script where Alembic can render
/// one; where it cannot (batch mode on SQLite reflects tables) the statements come from a
/// rehearsal on a scratch database (SqlPreview), or — when the database has several current
/// heads, which no range start can name — on a copy of the database (Rehearsal). stderr says
/// which. The database itself is never written.
class SqlCommand {
public:
    static int exec(const Project &project, const CliOptions &options);
};

} // namespace retort
