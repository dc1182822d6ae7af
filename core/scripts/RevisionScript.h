// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace retort {

/// One operation call found statically in upgrade() or downgrade(): `op.add_column(...)` or a call
/// on the variable bound by `with op.batch_alter_table(...) as batch_op:`.
struct ScriptOperation {
    QString name; ///< e.g. "add_column", "execute", "batch_alter_table"
    QString
        table; ///< the table when given as a literal (in a batch: the batch's table), else empty
    QStringList columns; ///< column names given as literals (sa.Column('x', ...), 'x')
    QString batchTable; ///< for calls inside a batch block: the batch's table, else empty
    bool inBatch = false; ///< true when called on the batch_alter_table variable
    QString arguments; ///< the call's argument text, whitespace-folded, for display and lint;
                       ///< for `execute` with a literal SQL string: that SQL, decoded
    bool literalSql = false; ///< `arguments` holds the decoded SQL literal of an `execute`
    int line = 0; ///< 1-based line of the call
};

/// A revision script as read statically (no Python runs). When `error` is set the script could
/// not be read and the other fields hold whatever was recovered before the failure.
struct RevisionScript {
    QString path; ///< absolute path of the .py (or .pyc when sourceless)
    QString fileName; ///< path's file name, as Alembic shows it in verbose output

    QString revision; ///< `revision = ...`
    QStringList downRevisions; ///< `down_revision`: empty for None, one entry or several (merge)
    bool downRevisionIsTuple = false; ///< written as a tuple/list (even of one element)
    QStringList branchLabels; ///< `branch_labels`: None, a string, or a tuple/list of strings
    QStringList dependsOn; ///< `depends_on`: None, a string, or a tuple/list of strings

    int revisionLine = 0; ///< 1-based line of the `revision` assignment
    int downRevisionLine = 0; ///< 1-based line of the `down_revision` assignment

    QString docstring; ///< the module docstring, stripped as Python's __doc__.strip()
    QString createDate; ///< the docstring's "Create Date: ..." value, else empty

    QList<ScriptOperation> upgradeOps;
    QList<ScriptOperation> downgradeOps;
    int upgradeLine = 0; ///< line of `def upgrade`, 0 when absent
    int downgradeLine = 0; ///< line of `def downgrade`, 0 when absent

    std::optional<Error> error;

    /// Alembic's Script.doc: the docstring's first paragraph (text up to the first blank line).
    QString message() const
    {
        const qsizetype cut = docstring.indexOf(QLatin1String("\n\n"));
        return cut < 0 ? docstring : docstring.left(cut);
    }
};

} // namespace retort
