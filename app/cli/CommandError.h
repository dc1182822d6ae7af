// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

namespace retort {

/// alembic.script.base.ScriptDirectory._catch_revision_errors(): how a RevisionMap error becomes
/// the CommandError text the alembic CLI prints after "FAILED: ".
class CommandError {
public:
    /// Rewords `error` (RevisionMap wording) as ScriptDirectory would; `start`/`end` are the
    /// range ends of a walk, used for RangeNotAncestor and MultipleHeads, empty when none.
    static Error fromRevisionError(
        const Error &error, const QString &start = {}, const QString &end = {});
    /// The argument a ResolutionError / MultipleHeads message names.
    static QString argumentOf(const QString &message);
};

} // namespace retort
