// SPDX-License-Identifier: MIT
#include "scripts/OperationExtractor.h"

#include "scripts/LiteralEvaluator.h"

#include <cstring>

namespace retort {

namespace {

enum ColumnKind {
    NoColumns,
    ColumnObject, ///< one sa.Column(...) argument
    ColumnObjects, ///< every positional from columnsPos on that is an sa.Column(...)
    ColumnName, ///< one string argument
    ColumnList, ///< a list or tuple of strings (or one string)
};

/// Where an operation takes its table and columns: Alembic's parameter positions and names.
struct Signature {
    const char *name;
    int tablePos;
    const char *tableKeyword;
    int columnsPos;
    ColumnKind kind;
    const char *columnsKeyword;
};

constexpr Signature kSignatures[] = {
    {"add_column", 0, "table_name", 1, ColumnObject, "column"},
    {"drop_column", 0, "table_name", 1, ColumnName, "column_name"},
    {"alter_column", 0, "table_name", 1, ColumnName, "column_name"},
    {"create_table", 0, "table_name", 1, ColumnObjects, nullptr},
    {"drop_table", 0, "table_name", -1, NoColumns, nullptr},
    {"rename_table", 0, "old_table_name", -1, NoColumns, nullptr},
    {"create_index", 1, "table_name", 2, ColumnList, "columns"},
    {"drop_index", 1, "table_name", -1, NoColumns, nullptr},
    {"create_unique_constraint", 1, "table_name", 2, ColumnList, "columns"},
    {"create_primary_key", 1, "table_name", 2, ColumnList, "columns"},
    {"create_foreign_key", 1, "source_table", 3, ColumnList, "local_cols"},
    {"create_check_constraint", 1, "table_name", -1, NoColumns, nullptr},
    {"create_exclude_constraint", 1, "table_name", -1, NoColumns, nullptr},
    {"drop_constraint", 1, "table_name", -1, NoColumns, nullptr},
    {"create_table_comment", 0, "table_name", -1, NoColumns, nullptr},
    {"drop_table_comment", 0, "table_name", -1, NoColumns, nullptr},
    {"bulk_insert", 0, "table", -1, NoColumns, nullptr},
    {"batch_alter_table", 0, "table_name", -1, NoColumns, nullptr},
};

const Signature *findSignature(QByteArrayView name)
{
    for (const Signature &signature : kSignatures) {
        if (name == signature.name) {
            return &signature;
        }
    }
    return nullptr;
}

bool isHelper(QByteArrayView name)
{
    return name == "f" || name == "inline_literal" || name == "get_bind" || name == "get_context";
}

} // namespace

bool OperationExtractor::isCallOn(
    int i, int end, const QList<BatchBinding> &batches, int *batchIndex) const
{
    if (i + 3 >= end || m_tokens.at(i).kind != PythonTokenKind::Name || m_tokens.is(i - 1, ".")
        || !m_tokens.is(i + 1, ".") || m_tokens.at(i + 2).kind != PythonTokenKind::Name
        || !m_tokens.is(i + 3, "(")) {
        return false;
    }
    const QByteArrayView receiver = m_tokens.text(i);
    *batchIndex = -1;
    if (isHelper(m_tokens.text(i + 2))) {
        return false;
    }
    if (receiver == "op") {
        return true;
    }
    // The innermost binding of a name wins, as nested `with` blocks shadow outer ones.
    for (qsizetype b = batches.size() - 1; b >= 0; --b) {
        if (receiver == batches[b].variable.toUtf8()) {
            *batchIndex = static_cast<int>(b);
            return true;
        }
    }
    return false;
}

void OperationExtractor::extract(
    int begin, int end, const QList<BatchBinding> &batches, QList<ScriptOperation> *out) const
{
    int i = begin;
    while (i < end) {
        int batchIndex = -1;
        if (!isCallOn(i, end, batches, &batchIndex)) {
            ++i;
            continue;
        }
        const CallSite call {i + 2, i + 3, m_tokens.matchingClose(i + 3, end)};
        if (call.close >= end) {
            return; // unbalanced: the lexer reports the syntax error
        }
        out->append(describe(call, batchIndex >= 0 ? &batches[batchIndex] : nullptr));
        i = call.close + 1;
    }
}

QList<BatchBinding> OperationExtractor::batchBindings(int begin, int end) const
{
    QList<BatchBinding> bindings;
    for (int i = begin; i + 3 < end; ++i) {
        if (!m_tokens.is(i, "op") || m_tokens.is(i - 1, ".") || !m_tokens.is(i + 1, ".")
            || !m_tokens.is(i + 2, "batch_alter_table") || !m_tokens.is(i + 3, "(")) {
            continue;
        }
        const int close = m_tokens.matchingClose(i + 3, end);
        if (close + 2 >= end || !m_tokens.is(close + 1, "as")
            || m_tokens.at(close + 2).kind != PythonTokenKind::Name) {
            continue;
        }
        BatchBinding binding;
        const QByteArrayView variable = m_tokens.text(close + 2);
        binding.variable = QString::fromUtf8(variable.data(), variable.size());
        const Arguments args = arguments(i + 3, close);
        LiteralEvaluator literals(m_tokens);
        for (qsizetype a = 0; a < args.size(); ++a) {
            if ((a == 0 && args[a].keyword.isEmpty()) || args[a].keyword == "table_name") {
                literals.stringValue(args[a].begin, args[a].end, &binding.table);
            }
        }
        bindings.append(binding);
        i = close + 2;
    }
    return bindings;
}

OperationExtractor::Arguments OperationExtractor::arguments(int open, int close) const
{
    Arguments args;
    int start = open + 1;
    while (start < close) {
        const int comma = m_tokens.findTopLevel(start, close, ',');
        const int stop = comma < 0 ? close : comma;
        if (stop > start) {
            Argument arg {{}, start, stop};
            if (stop - start >= 2 && m_tokens.at(start).kind == PythonTokenKind::Name
                && m_tokens.is(start + 1, "=")) {
                arg.keyword = m_tokens.text(start);
                arg.begin = start + 2;
            } else if (m_tokens.is(start, "*") || m_tokens.is(start, "**")) {
                arg.keyword = m_tokens.text(start); // unpacked: positions after it are unknown
            }
            args.append(arg);
        }
        start = stop + 1;
    }
    return args;
}

ScriptOperation OperationExtractor::describe(const CallSite &call, const BatchBinding *batch) const
{
    ScriptOperation op;
    const QByteArrayView name = m_tokens.text(call.nameToken);
    op.name = QString::fromUtf8(name.data(), name.size());
    op.line = m_tokens.at(call.nameToken - 2).line;
    op.arguments = m_tokens.foldedText(call.open + 1, call.close);
    if (batch) {
        op.inBatch = true;
        op.batchTable = batch->table;
        op.table = batch->table;
    }
    const Arguments args = arguments(call.open, call.close);
    if (name == "execute") {
        fillSql(op, args);
        return op;
    }
    const Signature *signature = findSignature(name);
    if (!signature) {
        return op;
    }
    // Inside a batch the table parameter is gone and later positions shift left by one.
    auto position = [&](int pos) { return batch && pos > signature->tablePos ? pos - 1 : pos; };
    LiteralEvaluator literals(m_tokens);
    int positional = 0;
    for (const Argument &arg : args) {
        if (arg.keyword == "*" || arg.keyword == "**") {
            break;
        }
        const bool isPositional = arg.keyword.isEmpty();
        const int pos = isPositional ? positional++ : -1;
        if (!batch
            && ((isPositional && pos == signature->tablePos)
                || arg.keyword == signature->tableKeyword)) {
            literals.stringValue(arg.begin, arg.end, &op.table);
        }
        if (signature->columnsPos < 0) {
            continue;
        }
        const bool atColumns = isPositional
            ? (signature->kind == ColumnObjects ? pos >= position(signature->columnsPos)
                                                : pos == position(signature->columnsPos))
            : (signature->columnsKeyword && arg.keyword == signature->columnsKeyword);
        if (atColumns) {
            appendColumns(op, arg, signature->kind);
        }
    }
    return op;
}

void OperationExtractor::fillSql(ScriptOperation &op, const Arguments &args) const
{
    for (const Argument &arg : args) {
        if (!arg.keyword.isEmpty() && arg.keyword != "sqltext") {
            continue;
        }
        int begin = arg.begin;
        int end = arg.end;
        // `sa.text("...")` / `text("...")` wrapping a literal is still literal SQL.
        if (end - begin >= 3 && m_tokens.is(end - 1, ")")) {
            int open = begin;
            while (open < end && !m_tokens.is(open, "(")) {
                ++open;
            }
            if (open < end && m_tokens.is(open - 1, "text")
                && m_tokens.matchingClose(open, end) == end - 1) {
                begin = open + 1;
                end = end - 1;
            }
        }
        QString sql;
        if (LiteralEvaluator(m_tokens).stringValue(begin, end, &sql)) {
            op.arguments = sql;
            op.literalSql = true;
        }
        return;
    }
}

QString OperationExtractor::columnObjectName(int begin, int end) const
{
    // Name ('.' Name)* '(' ... ')' where the last name is Column.
    int i = begin;
    while (i + 1 < end && m_tokens.at(i).kind == PythonTokenKind::Name && m_tokens.is(i + 1, ".")) {
        i += 2;
    }
    if (!m_tokens.is(i, "Column") || !m_tokens.is(i + 1, "(")
        || m_tokens.matchingClose(i + 1, end) != end - 1) {
        return {};
    }
    const Arguments args = arguments(i + 1, end - 1);
    QString name;
    for (qsizetype a = 0; a < args.size(); ++a) {
        if ((a == 0 && args[a].keyword.isEmpty()) || args[a].keyword == "name") {
            if (LiteralEvaluator(m_tokens).stringValue(args[a].begin, args[a].end, &name)) {
                return name;
            }
        }
    }
    return {};
}

void OperationExtractor::appendColumns(ScriptOperation &op, const Argument &arg, int kind) const
{
    const LiteralEvaluator literals(m_tokens);
    QString text;
    if (kind == ColumnObject || kind == ColumnObjects) {
        text = columnObjectName(arg.begin, arg.end);
        if (!text.isEmpty()) {
            op.columns.append(text);
        }
        return;
    }
    if (literals.stringValue(arg.begin, arg.end, &text)) {
        op.columns.append(text);
        return;
    }
    if (kind != ColumnList || m_tokens.at(arg.begin).kind != PythonTokenKind::OpenBracket
        || m_tokens.matchingClose(arg.begin, arg.end) != arg.end - 1) {
        return;
    }
    // A list or tuple: keep the literal names, skip expressions such as sa.text("lower(x)").
    int start = arg.begin + 1;
    const int close = arg.end - 1;
    while (start < close) {
        const int comma = m_tokens.findTopLevel(start, close, ',');
        const int stop = comma < 0 ? close : comma;
        if (literals.stringValue(start, stop, &text)) {
            op.columns.append(text);
        }
        start = stop + 1;
    }
}

} // namespace retort
