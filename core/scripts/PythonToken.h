// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace retort {

/// The kinds of token PythonLexer produces. Operators other than brackets share one kind; the
/// parser looks at their bytes.
enum class PythonTokenKind : quint8 {
    Name, ///< identifier or keyword
    Number, ///< any numeric literal
    String, ///< one string literal including prefix and quotes (not yet concatenated)
    Operator, ///< punctuation other than brackets: `=`, `.`, `,`, `:`, `+=`, `->`, ...
    OpenBracket, ///< `(`, `[` or `{`
    CloseBracket, ///< `)`, `]` or `}`
    Comment, ///< `# ...` up to the end of the line (only when comments are kept)
    Newline, ///< end of a logical line (never emitted inside brackets or for blank lines)
    Indent, ///< the next logical line is indented deeper than the enclosing block
    Dedent, ///< one block closed
    EndOfFile,
    Error, ///< lexing stopped; PythonLexer::error() says why
};

/// One token: its kind, the 1-based line it starts on and its byte range in the source.
struct PythonToken {
    PythonTokenKind kind = PythonTokenKind::EndOfFile;
    int line = 0;
    int begin = 0; ///< byte offset of the first byte
    int end = 0; ///< byte offset one past the last byte

    int size() const { return end - begin; }
};

} // namespace retort
