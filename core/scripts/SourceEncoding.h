// SPDX-License-Identifier: MIT
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

namespace retort {

/// The encoding Python would read a script in (PEP 263), and a check that the bytes are valid.
class SourceEncoding {
public:
    enum class Kind { Utf8, Latin1 };

    /// Finds a `coding:` declaration on line 1 or 2 (UTF-8 when absent) and validates the bytes.
    /// Errors carry `path` and the line of the first invalid byte or of the declaration.
    static Result<Kind> detect(const QString &path, QByteArrayView content);

    /// The offset of the first byte that is not part of valid UTF-8, or -1 when all are valid.
    static qsizetype firstInvalidUtf8(QByteArrayView content);
};

} // namespace retort
