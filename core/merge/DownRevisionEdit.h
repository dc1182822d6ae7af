// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace retort {

/// Rewrites the parent named in a revision script's `down_revision` assignment, on its one line
/// and nowhere else, in either header form Alembic's templates write:
///
///     down_revision = 'ae1027a6acf'
///     down_revision: Union[str, None] = "ae1027a6acf"
///
/// The literal keeps its quotes; every other byte of the file (line endings, encoding, the
/// docstring) is kept as it is.
class DownRevisionEdit {
public:
    /// `text` with the string literal `oldId` on 1-based `line` replaced by `newId`. Fails when
    /// that line is not a `down_revision` assignment holding the literal exactly once.
    static Result<QByteArray> rewrite(
        const QByteArray &text, int line, const QString &oldId, const QString &newId);
};

} // namespace retort
