// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/PythonToken.h"

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <vector>

namespace retort {

/// A fast tokenizer for Python source, working on the raw UTF-8 bytes without allocating per
/// token. It knows enough of Python's lexical rules to tell statements and blocks apart: all
/// string forms (prefixes r/b/u/f and combinations in any case, single, double and triple quotes),
/// comments, bracket nesting with implicit line joining, `\` continuations, and NEWLINE / INDENT /
/// DEDENT tokens computed as CPython does (tabs advance to the next multiple of 8).
///
/// Errors reproduce CPython's SyntaxError wording (users compare them with Python's own output).
/// The source view must outlive the lexer.
class PythonLexer {
public:
    explicit PythonLexer(QByteArrayView source, bool keepComments = false);

    /// The next token; after EndOfFile or Error it keeps returning that token.
    PythonToken next();

    /// Tokenizes everything into `out` (cleared first). Returns false on a lexing error.
    bool tokenizeAll(std::vector<PythonToken> &out);

    QByteArrayView text(const PythonToken &token) const
    {
        return m_src.sliced(token.begin, token.size());
    }
    QString errorMessage() const { return m_errorMessage; }
    int errorLine() const { return m_errorLine; }

private:
    struct OpenBracket {
        char ch;
        int line;
    };

    PythonToken make(PythonTokenKind kind, int begin, int line) const;
    PythonToken fail(const QString &message, int line);
    int measureIndent();
    bool indentToken(int column, PythonToken &out);
    bool startLogicalLine(PythonToken &out);
    bool skipToToken(PythonToken &out);
    PythonToken lexToken(int begin);
    PythonToken unterminated(bool triple, int startLine);
    PythonToken lexName(int begin);
    PythonToken lexString(int begin, int quotePos);
    PythonToken lexNumber(int begin);
    PythonToken lexOperator(int begin);
    PythonToken lexBracket(int begin);
    PythonToken finish();
    int skipNewline(int pos) const;
    int lineEnd(int pos) const;
    int lastLine() const;

    QByteArrayView m_src;
    const char *m_data;
    int m_size;
    int m_pos = 0;
    int m_line = 1;
    bool m_keepComments;
    bool m_atLineStart = true;
    bool m_lineHasTokens = false;
    int m_pendingDedents = 0;
    bool m_done = false;
    PythonToken m_final;
    QVarLengthArray<int, 16> m_indents;
    QVarLengthArray<OpenBracket, 16> m_brackets;
    QString m_errorMessage;
    int m_errorLine = 0;
};

} // namespace retort
