// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QStringList>

namespace retort {

/// `retort check`: as `alembic check` (Alembic 1.9+), on any Alembic through SchemaCompare —
/// fails with "Target database is not up to date." unless the database is at head, fails naming
/// each difference when env.py's models differ from the database, else prints
/// "No new upgrade operations detected." The comparison runs on a copy of the database.
/// `retort check --all` is the health check (options.checkAll), which CliApp routes elsewhere.
class CheckCommand {
public:
    static int exec(const Project &project, const CliOptions &options);

    /// One short line per autogenerate difference: "add_column books.subtitle",
    /// "modify_nullable books.title", "add_table tags", ...
    static QStringList describe(const QJsonArray &diffs);
};

} // namespace retort
