// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/TokenRange.h"

#include <QString>
#include <QStringList>

namespace retort {

/// A value read statically from a Python expression: the subset revision scripts use.
struct PythonValue {
    enum class Kind {
        NotLiteral, ///< anything that needs Python to evaluate (a call, a name, an f-string field)
        OtherLiteral, ///< a literal that is not None, str or a sequence of str (bytes, a number)
        None,
        String,
        Sequence, ///< a tuple or list whose items are all str literals
    };
    Kind kind = Kind::NotLiteral;
    QString text; ///< Kind::String
    QStringList items; ///< Kind::Sequence
    bool isList = false;
};

/// Evaluates token ranges holding literals: implicitly concatenated strings, None, tuples (with
/// or without parentheses, one-element tuples, trailing commas) and lists of strings.
class LiteralEvaluator {
public:
    explicit LiteralEvaluator(const TokenRange &tokens) : m_tokens(tokens) { }

    /// The value of the expression list in tokens [begin, end).
    PythonValue evaluate(int begin, int end) const;

    /// The string when [begin, end) is exactly a run of str literals (parentheses allowed).
    bool stringValue(int begin, int end, QString *out) const;

private:
    PythonValue single(int begin, int end) const;
    PythonValue stringRun(int begin, int end) const;
    PythonValue sequence(int begin, int end, bool isList) const;

    const TokenRange &m_tokens;
};

} // namespace retort
