// SPDX-License-Identifier: MIT
#include "engine/TemporaryDatabaseCopy.h"

#include "engine/SqliteConnection.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

constexpr int busyTimeoutMs = 2000;

} // namespace

Result<std::unique_ptr<TemporaryDatabaseCopy>> TemporaryDatabaseCopy::create(
    const QString &sourcePath)
{
    std::unique_ptr<TemporaryDatabaseCopy> copy(new TemporaryDatabaseCopy);
    if (!copy->m_dir.isValid()) {
        return makeError(Error::Kind::Io,
            QCoreApplication::translate(
                "TemporaryDatabaseCopy", "Cannot create a temporary folder: %1")
                .arg(copy->m_dir.errorString()));
    }
    const QString name = QFileInfo(sourcePath).fileName();
    copy->m_path = copy->m_dir.filePath(name.isEmpty() ? u"copy.db"_s : name);
    if (!QFileInfo::exists(sourcePath))
        return copy;
    SqliteConnection source(sourcePath, SqliteConnection::Mode::ReadOnly, busyTimeoutMs);
    auto copied = source.open();
    if (copied)
        copied = source.vacuumInto(copy->m_path);
    if (!copied)
        return copied.error();
    return copy;
}

QStringList TemporaryDatabaseCopy::schema() const
{
    if (!QFileInfo::exists(m_path))
        return {};
    SqliteConnection connection(m_path, SqliteConnection::Mode::ReadOnly, busyTimeoutMs);
    return connection.open() ? connection.schema() : QStringList();
}

} // namespace retort
