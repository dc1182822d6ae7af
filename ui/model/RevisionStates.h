// SPDX-License-Identifier: MIT
#pragma once

#include "model/GraphSnapshot.h"

namespace retort {

/// Marks each revision of a snapshot applied, pending or current from the database's version
/// table, the way Alembic decides what an upgrade still has to run: a revision is applied when a
/// current revision reaches it through down revisions or depends_on.
class RevisionStates {
public:
    /// Sets RevisionEntry::state on every revision of `snapshot`; all Unknown when the database
    /// was not read.
    static void apply(GraphSnapshot &snapshot);
};

} // namespace retort
