// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace retort::test {

/// Copies the tree under `from` into `to` (made as needed) for a test to work on: every file
/// except Python's `__pycache__`, hidden ones and empty folders too when `hidden`. Each copy is
/// writable by its owner, so a source installed read-only stays editable in the copy. False
/// when anything could not be copied.
inline bool copyTree(const QString &from, const QString &to, bool hidden = false)
{
    const QDir source(from);
    QDir::Filters filters = QDir::Files | QDir::NoDotAndDotDot;
    if (hidden)
        filters |= QDir::Dirs | QDir::Hidden;
    if (!source.exists() || !QDir().mkpath(to))
        return false;
    QDirIterator it(source.path(), filters, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(QLatin1String("/__pycache__")))
            continue;
        const QString target = QDir(to).filePath(source.relativeFilePath(file));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

/// Copies examples/<name> into `target`.
inline bool copyExample(const QString &name, const QString &target)
{
    return copyTree(QStringLiteral(RETORT_EXAMPLES_DIR "/") + name, target);
}

} // namespace retort::test
