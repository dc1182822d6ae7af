// SPDX-License-Identifier: MIT
#include "lint/ScriptSource.h"

#include "scripts/PythonLexer.h"

#include <QFile>

#include <vector>

namespace retort {

namespace {

using Kind = PythonTokenKind;

struct FunctionShape {
    ScriptSource::Body body = ScriptSource::Body::Missing;
    bool executes = false;
};

// `# retort: ignore` or `# retort: ignore[ID, ID]`: true when it is one; `ids` empty means all.
bool parseIgnore(QByteArrayView comment, QStringList *ids)
{
    QByteArrayView text = comment.sliced(1).trimmed(); // drop '#'
    if (!text.startsWith("retort:")) {
        return false;
    }
    text = text.sliced(7).trimmed();
    if (!text.startsWith("ignore")) {
        return false;
    }
    text = text.sliced(6);
    if (text.isEmpty() || text.front() != '[') {
        // "ignore" alone or followed by an explanation; "ignored" is not a directive.
        return text.isEmpty() || text.front() == ' ' || text.front() == '\t';
    }
    const qsizetype close = text.indexOf(']');
    if (close < 0) {
        return false;
    }
    for (const QByteArray &id : text.sliced(1, close - 1).toByteArray().split(',')) {
        const QByteArray trimmed = id.trimmed();
        if (!trimmed.isEmpty()) {
            ids->append(QString::fromLatin1(trimmed));
        }
    }
    return !ids->isEmpty();
}

} // namespace

/// Walks the tokens of one script.
class ScriptSourceScanner {
public:
    ScriptSourceScanner(const QByteArray &content, bool keepComments)
        : m_lexer(QByteArrayView(content), keepComments)
    {
        m_complete = m_lexer.tokenizeAll(m_tokens);
    }

    void collectIgnores(QHash<int, QStringList> &out) const
    {
        for (const PythonToken &token : m_tokens) {
            QStringList ids;
            if (token.kind == Kind::Comment && parseIgnore(m_lexer.text(token), &ids)) {
                out.insert(token.line, ids);
            }
        }
    }

    FunctionShape upgrade() const { return m_complete ? shape("upgrade") : codeShape(); }
    FunctionShape downgrade() const { return m_complete ? shape("downgrade") : codeShape(); }

private:
    bool is(size_t i, QByteArrayView text) const
    {
        return i < m_tokens.size() && m_lexer.text(m_tokens[i]) == text;
    }
    Kind kind(size_t i) const { return i < m_tokens.size() ? m_tokens[i].kind : Kind::EndOfFile; }

    FunctionShape shape(QByteArrayView name) const;
    size_t bodyStart(size_t def) const;
    FunctionShape classify(size_t begin, size_t end) const;
    static ScriptSource::Body merge(ScriptSource::Body a, ScriptSource::Body b);
    ScriptSource::Body statement(size_t begin, size_t end) const;

    // The parser reports a syntax error; an unreadable body is taken as code.
    static FunctionShape codeShape() { return FunctionShape {ScriptSource::Body::Code, true}; }

    PythonLexer m_lexer;
    std::vector<PythonToken> m_tokens;
    bool m_complete = false;
};

FunctionShape ScriptSourceScanner::shape(QByteArrayView name) const
{
    FunctionShape found;
    int depth = 0;
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        if (kind(i) == Kind::Indent) {
            ++depth;
        } else if (kind(i) == Kind::Dedent) {
            --depth;
        } else if (depth == 0 && is(i, "def") && is(i + 1, name)) {
            const size_t start = bodyStart(i);
            size_t end = start;
            if (kind(start) == Kind::Indent) {
                int nested = 0;
                for (end = start; end < m_tokens.size(); ++end) {
                    nested += kind(end) == Kind::Indent ? 1 : kind(end) == Kind::Dedent ? -1 : 0;
                    if (nested == 0) {
                        break;
                    }
                }
                found = classify(start + 1, end); // a later definition wins, as in Python
            } else {
                while (end < m_tokens.size() && kind(end) != Kind::Newline) {
                    ++end;
                }
                found = classify(start, end);
            }
        }
    }
    return found;
}

// The first token of the body of the `def` at `def`: an Indent, or the statement after `:`.
size_t ScriptSourceScanner::bodyStart(size_t def) const
{
    int brackets = 0;
    size_t i = def + 2;
    for (; i < m_tokens.size(); ++i) {
        if (kind(i) == Kind::OpenBracket) {
            ++brackets;
        } else if (kind(i) == Kind::CloseBracket) {
            --brackets;
        } else if (brackets == 0 && is(i, ":")) {
            break;
        }
    }
    ++i;
    while (kind(i) == Kind::Comment || kind(i) == Kind::Newline) {
        ++i;
    }
    return i;
}

ScriptSource::Body ScriptSourceScanner::merge(ScriptSource::Body a, ScriptSource::Body b)
{
    return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

FunctionShape ScriptSourceScanner::classify(size_t begin, size_t end) const
{
    FunctionShape result;
    result.body = ScriptSource::Body::Empty;
    size_t start = begin;
    for (size_t i = begin; i <= end && i <= m_tokens.size(); ++i) {
        const bool boundary = i == end || kind(i) == Kind::Newline || is(i, ";")
            || kind(i) == Kind::Indent || kind(i) == Kind::Dedent;
        if (i < end && kind(i) == Kind::Name && is(i, "execute")) {
            result.executes = true;
        }
        if (!boundary) {
            continue;
        }
        if (i < end && (kind(i) == Kind::Indent || kind(i) == Kind::Dedent)) {
            result.body = ScriptSource::Body::Code; // a nested block: a compound statement
        }
        result.body = merge(result.body, statement(start, i));
        start = i + 1;
    }
    return result;
}

ScriptSource::Body ScriptSourceScanner::statement(size_t begin, size_t end) const
{
    bool onlyStrings = true;
    bool onlyDots = true;
    bool any = false;
    for (size_t i = begin; i < end; ++i) {
        if (kind(i) == Kind::Comment) {
            continue;
        }
        if (!any && (is(i, "pass") || is(i, "raise"))) {
            return is(i, "pass") ? ScriptSource::Body::Empty : ScriptSource::Body::RaisesOnly;
        }
        any = true;
        onlyStrings = onlyStrings && kind(i) == Kind::String;
        onlyDots = onlyDots && (is(i, ".") || is(i, "..."));
    }
    if (!any || onlyStrings || onlyDots) {
        return ScriptSource::Body::Empty;
    }
    return ScriptSource::Body::Code;
}

ScriptSource ScriptSource::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ScriptSource(); // nothing known: no ignores, bodies count as code
    }
    return scan(file.readAll());
}

ScriptSource ScriptSource::scan(const QByteArray &content)
{
    // Everything is taken from the bytes now, so a lint of 10,000 scripts does not hold them all.
    ScriptSource source;
    if (content.contains("retort:")) {
        ScriptSourceScanner(content, true).collectIgnores(source.m_ignores);
    }
    const ScriptSourceScanner scanner(content, false);
    const FunctionShape upgrade = scanner.upgrade();
    const FunctionShape downgrade = scanner.downgrade();
    source.m_shapes = Shapes {upgrade.body, downgrade.body, downgrade.executes};
    return source;
}

bool ScriptSource::ignores(int line, const QString &ruleId) const
{
    const auto it = m_ignores.constFind(line);
    return it != m_ignores.constEnd() && (it->isEmpty() || it->contains(ruleId));
}

} // namespace retort
