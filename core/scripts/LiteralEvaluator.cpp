// SPDX-License-Identifier: MIT
#include "scripts/LiteralEvaluator.h"

#include "scripts/PythonStringLiteral.h"

namespace retort {

PythonValue LiteralEvaluator::evaluate(int begin, int end) const
{
    if (begin >= end) {
        return {};
    }
    if (m_tokens.findTopLevel(begin, end, ',') >= 0) {
        return sequence(begin, end, false);
    }
    return single(begin, end);
}

bool LiteralEvaluator::stringValue(int begin, int end, QString *out) const
{
    const PythonValue value = begin < end && m_tokens.findTopLevel(begin, end, ',') < 0
        ? single(begin, end)
        : PythonValue {};
    if (value.kind != PythonValue::Kind::String) {
        return false;
    }
    *out = value.text;
    return true;
}

PythonValue LiteralEvaluator::single(int begin, int end) const
{
    const PythonToken &first = m_tokens.at(begin);
    if (first.kind == PythonTokenKind::OpenBracket
        && m_tokens.matchingClose(begin, end) == end - 1) {
        const char open = m_tokens.text(begin).front();
        if (open == '(') {
            // `()` is the empty tuple; `(x)` is x; `(x,)` is a tuple.
            return begin + 1 == end - 1 ? sequence(begin + 1, begin + 1, false)
                                        : evaluate(begin + 1, end - 1);
        }
        if (open == '[') {
            return sequence(begin + 1, end - 1, true);
        }
        return {}; // sets and dicts: not something Alembic reads from these variables
    }
    if (first.kind == PythonTokenKind::String) {
        return stringRun(begin, end);
    }
    if (end == begin + 1 && first.kind == PythonTokenKind::Name && m_tokens.is(begin, "None")) {
        return PythonValue {PythonValue::Kind::None, {}, {}, false};
    }
    if (end == begin + 1
        && (first.kind == PythonTokenKind::Number || m_tokens.is(begin, "True")
            || m_tokens.is(begin, "False"))) {
        return PythonValue {PythonValue::Kind::OtherLiteral, {}, {}, false};
    }
    return {};
}

PythonValue LiteralEvaluator::stringRun(int begin, int end) const
{
    PythonValue value {PythonValue::Kind::String, {}, {}, false};
    bool bytes = false;
    for (int i = begin; i < end; ++i) {
        if (m_tokens.at(i).kind != PythonTokenKind::String) {
            return {};
        }
        const PythonStringLiteral literal
            = PythonStringLiteral::decode(m_tokens.text(i), m_tokens.latin1());
        if (literal.hasPlaceholders || !literal.exact) {
            return {};
        }
        bytes = bytes || literal.isBytes;
        value.text += literal.value;
    }
    if (bytes) {
        return PythonValue {PythonValue::Kind::OtherLiteral, {}, {}, false};
    }
    return value;
}

PythonValue LiteralEvaluator::sequence(int begin, int end, bool isList) const
{
    PythonValue result {PythonValue::Kind::Sequence, {}, {}, isList};
    int itemStart = begin;
    while (itemStart < end) {
        int comma = m_tokens.findTopLevel(itemStart, end, ',');
        const int itemEnd = comma < 0 ? end : comma;
        const PythonValue item = itemEnd > itemStart ? single(itemStart, itemEnd) : PythonValue {};
        if (item.kind == PythonValue::Kind::NotLiteral) {
            return {};
        }
        if (item.kind != PythonValue::Kind::String) {
            return PythonValue {PythonValue::Kind::OtherLiteral, {}, {}, isList};
        }
        result.items.append(item.text);
        itemStart = comma < 0 ? end : comma + 1;
    }
    return result;
}

} // namespace retort
