// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/RevisionScript.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace retort {

/// Small questions the lint rules ask about extracted operations, answered from
/// ScriptOperation's fields and argument text.
class OperationQueries {
public:
    /// Tables created by create_table in `ops` (lower-cased), so rules about existing tables
    /// can skip them.
    static QSet<QString> createdTables(const QList<ScriptOperation> &ops);
    /// True when `op` works on a table created earlier in the same function.
    static bool onNewTable(const ScriptOperation &op, const QSet<QString> &created);
    /// The table for messages: the literal name, or "<table>" when it is not a literal.
    static QString tableLabel(const ScriptOperation &op);
    /// "table.column" for messages (column "<column>" when unknown).
    static QString columnLabel(const ScriptOperation &op);
    /// The argument text holding the Column of an add_column (inside a batch the table
    /// argument is absent); nullopt when there is none.
    static std::optional<QString> addedColumn(const ScriptOperation &op);
    /// True when an op.execute() before index `before` in `ops` looks like SQL touching `op`'s
    /// table with one of `keywords` (upper case, e.g. "UPDATE"); an unknown table matches any.
    static bool executedBefore(const QList<ScriptOperation> &ops, qsizetype before,
        const ScriptOperation &op, const QList<QLatin1String> &keywords);
    /// The first SQL keyword of a literal op.execute(), upper-cased; empty when not literal.
    static QString sqlVerb(const ScriptOperation &op);
};

} // namespace retort
