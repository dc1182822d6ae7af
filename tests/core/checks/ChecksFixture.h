// SPDX-License-Identifier: MIT
#pragma once

// Shared by the health-check tests: copies of the example projects, edits of their revision
// scripts, and a checksum of a file.

#include "TestTree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace checksfixture {

/// The interpreter with alembic, sqlalchemy and sqlmodel: $RETORT_TEST_PYTHON, else the CMake
/// cache variable of the same name (default /usr/bin/python3).
inline QString testPython()
{
    return qEnvironmentVariable("RETORT_TEST_PYTHON", QStringLiteral(RETORT_TEST_PYTHON));
}

using retort::test::copyExample;

/// Replaces `before` (which must occur exactly once) by `after` in a file of the project.
inline bool editFile(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    if (text.count(before) != 1)
        return false;
    text.replace(before, after);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) > 0;
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace checksfixture
