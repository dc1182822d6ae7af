// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliOptions.h"
#include "project/Project.h"

namespace retort {

/// `retort revision` (-m, --autogenerate, --head, --splice, --branch-label, --depends-on,
/// --version-path, --rev-id) and `retort merge REV...` (-m, --branch-label, --rev-id) through
/// the project's own Alembic (RevisionAuthor), so env.py, script.py.mako and post-write hooks
/// apply and the output is Alembic's ("Generating ... done"). The database is never written;
/// autogenerate compares with a copy. --json prints the written scripts.
class AuthorCommand {
public:
    static int exec(const Project &project, const CliOptions &options);
};

} // namespace retort
