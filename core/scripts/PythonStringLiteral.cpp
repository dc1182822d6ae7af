// SPDX-License-Identifier: MIT
#include "scripts/PythonStringLiteral.h"

namespace retort {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Reads `count` hex digits at body[i..]; -1 when they are not all there.
qint64 readHex(QByteArrayView body, qsizetype i, int count)
{
    if (i + count > body.size()) {
        return -1;
    }
    qint64 value = 0;
    for (int k = 0; k < count; ++k) {
        const int digit = hexValue(body[i + k]);
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

// Appends source text; Python reads source with universal newlines, so CR LF and CR become LF.
void appendSource(QString &out, QByteArrayView part, bool latin1)
{
    QString text = latin1 ? QString::fromLatin1(part) : QString::fromUtf8(part);
    if (part.contains('\r')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    out.append(text);
}

void appendCodePoint(QString &out, qint64 codePoint)
{
    const char32_t cp = static_cast<char32_t>(codePoint);
    out.append(QString::fromUcs4(&cp, 1));
}

class Decoder {
public:
    Decoder(QByteArrayView body, bool bytes, bool latin1)
        : m_body(body), m_bytes(bytes), m_latin1(latin1)
    { }

    // Appends the decoded body to `result`; sets `exact` false for undecodable escapes.
    void run(PythonStringLiteral &result)
    {
        qsizetype plainStart = 0;
        qsizetype i = 0;
        while (i < m_body.size()) {
            if (m_body[i] != '\\') {
                ++i;
                continue;
            }
            flushPlain(result.value, plainStart, i);
            i = escape(result, i + 1);
            plainStart = i;
        }
        flushPlain(result.value, plainStart, m_body.size());
    }

private:
    void flushPlain(QString &out, qsizetype from, qsizetype to) const
    {
        if (to <= from) {
            return;
        }
        appendSource(out, m_body.sliced(from, to - from), m_bytes || m_latin1);
    }

    // Decodes the escape whose character is at body[i]; returns the index after it.
    qsizetype escape(PythonStringLiteral &result, qsizetype i)
    {
        QString &out = result.value;
        if (i >= m_body.size()) {
            out.append(QLatin1Char('\\'));
            return i;
        }
        const char c = m_body[i];
        switch (c) {
        case '\n':
            return i + 1;
        case '\r':
            return (i + 1 < m_body.size() && m_body[i + 1] == '\n') ? i + 2 : i + 1;
        case '\\':
            out.append(QLatin1Char('\\'));
            return i + 1;
        case '\'':
            out.append(QLatin1Char('\''));
            return i + 1;
        case '"':
            out.append(QLatin1Char('"'));
            return i + 1;
        case 'a':
            out.append(QChar(0x07));
            return i + 1;
        case 'b':
            out.append(QChar(0x08));
            return i + 1;
        case 'f':
            out.append(QChar(0x0c));
            return i + 1;
        case 'n':
            out.append(QChar(0x0a));
            return i + 1;
        case 'r':
            out.append(QChar(0x0d));
            return i + 1;
        case 't':
            out.append(QChar(0x09));
            return i + 1;
        case 'v':
            out.append(QChar(0x0b));
            return i + 1;
        case 'x':
            return fixedHex(result, i, 2);
        default:
            break;
        }
        if (c >= '0' && c <= '7') {
            int value = 0;
            qsizetype k = i;
            while (k < m_body.size() && k < i + 3 && m_body[k] >= '0' && m_body[k] <= '7') {
                value = value * 8 + (m_body[k] - '0');
                ++k;
            }
            appendCodePoint(out, m_bytes ? (value & 0xff) : value);
            return k;
        }
        if (!m_bytes && (c == 'u' || c == 'U')) {
            return fixedHex(result, i, c == 'u' ? 4 : 8);
        }
        if (!m_bytes && c == 'N') {
            // Unicode names need Python's name table: keep the text, flag the value as inexact.
            result.exact = false;
        }
        out.append(QLatin1Char('\\'));
        return i; // unknown escapes keep the backslash and the character
    }

    qsizetype fixedHex(PythonStringLiteral &result, qsizetype i, int digits)
    {
        const qint64 value = readHex(m_body, i + 1, digits);
        if (value < 0 || value > 0x10FFFF) {
            result.exact = false; // Python rejects it: a SyntaxError when compiled
            result.value.append(QLatin1Char('\\'));
            return i;
        }
        appendCodePoint(result.value, value);
        return i + 1 + digits;
    }

    QByteArrayView m_body;
    bool m_bytes;
    bool m_latin1;
};

bool hasFormatPlaceholder(QByteArrayView body)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == '{' || body[i] == '}') {
            if (i + 1 < body.size() && body[i + 1] == body[i]) {
                ++i; // `{{` and `}}` are literal braces
                continue;
            }
            return true;
        }
    }
    return false;
}

QString unescapeBraces(QString text)
{
    text.replace(QLatin1String("{{"), QLatin1String("{"));
    text.replace(QLatin1String("}}"), QLatin1String("}"));
    return text;
}

} // namespace

PythonStringLiteral PythonStringLiteral::decode(QByteArrayView literal, bool latin1Source)
{
    PythonStringLiteral result;
    qsizetype quote = 0;
    bool raw = false;
    while (quote < literal.size() && literal[quote] != '"' && literal[quote] != '\'') {
        const char c = static_cast<char>(literal[quote] | 0x20);
        raw = raw || c == 'r';
        result.isBytes = result.isBytes || c == 'b';
        result.isFormatted = result.isFormatted || c == 'f';
        ++quote;
    }
    const qsizetype remaining = literal.size() - quote;
    const bool triple = remaining >= 6 && literal[quote + 1] == literal[quote]
        && literal[quote + 2] == literal[quote];
    const qsizetype q = triple ? 3 : 1;
    if (remaining < 2 * q) {
        result.exact = false;
        return result;
    }
    const QByteArrayView body = literal.sliced(quote + q, remaining - 2 * q);
    if (result.isFormatted) {
        result.hasPlaceholders = hasFormatPlaceholder(body);
    }
    if (raw) {
        appendSource(result.value, body, result.isBytes || latin1Source);
    } else {
        Decoder(body, result.isBytes, latin1Source).run(result);
    }
    if (result.isFormatted && !result.hasPlaceholders) {
        result.value = unescapeBraces(result.value);
    }
    return result;
}

} // namespace retort
