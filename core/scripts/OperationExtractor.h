// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/RevisionScript.h"
#include "scripts/TokenRange.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace retort {

/// A variable bound by `with op.batch_alter_table("t") as name:`.
struct BatchBinding {
    QString variable;
    QString table; ///< empty when the table is not a literal
};

/// Finds the `op.<name>(...)` calls of a statement, and calls on batch variables, and describes
/// them as ScriptOperation. Only outermost calls are recorded: `op.f("ix")` nested in
/// `op.create_index(...)` is an argument, not an operation. The helpers `op.f`,
/// `op.inline_literal`, `op.get_bind` and `op.get_context` (also on batch variables) are never
/// operations.
///
/// Tables and columns come from the arguments where they are literals, by each operation's
/// signature (Alembic's parameter names and positions; inside a batch block the table argument
/// is absent and the batch's table is used):
/// - table: `table_name=` (`source_table=` for create_foreign_key, `old_table_name=` for
///   rename_table) or the positional at that parameter's place;
/// - columns: `sa.Column("c", ...)` objects (add_column, create_table), the `column_name`
///   parameter (drop_column, alter_column), or a list/tuple of strings (`columns` of create_index,
///   create_unique_constraint, create_primary_key; `local_cols` of create_foreign_key).
/// Operations Retort does not know keep their name, line and argument text only. A batch
/// variable is recognised inside its `with` block only (using it after the block is a bug in
/// the script). `line` is the line of the receiver (`op` or the batch variable).
class OperationExtractor {
public:
    explicit OperationExtractor(const TokenRange &tokens) : m_tokens(tokens) { }

    /// Appends the operations called in tokens [begin, end) to `out`.
    void extract(
        int begin, int end, const QList<BatchBinding> &batches, QList<ScriptOperation> *out) const;

    /// The batch variables a `with` statement header in [begin, end) binds.
    QList<BatchBinding> batchBindings(int begin, int end) const;

private:
    struct Argument {
        QByteArrayView keyword; ///< empty for a positional argument
        int begin = 0;
        int end = 0;
    };
    using Arguments = QVarLengthArray<Argument, 8>;
    struct CallSite {
        int nameToken = 0; ///< the method name after `op.`
        int open = 0;
        int close = 0;
    };

    bool isCallOn(int i, int end, const QList<BatchBinding> &batches, int *batchIndex) const;
    Arguments arguments(int open, int close) const;
    ScriptOperation describe(const CallSite &call, const BatchBinding *batch) const;
    void fillSql(ScriptOperation &op, const Arguments &args) const;
    QString columnObjectName(int begin, int end) const;
    void appendColumns(ScriptOperation &op, const Argument &arg, int kind) const;

    const TokenRange &m_tokens;
};

} // namespace retort
