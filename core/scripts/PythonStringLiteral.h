// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace retort {

/// The value of one Python string literal token (prefix, quotes and body), decoded as Python
/// would: escapes are processed unless the literal is raw, `\u`/`\U`/`\N` only in str literals.
struct PythonStringLiteral {
    QString value; ///< decoded text (bytes literals: each byte as a Latin-1 character)
    bool isBytes = false; ///< b'' literal
    bool isFormatted = false; ///< f'' literal
    bool hasPlaceholders = false; ///< f'' literal with a `{...}` field: its value needs Python
    bool exact = true; ///< false when an escape could not be decoded (e.g. `\N{...}`)

    /// Decodes `literal`, the exact bytes of a String token. `latin1Source` selects the source
    /// encoding of non-escaped characters (a `# -*- coding: latin-1 -*-` script), else UTF-8.
    static PythonStringLiteral decode(QByteArrayView literal, bool latin1Source = false);
};

} // namespace retort
