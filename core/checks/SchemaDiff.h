// SPDX-License-Identifier: MIT
#pragma once

#include "checks/SchemaSnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort {

/// One way two schemas differ, in words.
struct SchemaDifference {
    enum class Change {
        Extra, ///< in the actual schema only
        Missing, ///< in the expected schema only
        Changed, ///< in both, but not the same
    };
    enum class Object { Table, Column, Index, UniqueConstraint, ForeignKey, View, Trigger };

    Change change = Change::Changed;
    Object object = Object::Table;
    QString name; ///< "table", "table.column", an index name, "table (a, b)" for constraints
    QString text; ///< one sentence: "extra index ix_a on authors (sort_name)"
};

/// Compares two SchemaSnapshots: tables, columns (type, NOT NULL, default, primary key; column
/// order is ignored), indexes (columns, uniqueness, partial WHERE), UNIQUE constraints and
/// foreign keys (by their columns), views and triggers (by their SQL).
class SchemaDiff {
public:
    /// The differences of `actual` from `expected`, tables in name order; empty when equal.
    static QList<SchemaDifference> compare(
        const SchemaSnapshot &expected, const SchemaSnapshot &actual);

    /// The texts of `differences`, one per line.
    static QStringList texts(const QList<SchemaDifference> &differences);
};

} // namespace retort
