// SPDX-License-Identifier: MIT
#include "scripts/ScriptParser.h"

#include "scripts/LiteralEvaluator.h"
#include "scripts/OperationExtractor.h"
#include "scripts/PythonDocstring.h"
#include "scripts/PythonLexer.h"
#include "scripts/PythonStringLiteral.h"
#include "scripts/SourceEncoding.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <vector>

namespace retort {

namespace {

enum class Section { Module, ModuleBlock, Skip, Upgrade, Downgrade };

struct Block {
    Section section = Section::Module;
    QList<BatchBinding> batches;
};

enum Variable { Revision, DownRevision, BranchLabels, DependsOn, VariableCount };
constexpr QByteArrayView kVariableNames[VariableCount]
    = {"revision", "down_revision", "branch_labels", "depends_on"};

struct Assignment {
    bool assigned = false;
    PythonValue value;
    int line = 0;
    QString error;
};

// Messages are marked with QT_TRANSLATE_NOOP where they are written, for lupdate.
QString tr(const char *text)
{
    return QCoreApplication::translate("ScriptParser", text);
}

// Walks the statements of one tokenized script, tracking blocks, and fills a RevisionScript.
class ScriptWalker {
public:
    ScriptWalker(const TokenRange &tokens, RevisionScript &script, DocstringRule docstringRule,
        bool operations)
        : m_tokens(tokens)
        , m_script(script)
        , m_docstringRule(docstringRule)
        , m_wantOperations(operations)
        , m_literals(tokens)
        , m_operations(tokens)
    {
        m_stack.append(Block {});
    }

    void walk();
    void finish(std::optional<Error> syntaxError);

private:
    void checkMissing();
    void checkUnpacking(int begin, int end, int line);
    void logicalLine(int begin, int end);
    Block header(int begin, int colon);
    void simpleStatements(int begin, int end);
    void moduleStatement(int begin, int end);
    void blockStatement(int begin, int end);
    void docstring(int begin, int end);
    void assign(Variable variable, int valueBegin, int valueEnd, int line);
    void fail(Variable variable, const char *message, int line);
    int tracked(int i) const;
    QList<ScriptOperation> *operationsOf(Section section);
    static Block derived(const Block &block);

    const TokenRange &m_tokens;
    RevisionScript &m_script;
    DocstringRule m_docstringRule;
    bool m_wantOperations;
    LiteralEvaluator m_literals;
    OperationExtractor m_operations;
    QList<Block> m_stack;
    std::optional<Block> m_pending;
    bool m_firstStatement = true;
    Assignment m_vars[VariableCount];
};

Block ScriptWalker::derived(const Block &block)
{
    Block child = block;
    if (child.section == Section::Module) {
        child.section = Section::ModuleBlock;
    }
    return child;
}

QList<ScriptOperation> *ScriptWalker::operationsOf(Section section)
{
    if (!m_wantOperations) {
        return nullptr;
    }
    if (section == Section::Upgrade) {
        return &m_script.upgradeOps;
    }
    return section == Section::Downgrade ? &m_script.downgradeOps : nullptr;
}

int ScriptWalker::tracked(int i) const
{
    if (!m_tokens.isKind(i, PythonTokenKind::Name) || m_tokens.is(i - 1, ".")) {
        return -1;
    }
    for (int v = 0; v < VariableCount; ++v) {
        if (m_tokens.is(i, kVariableNames[v])) {
            return v;
        }
    }
    return -1;
}

void ScriptWalker::walk()
{
    int i = 0;
    const int count = m_tokens.count();
    while (i < count) {
        const PythonTokenKind kind = m_tokens.at(i).kind;
        if (kind == PythonTokenKind::EndOfFile || kind == PythonTokenKind::Error) {
            break;
        }
        if (kind == PythonTokenKind::Indent) {
            m_stack.append(m_pending ? *m_pending : derived(m_stack.back()));
            m_pending.reset();
            ++i;
            continue;
        }
        if (kind == PythonTokenKind::Dedent || kind == PythonTokenKind::Newline) {
            if (kind == PythonTokenKind::Dedent && m_stack.size() > 1) {
                m_stack.removeLast();
            }
            ++i;
            continue;
        }
        int j = i;
        while (j < count && m_tokens.at(j).kind != PythonTokenKind::Newline
            && m_tokens.at(j).kind != PythonTokenKind::EndOfFile
            && m_tokens.at(j).kind != PythonTokenKind::Error) {
            ++j;
        }
        m_pending.reset();
        logicalLine(i, j);
        i = j;
    }
}

void ScriptWalker::logicalLine(int begin, int end)
{
    static constexpr QByteArrayView compound[] = {"def", "class", "if", "elif", "else", "for",
        "while", "try", "except", "finally", "with", "async"};
    bool isCompound = false;
    if (m_tokens.at(begin).kind == PythonTokenKind::Name) {
        for (const QByteArrayView keyword : compound) {
            isCompound = isCompound || m_tokens.is(begin, keyword);
        }
    }
    if (m_tokens.is(begin, "@") || !isCompound) {
        if (!m_tokens.is(begin, "@")) {
            simpleStatements(begin, end);
        }
        m_firstStatement = false;
        return;
    }
    const int colon = m_tokens.findTopLevel(begin, end, ':');
    m_firstStatement = false;
    if (colon < 0) {
        return;
    }
    const Block child = header(begin, colon);
    if (colon + 1 < end) {
        m_stack.append(child); // `if x: y = 1` keeps its body on the header's line
        simpleStatements(colon + 1, end);
        m_stack.removeLast();
    } else {
        m_pending = child;
    }
}

Block ScriptWalker::header(int begin, int colon)
{
    const Block &top = m_stack.back();
    const bool moduleLevel = top.section == Section::Module || top.section == Section::ModuleBlock;
    const bool isAsync = m_tokens.is(begin, "async");
    const bool isDef = m_tokens.is(begin, "def") || (isAsync && m_tokens.is(begin + 1, "def"));
    if (moduleLevel && (isDef || m_tokens.is(begin, "class"))) {
        const int name = isAsync ? begin + 2 : begin + 1;
        const int line = m_tokens.at(begin).line;
        // A later definition replaces an earlier one, as in Python.
        if (isDef && m_tokens.is(name, "upgrade")) {
            m_script.upgradeLine = line;
            m_script.upgradeOps.clear();
            return Block {Section::Upgrade, {}};
        }
        if (isDef && m_tokens.is(name, "downgrade")) {
            m_script.downgradeLine = line;
            m_script.downgradeOps.clear();
            return Block {Section::Downgrade, {}};
        }
        return Block {Section::Skip, {}};
    }
    Block child = derived(top);
    if (QList<ScriptOperation> *ops = operationsOf(top.section)) {
        const int first = isAsync ? begin + 2 : begin + 1;
        m_operations.extract(first, colon, top.batches, ops);
        if (m_tokens.is(begin, "with") || (isAsync && m_tokens.is(begin + 1, "with"))) {
            child.batches += m_operations.batchBindings(first, colon);
        }
    }
    return child;
}

void ScriptWalker::simpleStatements(int begin, int end)
{
    int start = begin;
    while (start < end) {
        const int semicolon = m_tokens.findTopLevel(start, end, ';');
        const int stop = semicolon < 0 ? end : semicolon;
        if (stop > start) {
            const Block &block = m_stack.back();
            if (block.section == Section::Module) {
                moduleStatement(start, stop);
            } else if (block.section == Section::ModuleBlock) {
                blockStatement(start, stop);
            } else if (QList<ScriptOperation> *ops = operationsOf(block.section)) {
                m_operations.extract(start, stop, block.batches, ops);
            }
            m_firstStatement = false;
        }
        start = stop + 1;
    }
}

void ScriptWalker::docstring(int begin, int end)
{
    // Python's docstring: a first statement made only of str literals (parentheses allowed);
    // f-strings and bytes make it an ordinary expression.
    QString text;
    bool sawString = false;
    for (int i = begin; i < end; ++i) {
        const PythonTokenKind kind = m_tokens.at(i).kind;
        if (kind == PythonTokenKind::OpenBracket || kind == PythonTokenKind::CloseBracket) {
            if (!m_tokens.is(i, "(") && !m_tokens.is(i, ")")) {
                return;
            }
            continue;
        }
        if (kind != PythonTokenKind::String) {
            return;
        }
        const PythonStringLiteral literal
            = PythonStringLiteral::decode(m_tokens.text(i), m_tokens.latin1());
        if (literal.isBytes || literal.isFormatted) {
            return;
        }
        text += literal.value;
        sawString = true;
    }
    if (sawString) {
        m_script.docstring
            = PythonDocstring::strip(PythonDocstring::moduleDoc(text, m_docstringRule));
        m_script.createDate = PythonDocstring::createDate(m_script.docstring);
    }
}

void ScriptWalker::moduleStatement(int begin, int end)
{
    if (m_firstStatement) {
        docstring(begin, end);
    }
    const int line = m_tokens.at(begin).line;
    const int firstVar = tracked(begin);
    int equals = m_tokens.findTopLevel(begin, end, '=');
    if (equals < 0) {
        if (firstVar >= 0 && m_tokens.at(begin + 1).kind == PythonTokenKind::Operator
            && m_tokens.text(begin + 1).endsWith('=') && !m_tokens.is(begin + 1, "==")) {
            fail(Variable(firstVar),
                QT_TRANSLATE_NOOP("ScriptParser",
                    "'%1' is changed by an augmented assignment; Retort reads "
                    "only plain assignments"),
                line);
        }
        return; // an expression, or an annotation without a value
    }
    // Targets are the segments before each top-level `=`; the value is the last segment.
    QVarLengthArray<int, 4> equalSigns {equals};
    while ((equals = m_tokens.findTopLevel(equals + 1, end, '=')) >= 0) {
        equalSigns.append(equals);
    }
    const int valueBegin = equalSigns.back() + 1;
    int targetBegin = begin;
    for (const int targetEnd : equalSigns) {
        const int var = tracked(targetBegin);
        const bool annotated = equalSigns.size() == 1 && m_tokens.is(targetBegin + 1, ":");
        if (var >= 0 && (targetEnd == targetBegin + 1 || annotated)) {
            assign(Variable(var), valueBegin, end, line);
        } else {
            checkUnpacking(targetBegin, targetEnd, line);
        }
        targetBegin = targetEnd + 1;
    }
}

// `revision, down_revision = ...` and `(revision, x) = ...` bind the variables in ways Retort
// does not evaluate; attributes and subscripts (`x.revision`, `d[revision]`) bind nothing.
void ScriptWalker::checkUnpacking(int begin, int end, int line)
{
    const bool bracketed = m_tokens.at(begin).kind == PythonTokenKind::OpenBracket;
    int depth = 0;
    for (int i = begin; i < end; ++i) {
        const PythonTokenKind kind = m_tokens.at(i).kind;
        depth += kind == PythonTokenKind::OpenBracket ? 1
            : kind == PythonTokenKind::CloseBracket   ? -1
                                                      : 0;
        const int var = tracked(i);
        if (var >= 0 && (depth == 0 || bracketed) && !m_tokens.is(i + 1, ".")
            && !m_tokens.is(i + 1, "[") && !m_tokens.is(i + 1, "(")) {
            fail(Variable(var),
                QT_TRANSLATE_NOOP("ScriptParser",
                    "'%1' is assigned by unpacking; Retort reads "
                    "only simple assignments"),
                line);
        }
    }
}

void ScriptWalker::blockStatement(int begin, int end)
{
    const int var = tracked(begin);
    if (var < 0 || begin + 1 >= end) {
        return;
    }
    const QByteArrayView next = m_tokens.text(begin + 1);
    if (next == "=" || next == ":" || next == "," || (next.endsWith('=') && next != "==")) {
        fail(Variable(var),
            QT_TRANSLATE_NOOP("ScriptParser",
                "'%1' is assigned inside a block; Retort reads only module-level "
                "assignments"),
            m_tokens.at(begin).line);
    }
}

void ScriptWalker::assign(Variable variable, int valueBegin, int valueEnd, int line)
{
    Assignment &a = m_vars[variable];
    a = Assignment {true, m_literals.evaluate(valueBegin, valueEnd), line, {}};
    using Kind = PythonValue::Kind;
    if (a.value.kind == Kind::NotLiteral) {
        fail(variable,
            QT_TRANSLATE_NOOP("ScriptParser",
                "'%1' is not assigned a literal value; Retort reads scripts without "
                "running Python"),
            line);
    } else if (variable == Revision && a.value.kind != Kind::String) {
        fail(variable, QT_TRANSLATE_NOOP("ScriptParser", "'%1' must be a string"), line);
    } else if (a.value.kind == Kind::OtherLiteral) {
        fail(variable,
            QT_TRANSLATE_NOOP(
                "ScriptParser", "'%1' must be None, a string, or a tuple or list of strings"),
            line);
    }
}

void ScriptWalker::fail(Variable variable, const char *message, int line)
{
    Assignment &a = m_vars[variable];
    if (!a.error.isEmpty()) {
        return; // the first problem since the last readable assignment is the one to show
    }
    a.error = tr(message).arg(QString::fromLatin1(kVariableNames[variable]));
    a.line = line;
}

QStringList listOf(const PythonValue &value)
{
    if (value.kind == PythonValue::Kind::String) {
        return {value.text};
    }
    return value.kind == PythonValue::Kind::Sequence ? value.items : QStringList {};
}

void ScriptWalker::finish(std::optional<Error> syntaxError)
{
    const Assignment &rev = m_vars[Revision];
    const Assignment &down = m_vars[DownRevision];
    if (rev.value.kind == PythonValue::Kind::String) {
        m_script.revision = rev.value.text;
    }
    m_script.revisionLine = rev.line;
    m_script.downRevisions = listOf(down.value);
    m_script.downRevisionIsTuple = down.value.kind == PythonValue::Kind::Sequence;
    m_script.downRevisionLine = down.line;
    m_script.branchLabels = listOf(m_vars[BranchLabels].value);
    m_script.dependsOn = listOf(m_vars[DependsOn].value);
    if (syntaxError) {
        m_script.error = std::move(syntaxError);
        return;
    }
    const Assignment *failed = nullptr;
    for (const Assignment &a : m_vars) {
        if (!a.error.isEmpty() && (!failed || a.line < failed->line)) {
            failed = &a;
        }
    }
    if (failed) {
        m_script.error = makeError(Error::Kind::Parse, failed->error, m_script.path, failed->line);
    } else {
        checkMissing();
    }
}

// Alembic's checks once the module has run: `revision` (or a legacy file name) and
// `down_revision` must exist.
void ScriptWalker::checkMissing()
{
    if (!m_vars[Revision].assigned) {
        // Alembic's legacy rule: a file named after a hex id needs no `revision` variable.
        const QString &name = m_script.fileName;
        const bool legacy = name.endsWith(QLatin1String(".py")) && name.size() > 3
            && std::all_of(name.begin(), name.end() - 3, [](QChar c) {
                   return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                       || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
               });
        if (legacy) {
            m_script.revision = name.left(name.size() - 3);
        } else {
            // Alembic's wording.
            m_script.error = makeError(Error::Kind::Parse,
                QStringLiteral("Could not determine revision id from filename %1. Be sure the "
                               "'revision' variable is declared inside the script (please see "
                               "'Upgrading from Alembic 0.1 to 0.2' in the documentation).")
                    .arg(name),
                m_script.path);
        }
    }
    if (!m_script.error && !m_vars[DownRevision].assigned) {
        // Python's AttributeError, with which Alembic stops.
        m_script.error = makeError(Error::Kind::Parse,
            QStringLiteral("module '%1' has no attribute 'down_revision'")
                .arg(ScriptParser::moduleId(m_script.fileName)),
            m_script.path);
    }
}

} // namespace

QString ScriptParser::moduleId(const QString &fileName)
{
    QString id;
    id.reserve(fileName.size());
    for (const char32_t c : fileName.toUcs4()) {
        const bool word = c == U'_' || QChar::isLetterOrNumber(c);
        if (word) {
            id.append(QString::fromUcs4(&c, 1));
        } else {
            id.append(QLatin1Char('_'));
        }
    }
    return id;
}

RevisionScript ScriptParser::parse(const QString &path, const QByteArray &content)
{
    return parse(path, content, DocstringRule::Verbatim);
}

RevisionScript ScriptParser::parse(
    const QString &path, const QByteArray &content, DocstringRule docstringRule, bool operations)
{
    RevisionScript script;
    script.path = path;
    script.fileName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const Result<SourceEncoding::Kind> encoding = SourceEncoding::detect(path, content);
    if (!encoding) {
        script.error = encoding.error();
        return script;
    }
    // One token buffer per thread: scanning thousands of scripts reuses its capacity.
    thread_local std::vector<PythonToken> tokens;
    PythonLexer lexer(content);
    std::optional<Error> syntaxError;
    if (!lexer.tokenizeAll(tokens)) {
        syntaxError = makeError(Error::Kind::Parse, lexer.errorMessage(), path, lexer.errorLine());
    }
    const TokenRange range(content, tokens, *encoding == SourceEncoding::Kind::Latin1);
    ScriptWalker walker(range, script, docstringRule, operations);
    walker.walk();
    walker.finish(std::move(syntaxError));
    return script;
}

} // namespace retort
