// SPDX-License-Identifier: MIT
#include "scripts/PythonLexer.h"

#include <array>
#include <cstring>

namespace retort {

namespace {

// Bytes that may continue an identifier. Bytes >= 0x80 are parts of UTF-8 sequences, which Python
// allows in identifiers; the script is validated as UTF-8 before lexing.
constexpr std::array<bool, 256> makeNameTable()
{
    std::array<bool, 256> table {};
    for (int c = 0; c < 256; ++c) {
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c >= 0x80;
    }
    return table;
}
constexpr std::array<bool, 256> kNameChar = makeNameTable();

// Bytes that end the plain run inside a string literal.
constexpr std::array<bool, 256> makeStringStopTable()
{
    std::array<bool, 256> table {};
    table['\\'] = table['\''] = table['"'] = table['\n'] = table['\r'] = true;
    return table;
}
constexpr std::array<bool, 256> kStringStop = makeStringStopTable();

inline bool isNameChar(char c)
{
    return kNameChar[static_cast<unsigned char>(c)];
}
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isNewlineChar(char c)
{
    return c == '\n' || c == '\r';
}

// r, u, b, f and the two-letter combinations Python accepts, in either case.
bool isStringPrefix(const char *p, int length)
{
    auto lower = [](char c) { return static_cast<char>(c | 0x20); };
    if (length == 1) {
        const char a = lower(p[0]);
        return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    }
    if (length == 2) {
        const char a = lower(p[0]);
        const char b = lower(p[1]);
        return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }
    return false;
}

int operatorLength(const char *p, int available)
{
    const char a = p[0];
    const char b = available > 1 ? p[1] : '\0';
    const char c = available > 2 ? p[2] : '\0';
    const bool doubled = (a == '*' || a == '/' || a == '<' || a == '>') && b == a;
    if ((doubled && c == '=') || (a == '.' && b == '.' && c == '.')) {
        return 3;
    }
    if (b == '=' && std::strchr("+-*/%&|^@=!<>:", a) != nullptr) {
        return 2;
    }
    if (doubled || (a == '-' && b == '>') || (a == '<' && b == '>')) {
        return 2;
    }
    return 1;
}

} // namespace

PythonLexer::PythonLexer(QByteArrayView source, bool keepComments)
    : m_src(source)
    , m_data(source.data())
    , m_size(static_cast<int>(source.size()))
    , m_keepComments(keepComments)
{
    m_indents.append(0);
    // A UTF-8 byte order mark is not part of the source text.
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0) {
        m_pos = 3;
    }
}

PythonToken PythonLexer::make(PythonTokenKind kind, int begin, int line) const
{
    return PythonToken {kind, line, begin, m_pos};
}

PythonToken PythonLexer::fail(const QString &message, int line)
{
    m_errorMessage = message;
    m_errorLine = line;
    m_done = true;
    m_final = PythonToken {PythonTokenKind::Error, line, m_pos, m_pos};
    return m_final;
}

// The offset of the line break ending the line that `pos` is on (or the end of the source).
int PythonLexer::lineEnd(int pos) const
{
    const char *start = m_data + pos;
    const size_t available = size_t(m_size - pos);
    const auto *lf = static_cast<const char *>(std::memchr(start, '\n', available));
    const size_t limit = lf ? size_t(lf - start) : available;
    const auto *cr = static_cast<const char *>(std::memchr(start, '\r', limit));
    return static_cast<int>((cr ? cr : start + limit) - m_data);
}

int PythonLexer::skipNewline(int pos) const
{
    if (m_data[pos] == '\r' && pos + 1 < m_size && m_data[pos + 1] == '\n') {
        return pos + 2;
    }
    return pos + 1;
}

bool PythonLexer::tokenizeAll(std::vector<PythonToken> &out)
{
    out.clear();
    out.reserve(static_cast<size_t>(m_size / 6 + 16));
    for (;;) {
        const PythonToken token = next();
        out.push_back(token);
        if (token.kind == PythonTokenKind::EndOfFile) {
            return true;
        }
        if (token.kind == PythonTokenKind::Error) {
            return false;
        }
    }
}

// The indentation column at m_pos, advancing past it (a tab moves to the next multiple of 8).
int PythonLexer::measureIndent()
{
    int column = 0;
    for (; m_pos < m_size; ++m_pos) {
        const char c = m_data[m_pos];
        if (c == ' ') {
            ++column;
        } else if (c == '\t') {
            column = (column / 8 + 1) * 8;
        } else if (c == '\f') {
            column = 0;
        } else {
            break;
        }
    }
    return column;
}

// Compares a logical line's indentation with the open blocks. Returns true when `out` holds an
// INDENT, the first DEDENT (the others are pending) or an error.
bool PythonLexer::indentToken(int column, PythonToken &out)
{
    if (column == m_indents.back()) {
        return false;
    }
    if (column > m_indents.back()) {
        m_indents.append(column);
        out = make(PythonTokenKind::Indent, m_pos, m_line);
        return true;
    }
    int dedents = 0;
    while (column < m_indents.back()) {
        m_indents.removeLast();
        ++dedents;
    }
    if (column != m_indents.back()) {
        // CPython's wording.
        out = fail(QStringLiteral("unindent does not match any outer indentation level"), m_line);
        return true;
    }
    m_pendingDedents = dedents - 1;
    out = make(PythonTokenKind::Dedent, m_pos, m_line);
    return true;
}

// At the start of a logical line: skips blank and comment-only lines and measures indentation.
// Returns true when `out` holds a token to emit (INDENT, DEDENT, a comment, or the end).
bool PythonLexer::startLogicalLine(PythonToken &out)
{
    for (;;) {
        const int column = measureIndent();
        if (m_pos >= m_size) {
            out = finish();
            return true;
        }
        if (m_data[m_pos] == '#') {
            const int begin = m_pos;
            m_pos = lineEnd(m_pos);
            if (m_keepComments) {
                out = make(PythonTokenKind::Comment, begin, m_line);
                return true;
            }
        } else if (isNewlineChar(m_data[m_pos])) {
            m_pos = skipNewline(m_pos);
            ++m_line;
        } else {
            m_atLineStart = false;
            return indentToken(column, out);
        }
    }
}

PythonToken PythonLexer::next()
{
    if (m_done) {
        return m_final;
    }
    if (m_pendingDedents > 0) {
        --m_pendingDedents;
        return make(PythonTokenKind::Dedent, m_pos, m_line);
    }
    PythonToken token;
    if (m_atLineStart && m_brackets.isEmpty() && startLogicalLine(token)) {
        return token;
    }
    if (skipToToken(token)) {
        return token;
    }
    m_lineHasTokens = true;
    return lexToken(m_pos);
}

// Skips what lies between tokens: spaces, comments, line breaks inside brackets and `\`
// continuations. Returns true when `out` holds a token to emit instead (NEWLINE, a comment,
// an indentation token, the end or an error); false when m_pos is at a token's first byte.
bool PythonLexer::skipToToken(PythonToken &out)
{
    for (;;) {
        while (m_pos < m_size
            && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t' || m_data[m_pos] == '\f')) {
            ++m_pos;
        }
        if (m_pos >= m_size) {
            out = finish();
            return true;
        }
        const int begin = m_pos;
        const char c = m_data[m_pos];
        if (c == '#') {
            m_pos = lineEnd(m_pos);
            if (m_keepComments) {
                out = make(PythonTokenKind::Comment, begin, m_line);
                return true;
            }
        } else if (isNewlineChar(c)) {
            m_pos = skipNewline(m_pos);
            ++m_line;
            if (m_brackets.isEmpty()) {
                m_atLineStart = true;
                if (m_lineHasTokens) {
                    m_lineHasTokens = false;
                    out = PythonToken {PythonTokenKind::Newline, m_line - 1, begin, begin};
                    return true;
                }
                if (startLogicalLine(out)) {
                    return true;
                }
            }
        } else if (c == '\\' && m_pos + 1 < m_size && isNewlineChar(m_data[m_pos + 1])) {
            m_pos = skipNewline(m_pos + 1);
            ++m_line;
        } else {
            return false;
        }
    }
}

PythonToken PythonLexer::lexToken(int begin)
{
    const char c = m_data[begin];
    if (c == '\\') {
        if (begin + 1 >= m_size) {
            return fail(QStringLiteral("unexpected EOF while parsing"), m_line); // CPython
        }
        // CPython's wording.
        return fail(
            QStringLiteral("unexpected character after line continuation character"), m_line);
    }
    if (c == '\0') {
        return fail(QStringLiteral("source code cannot contain null bytes"), m_line); // CPython
    }
    if (c == '"' || c == '\'') {
        return lexString(begin, begin);
    }
    if (isDigit(c) || (c == '.' && begin + 1 < m_size && isDigit(m_data[begin + 1]))) {
        return lexNumber(begin);
    }
    if (isNameChar(c)) {
        return lexName(begin);
    }
    if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}') {
        return lexBracket(begin);
    }
    return lexOperator(begin);
}

PythonToken PythonLexer::lexName(int begin)
{
    while (m_pos < m_size && isNameChar(m_data[m_pos])) {
        ++m_pos;
    }
    if (m_pos < m_size && (m_data[m_pos] == '"' || m_data[m_pos] == '\'')
        && isStringPrefix(m_data + begin, m_pos - begin)) {
        return lexString(begin, m_pos);
    }
    return make(PythonTokenKind::Name, begin, m_line);
}

PythonToken PythonLexer::lexString(int begin, int quotePos)
{
    const char quote = m_data[quotePos];
    const bool triple
        = quotePos + 2 < m_size && m_data[quotePos + 1] == quote && m_data[quotePos + 2] == quote;
    const int startLine = m_line;
    int p = quotePos + (triple ? 3 : 1);
    for (;;) {
        while (p < m_size && !kStringStop[static_cast<unsigned char>(m_data[p])]) {
            ++p;
        }
        if (p >= m_size) {
            m_pos = p;
            return unterminated(triple, startLine);
        }
        const char c = m_data[p];
        if (c == '\\') {
            ++p;
            if (p < m_size && isNewlineChar(m_data[p])) {
                p = skipNewline(p);
                ++m_line;
            } else if (p < m_size) {
                ++p;
            }
        } else if (c == quote) {
            if (!triple) {
                ++p;
                break;
            }
            if (p + 2 < m_size && m_data[p + 1] == quote && m_data[p + 2] == quote) {
                p += 3;
                break;
            }
            ++p;
        } else if (isNewlineChar(c)) {
            if (!triple) {
                m_pos = p;
                return unterminated(false, startLine);
            }
            p = skipNewline(p);
            ++m_line;
        } else {
            ++p;
        }
    }
    m_pos = p;
    return PythonToken {PythonTokenKind::String, startLine, begin, m_pos};
}

PythonToken PythonLexer::unterminated(bool triple, int startLine)
{
    // CPython's wording (3.10 and later).
    if (triple) {
        return fail(
            QStringLiteral("unterminated triple-quoted string literal (detected at line %1)")
                .arg(lastLine()),
            startLine);
    }
    return fail(QStringLiteral("unterminated string literal (detected at line %1)").arg(startLine),
        startLine);
}

PythonToken PythonLexer::lexNumber(int begin)
{
    const bool hex = m_pos + 1 < m_size && m_data[m_pos] == '0'
        && (m_data[m_pos + 1] == 'x' || m_data[m_pos + 1] == 'X');
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (isNameChar(c) || c == '.') {
            ++m_pos;
        } else if ((c == '+' || c == '-') && !hex
            && (m_data[m_pos - 1] == 'e' || m_data[m_pos - 1] == 'E')) {
            ++m_pos;
        } else {
            break;
        }
    }
    return make(PythonTokenKind::Number, begin, m_line);
}

PythonToken PythonLexer::lexOperator(int begin)
{
    m_pos += operatorLength(m_data + m_pos, m_size - m_pos);
    return make(PythonTokenKind::Operator, begin, m_line);
}

PythonToken PythonLexer::lexBracket(int begin)
{
    const char c = m_data[m_pos++];
    if (c == '(' || c == '[' || c == '{') {
        m_brackets.append(OpenBracket {c, m_line});
        return make(PythonTokenKind::OpenBracket, begin, m_line);
    }
    if (m_brackets.isEmpty()) {
        return fail(QStringLiteral("unmatched '%1'").arg(QLatin1Char(c)), m_line); // CPython
    }
    const char open = m_brackets.back().ch;
    const char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (c != expected) {
        const int openLine = m_brackets.back().line;
        // CPython's wording.
        QString message = QStringLiteral("closing parenthesis '%1' does not match opening "
                                         "parenthesis '%2'")
                              .arg(QChar::fromLatin1(c))
                              .arg(QChar::fromLatin1(open));
        if (openLine != m_line) {
            message += QStringLiteral(" on line %1").arg(openLine);
        }
        return fail(message, m_line);
    }
    m_brackets.removeLast();
    return make(PythonTokenKind::CloseBracket, begin, m_line);
}

// The number of the source's last line, as CPython counts it (a final newline opens no line).
int PythonLexer::lastLine() const
{
    const bool endsWithNewline = m_size > 0 && isNewlineChar(m_data[m_size - 1]);
    return endsWithNewline && m_line > 1 ? m_line - 1 : m_line;
}

PythonToken PythonLexer::finish()
{
    if (!m_brackets.isEmpty()) {
        const OpenBracket &open = m_brackets.back(); // CPython names the innermost one
        return fail(QStringLiteral("'%1' was never closed").arg(QLatin1Char(open.ch)), // CPython
            open.line);
    }
    if (m_lineHasTokens) {
        m_lineHasTokens = false;
        m_atLineStart = true;
        return PythonToken {PythonTokenKind::Newline, m_line, m_pos, m_pos};
    }
    if (m_indents.size() > 1) {
        m_pendingDedents = static_cast<int>(m_indents.size()) - 2;
        m_indents.resize(1);
        return make(PythonTokenKind::Dedent, m_pos, m_line);
    }
    m_done = true;
    m_final = PythonToken {PythonTokenKind::EndOfFile, m_line, m_pos, m_pos};
    return m_final;
}

} // namespace retort
