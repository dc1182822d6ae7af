// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace retort {

/// The one place where an SQL identifier (table or column name) becomes SQL text. Values never
/// go through here: they are bound.
class SqlIdentifier {
public:
    /// `name` as an SQLite quoted identifier: wrapped in double quotes, embedded quotes doubled.
    static QString quote(const QString &name);
};

} // namespace retort
