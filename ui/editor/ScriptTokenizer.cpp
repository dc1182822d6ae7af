// SPDX-License-Identifier: MIT
#include "editor/ScriptTokenizer.h"

#include <Qsci/qsciscintillabase.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace retort {

namespace {

using namespace std::string_view_literals;

constexpr std::array pythonKeywords {"False"sv, "None"sv, "True"sv, "and"sv, "as"sv, "assert"sv,
    "async"sv, "await"sv, "break"sv, "class"sv, "continue"sv, "def"sv, "del"sv, "elif"sv, "else"sv,
    "except"sv, "finally"sv, "for"sv, "from"sv, "global"sv, "if"sv, "import"sv, "in"sv, "is"sv,
    "lambda"sv, "nonlocal"sv, "not"sv, "or"sv, "pass"sv, "raise"sv, "return"sv, "try"sv, "while"sv,
    "with"sv, "yield"sv};

constexpr std::array pythonBuiltins {"self"sv, "cls"sv, "print"sv, "len"sv, "range"sv, "str"sv,
    "int"sv, "float"sv, "bool"sv, "bytes"sv, "list"sv, "dict"sv, "set"sv, "tuple"sv, "isinstance"sv,
    "super"sv, "open"sv, "enumerate"sv, "zip"sv, "map"sv, "filter"sv, "sorted"sv, "reversed"sv,
    "any"sv, "all"sv, "min"sv, "max"sv, "sum"sv, "abs"sv, "getattr"sv, "setattr"sv, "hasattr"sv,
    "type"sv, "object"sv, "repr"sv, "iter"sv, "next"sv, "format"sv, "round"sv, "property"sv,
    "staticmethod"sv, "classmethod"sv, "Exception"sv, "ValueError"sv, "TypeError"sv, "KeyError"sv,
    "RuntimeError"sv, "NotImplementedError"sv};

// Upper case; SQL is matched case-insensitively. SQLite's keywords plus the common type names.
constexpr std::array sqlKeywords {"ABORT"sv, "ACTION"sv, "ADD"sv, "AFTER"sv, "ALL"sv, "ALTER"sv,
    "ANALYZE"sv, "AND"sv, "AS"sv, "ASC"sv, "ATTACH"sv, "AUTOINCREMENT"sv, "BEFORE"sv, "BEGIN"sv,
    "BETWEEN"sv, "BIGINT"sv, "BLOB"sv, "BOOLEAN"sv, "BY"sv, "CASCADE"sv, "CASE"sv, "CAST"sv,
    "CHAR"sv, "CHECK"sv, "COLLATE"sv, "COLUMN"sv, "COMMIT"sv, "CONFLICT"sv, "CONSTRAINT"sv,
    "CREATE"sv, "CROSS"sv, "CURRENT_DATE"sv, "CURRENT_TIME"sv, "CURRENT_TIMESTAMP"sv, "DATE"sv,
    "DATETIME"sv, "DECIMAL"sv, "DEFAULT"sv, "DEFERRABLE"sv, "DEFERRED"sv, "DELETE"sv, "DESC"sv,
    "DISTINCT"sv, "DO"sv, "DROP"sv, "EACH"sv, "ELSE"sv, "END"sv, "ESCAPE"sv, "EXCEPT"sv, "EXISTS"sv,
    "EXPLAIN"sv, "FALSE"sv, "FLOAT"sv, "FOR"sv, "FOREIGN"sv, "FROM"sv, "FULL"sv, "GLOB"sv,
    "GROUP"sv, "HAVING"sv, "IF"sv, "IGNORE"sv, "IMMEDIATE"sv, "IN"sv, "INDEX"sv, "INNER"sv,
    "INSERT"sv, "INSTEAD"sv, "INT"sv, "INTEGER"sv, "INTERSECT"sv, "INTO"sv, "IS"sv, "ISNULL"sv,
    "JOIN"sv, "KEY"sv, "LEFT"sv, "LIKE"sv, "LIMIT"sv, "MATCH"sv, "NATURAL"sv, "NO"sv, "NOT"sv,
    "NOTHING"sv, "NOTNULL"sv, "NULL"sv, "NUMERIC"sv, "OF"sv, "OFFSET"sv, "ON"sv, "OR"sv, "ORDER"sv,
    "OUTER"sv, "OVER"sv, "PARTITION"sv, "PRAGMA"sv, "PRIMARY"sv, "REAL"sv, "RECURSIVE"sv,
    "REFERENCES"sv, "REINDEX"sv, "RELEASE"sv, "RENAME"sv, "REPLACE"sv, "RESTRICT"sv, "RETURNING"sv,
    "RIGHT"sv, "ROLLBACK"sv, "ROW"sv, "ROWID"sv, "SAVEPOINT"sv, "SELECT"sv, "SET"sv, "SMALLINT"sv,
    "STRICT"sv, "TABLE"sv, "TEMP"sv, "TEMPORARY"sv, "TEXT"sv, "THEN"sv, "TIMESTAMP"sv, "TO"sv,
    "TRANSACTION"sv, "TRIGGER"sv, "TRUE"sv, "UNION"sv, "UNIQUE"sv, "UPDATE"sv, "USING"sv,
    "VACUUM"sv, "VALUES"sv, "VARCHAR"sv, "VIEW"sv, "VIRTUAL"sv, "WHEN"sv, "WHERE"sv, "WINDOW"sv,
    "WITH"sv, "WITHOUT"sv};

// The callables whose first string argument is SQL.
constexpr std::array sqlCallees {"execute"sv, "exec_driver_sql"sv, "text"sv};

template<size_t N>
bool contains(const std::array<std::string_view, N> &words, std::string_view word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool isSqlKeyword(std::string_view word)
{
    if (word.size() > 20)
        return false;
    std::array<char, 20> upper {};
    for (size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        upper[i] = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    return contains(sqlKeywords, std::string_view(upper.data(), word.size()));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIdentStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || isDigit(c);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

bool isStringPrefix(std::string_view word)
{
    if (word.empty() || word.size() > 2)
        return false;
    return std::all_of(word.begin(), word.end(),
        [](char c) { return std::string_view("rRbBuUfF").find(c) != std::string_view::npos; });
}

/// One pass over the source; see ScriptTokenizer::tokenize.
class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text.data(), size_t(text.size())), m_size(int(text.size()))
    { }

    ScriptTokenizer::Result run();

private:
    // What the previous significant token was, to recognise `execute("…")`.
    enum class Last { Other, SqlCallee, SqlCallOpen, SqlString };

    char at(int i) const { return i < m_size ? m_text[size_t(i)] : '\0'; }
    std::string_view slice(int begin, int end) const
    {
        return m_text.substr(size_t(begin), size_t(end - begin));
    }
    void addSpan(int begin, int end, ScriptStyle style)
    {
        if (end > begin)
            m_result.spans.push_back({begin, end - begin, style});
    }
    int lineEnd(int i) const
    {
        while (i < m_size && at(i) != '\n' && at(i) != '\r')
            ++i;
        return i;
    }

    int scanWhitespace(int i);
    int scanWord(int i);
    int scanString(int begin, int quotePos);
    int scanNumber(int i) const;
    int scanDecorator(int i);
    void scanSql(int begin, int end);
    int scanSqlToken(int i, int end);

    std::string_view m_text;
    int m_size;
    ScriptTokenizer::Result m_result;
    Last m_last = Last::Other;
    bool m_lineHasCode = false;
    ScriptStyle m_pendingName = ScriptStyle::Default; // set after `def` / `class`
};

ScriptTokenizer::Result Scanner::run()
{
    int i = 0;
    while (i < m_size) {
        const char c = at(i);
        if (isSpace(c)) {
            i = scanWhitespace(i);
        } else if (c == '#') {
            const int end = lineEnd(i);
            addSpan(i, end, ScriptStyle::Comment);
            i = end;
        } else if (isIdentStart(c)) {
            i = scanWord(i);
        } else if (c == '"' || c == '\'') {
            i = scanString(i, i);
        } else if (isDigit(c) || (c == '.' && isDigit(at(i + 1)))) {
            const int end = scanNumber(i);
            addSpan(i, end, ScriptStyle::Number);
            m_last = Last::Other;
            i = end;
        } else if (c == '@' && !m_lineHasCode) {
            i = scanDecorator(i);
        } else {
            addSpan(i, i + 1, c == '\\' ? ScriptStyle::Default : ScriptStyle::Operator);
            m_last = (c == '(' && m_last == Last::SqlCallee) ? Last::SqlCallOpen : Last::Other;
            ++i;
        }
        if (!isSpace(c))
            m_lineHasCode = true;
    }
    return std::move(m_result);
}

int Scanner::scanWhitespace(int i)
{
    const int begin = i;
    while (i < m_size && isSpace(at(i))) {
        if (at(i) == '\n' || at(i) == '\r')
            m_lineHasCode = false;
        ++i;
    }
    addSpan(begin, i, ScriptStyle::Default);
    return i;
}

int Scanner::scanWord(int i)
{
    const int begin = i;
    while (i < m_size && isIdentChar(at(i)))
        ++i;
    const std::string_view word = slice(begin, i);
    if ((at(i) == '"' || at(i) == '\'') && isStringPrefix(word))
        return scanString(begin, i);

    ScriptStyle style = ScriptStyle::Default;
    if (m_pendingName != ScriptStyle::Default) {
        style = m_pendingName;
        m_pendingName = ScriptStyle::Default;
    } else if (contains(pythonKeywords, word)) {
        style = ScriptStyle::Keyword;
        if (word == "def"sv)
            m_pendingName = ScriptStyle::FunctionName;
        else if (word == "class"sv)
            m_pendingName = ScriptStyle::ClassName;
    } else if (contains(pythonBuiltins, word)) {
        style = ScriptStyle::Builtin;
    }
    addSpan(begin, i, style);
    m_last = contains(sqlCallees, word) ? Last::SqlCallee : Last::Other;
    return i;
}

int Scanner::scanString(int begin, int quotePos)
{
    const char quote = at(quotePos);
    const bool triple = at(quotePos + 1) == quote && at(quotePos + 2) == quote;
    const int quoteLength = triple ? 3 : 1;
    const int contentBegin = quotePos + quoteLength;
    int i = contentBegin;
    int contentEnd = -1;
    bool multiLine = false;
    while (i < m_size) {
        const char c = at(i);
        if (c == '\\') {
            multiLine = multiLine || at(i + 1) == '\n' || at(i + 1) == '\r';
            i += 2;
        } else if (c == quote && (!triple || (at(i + 1) == quote && at(i + 2) == quote))) {
            contentEnd = i;
            i += quoteLength;
            break;
        } else if ((c == '\n' || c == '\r') && !triple) {
            break; // unterminated: the string stops at the end of its line
        } else {
            multiLine = multiLine || c == '\n' || c == '\r';
            ++i;
        }
    }
    i = std::min(i, m_size);
    if (contentEnd < 0)
        contentEnd = i;
    if (multiLine)
        m_result.multiLineStrings.emplace_back(begin, i);

    const bool sql = m_last == Last::SqlCallOpen || m_last == Last::SqlString;
    if (sql) {
        addSpan(begin, contentBegin, ScriptStyle::String);
        scanSql(contentBegin, contentEnd);
        addSpan(contentEnd, i, ScriptStyle::String);
        m_last = Last::SqlString;
    } else {
        addSpan(begin, i, triple ? ScriptStyle::TripleString : ScriptStyle::String);
        m_last = Last::Other;
    }
    return i;
}

int Scanner::scanNumber(int i) const
{
    const bool hex = at(i) == '0' && (at(i + 1) == 'x' || at(i + 1) == 'X');
    while (i < m_size) {
        const char c = at(i);
        const bool exponentSign
            = !hex && (c == '+' || c == '-') && i > 0 && (at(i - 1) == 'e' || at(i - 1) == 'E');
        if (!(isIdentChar(c) || c == '.' || exponentSign))
            break;
        ++i;
    }
    return i;
}

int Scanner::scanDecorator(int i)
{
    const int begin = i++;
    while (i < m_size && (isIdentChar(at(i)) || at(i) == '.'))
        ++i;
    addSpan(begin, i, ScriptStyle::Decorator);
    m_last = Last::Other;
    return i;
}

void Scanner::scanSql(int begin, int end)
{
    int i = begin;
    while (i < end)
        i = scanSqlToken(i, end);
}

int Scanner::scanSqlToken(int i, int end)
{
    const int begin = i;
    const char c = at(i);
    auto until = [&](auto stop) {
        while (i < end && !stop(i))
            ++i;
        return std::min(i, end);
    };
    ScriptStyle style = ScriptStyle::SqlOperator;
    if (isSpace(c)) {
        i = until([&](int k) { return !isSpace(at(k)); });
        style = ScriptStyle::SqlDefault;
    } else if (c == '-' && at(i + 1) == '-') {
        i = until([&](int k) { return at(k) == '\n' || at(k) == '\r'; });
        style = ScriptStyle::SqlComment;
    } else if (c == '/' && at(i + 1) == '*') {
        i += 2;
        i = until([&](int k) { return at(k) == '*' && at(k + 1) == '/'; });
        i = std::min(i + 2, end);
        style = ScriptStyle::SqlComment;
    } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        const char close = c == '[' ? ']' : c;
        ++i;
        while (i < end) {
            if (at(i) == '\\') {
                i += 2;
            } else if (at(i) == close && at(i + 1) == close && close != ']') {
                i += 2; // a doubled quote stays inside
            } else if (at(i++) == close) {
                break;
            }
        }
        i = std::min(i, end);
        style = c == '\'' ? ScriptStyle::SqlString : ScriptStyle::SqlIdentifier;
    } else if ((c == ':' && isIdentStart(at(i + 1))) || c == '?') {
        ++i;
        i = until([&](int k) { return !isIdentChar(at(k)); });
        style = ScriptStyle::SqlParameter;
    } else if (isDigit(c)) {
        i = std::min(scanNumber(i), end);
        style = ScriptStyle::SqlNumber;
    } else if (isIdentStart(c)) {
        i = until([&](int k) { return !isIdentChar(at(k)); });
        style
            = isSqlKeyword(slice(begin, i)) ? ScriptStyle::SqlKeyword : ScriptStyle::SqlIdentifier;
    } else if (c == '\\') {
        i = std::min(i + 2, end); // a Python escape such as \n
        style = ScriptStyle::SqlDefault;
    } else {
        ++i;
    }
    addSpan(begin, i, style);
    return i;
}

int indentColumns(QByteArrayView line)
{
    int column = 0;
    for (const char c : line) {
        if (c == ' ')
            ++column;
        else if (c == '\t')
            column = (column / 8 + 1) * 8;
        else
            break;
    }
    return column;
}

} // namespace

ScriptTokenizer::Result ScriptTokenizer::tokenize(QByteArrayView utf8)
{
    return Scanner(utf8).run();
}

std::vector<int> ScriptTokenizer::foldLevels(QByteArrayView utf8, const Result &tokens)
{
    constexpr int base = QsciScintillaBase::SC_FOLDLEVELBASE;
    constexpr int maxLevel = QsciScintillaBase::SC_FOLDLEVELNUMBERMASK;
    constexpr int unknown = -1;
    std::vector<int> levels;
    std::vector<bool> blank;
    auto string = tokens.multiLineStrings.begin();
    std::vector<int> lineStarts;
    const int size = int(utf8.size());
    for (int start = 0; start <= size;) {
        int end = start;
        while (end < size && utf8[end] != '\n' && utf8[end] != '\r')
            ++end;
        lineStarts.push_back(start);
        while (string != tokens.multiLineStrings.end() && string->second <= start)
            ++string;
        const bool inString = string != tokens.multiLineStrings.end() && string->first < start;
        const QByteArrayView line = utf8.sliced(start, end - start);
        const int indent = indentColumns(line);
        const bool empty = indent == line.size() || line.at(indent) == '#';
        if (inString) {
            // Fold under the line where the string starts.
            const auto owner
                = std::upper_bound(lineStarts.begin(), lineStarts.end(), string->first);
            const int ownerLine = int(owner - lineStarts.begin()) - 1;
            levels.push_back(std::min((levels[size_t(ownerLine)] & maxLevel) + 1, maxLevel));
            blank.push_back(false);
        } else {
            levels.push_back(empty ? unknown : std::min(base + indent, maxLevel));
            blank.push_back(empty);
        }
        if (end >= size)
            break;
        start = end + ((utf8[end] == '\r' && end + 1 < size && utf8[end + 1] == '\n') ? 2 : 1);
    }
    // Blank lines take the level of the next non-blank line; a line is a header when the next
    // non-blank line is deeper.
    int next = base;
    for (size_t i = levels.size(); i-- > 0;) {
        if (blank[i]) {
            levels[i] = next | QsciScintillaBase::SC_FOLDLEVELWHITEFLAG;
            continue;
        }
        const int level = levels[i] & maxLevel;
        if (next > level)
            levels[i] |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        next = level;
    }
    return levels;
}

} // namespace retort
