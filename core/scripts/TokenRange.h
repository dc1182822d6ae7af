// SPDX-License-Identifier: MIT
#pragma once

#include "scripts/PythonToken.h"

#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <vector>

namespace retort {

/// Tokens of one script with their source, plus helpers to look at token ranges [begin, end).
/// Shared by the script parser, the literal evaluator and the operation extractor.
class TokenRange {
public:
    TokenRange(QByteArrayView source, const std::vector<PythonToken> &tokens, bool latin1)
        : m_src(source), m_tokens(tokens), m_latin1(latin1)
    { }

    const PythonToken &at(int i) const { return m_tokens[static_cast<size_t>(i)]; }
    int count() const { return static_cast<int>(m_tokens.size()); }
    QByteArrayView text(int i) const { return m_src.sliced(at(i).begin, at(i).size()); }
    QByteArrayView source() const { return m_src; }
    bool latin1() const { return m_latin1; }

    /// True when token i has exactly the bytes `word` (a Name or an Operator such as "=").
    template<size_t N> bool is(int i, const char (&word)[N]) const
    {
        return is(i, QByteArrayView(word, static_cast<qsizetype>(N - 1)));
    }
    bool is(int i, QByteArrayView word) const
    {
        if (i < 0 || i >= count() || at(i).size() != word.size()) {
            return false;
        }
        return std::memcmp(m_src.data() + at(i).begin, word.data(), size_t(word.size())) == 0;
    }
    bool isKind(int i, PythonTokenKind kind) const
    {
        return i >= 0 && i < count() && at(i).kind == kind;
    }

    /// The index of the bracket closing the one opened at `open`, or `limit` when unbalanced.
    int matchingClose(int open, int limit) const
    {
        int depth = 0;
        for (int i = open; i < limit; ++i) {
            const PythonTokenKind kind = at(i).kind;
            if (kind == PythonTokenKind::OpenBracket) {
                ++depth;
            } else if (kind == PythonTokenKind::CloseBracket && --depth == 0) {
                return i;
            }
        }
        return limit;
    }

    /// The first Operator token in [begin, end) outside brackets that is the single character
    /// `op` (so "=" finds `=` but not `==` or `+=`), or -1.
    int findTopLevel(int begin, int end, char op) const
    {
        int depth = 0;
        for (int i = begin; i < end; ++i) {
            const PythonToken &token = at(i);
            if (token.kind == PythonTokenKind::OpenBracket) {
                ++depth;
            } else if (token.kind == PythonTokenKind::CloseBracket) {
                --depth;
            } else if (depth == 0 && token.kind == PythonTokenKind::Operator && token.size() == 1
                && m_src[token.begin] == op) {
                return i;
            }
        }
        return -1;
    }

    /// The source text of [begin, end) with whitespace between tokens folded to one space.
    QString foldedText(int begin, int end) const
    {
        if (begin >= end) {
            return {};
        }
        QByteArray out(at(end - 1).end - at(begin).begin, Qt::Uninitialized);
        char *p = out.data();
        for (int i = begin; i < end; ++i) {
            const PythonToken &token = at(i);
            if (i > begin && token.begin > at(i - 1).end) {
                *p++ = ' ';
            }
            std::memcpy(p, m_src.data() + token.begin, size_t(token.size()));
            p += token.size();
        }
        const QByteArrayView folded(out.constData(), p - out.constData());
        return m_latin1 ? QString::fromLatin1(folded) : QString::fromUtf8(folded);
    }

private:
    QByteArrayView m_src;
    const std::vector<PythonToken> &m_tokens;
    bool m_latin1;
};

} // namespace retort
