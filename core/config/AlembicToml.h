// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace retort {

/// The `[tool.alembic]` table of a pyproject.toml (Alembic 1.16+), read with toml++.
/// String values go through Alembic's `value % toml_args`: `%(here)s` is the pyproject.toml
/// folder and `%%` a literal `%`. Lists of strings are interpolated item by item.
class AlembicToml {
public:
    /// Reads `path`. A file without a `[tool.alembic]` table loads with hasAlembicTable() false;
    /// a broken file is an Error (kind Config) with the line toml++ reports.
    static Result<AlembicToml> load(const QString &path);

    bool hasAlembicTable() const { return m_hasTable; }
    QString filePath() const { return m_filePath; }
    /// The pyproject.toml's absolute folder: the value of `%(here)s`.
    QString here() const { return m_here; }

    bool contains(const QString &key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }
    /// 1-based line of the key's value, 0 when unknown.
    int line(const QString &key) const { return m_lines.value(key); }

    /// A string (interpolated), an integer (as decimal text) or a boolean ("true"/"false");
    /// nullopt when the key is absent; an Error for other types or a bad substitution.
    Result<std::optional<QString>> string(const QString &key) const;
    /// A list of strings (each interpolated); nullopt when absent; an Error for other types.
    Result<std::optional<QStringList>> stringList(const QString &key) const;
    /// A boolean; `fallback` when absent; Alembic's error when the value is not a boolean.
    Result<bool> boolean(const QString &key, bool fallback = false) const;

private:
    Result<QString> interpolate(const QString &key, const QString &text) const;
    Error error(const QString &key, const QString &message) const;

    QString m_filePath;
    QString m_here;
    bool m_hasTable = false;
    QVariantMap m_values;
    QHash<QString, int> m_lines;
};

} // namespace retort
