// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace retort {

/// A consistent copy of a SQLite database (`VACUUM INTO`) in a private temporary folder, deleted
/// with the object. When the source does not exist the copy's path is free, so a run can create
/// the database there.
class TemporaryDatabaseCopy {
public:
    static Result<std::unique_ptr<TemporaryDatabaseCopy>> create(const QString &sourcePath);

    QString path() const { return m_path; }

    /// The copy's schema as SqliteConnection::schema() gives it; empty when there is no file.
    QStringList schema() const;

private:
    TemporaryDatabaseCopy() = default;

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace retort
