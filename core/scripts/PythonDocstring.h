// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace retort {

/// How the Python that runs Alembic turns a module's docstring literal into `__doc__`.
enum class DocstringRule {
    Verbatim, ///< Python up to 3.12: `__doc__` is the literal's value
    CleanDoc, ///< Python 3.13 and later: the compiler removes the common indentation of the lines
              ///< after the first (tabs expanded), and the first line's leading spaces
};

/// Python's docstring handling, as far as Alembic's `Script.longdoc` shows it.
class PythonDocstring {
public:
    /// The rule of a Python version such as "3.13.1"; Verbatim when empty or unparsable.
    static DocstringRule ruleFor(const QString &pythonVersion);

    /// `__doc__` for the literal value `text` under `rule`.
    static QString moduleDoc(const QString &text, DocstringRule rule);

    /// Python's str.strip(): removes the characters str.isspace() accepts from both ends.
    static QString strip(const QString &text);

    /// The value after "Create Date:" on the first line that starts with it, else empty.
    static QString createDate(const QString &docstring);
};

} // namespace retort
