// SPDX-License-Identifier: MIT
#include "lint/CallArguments.h"

namespace retort {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The index just past the string literal whose opening quote is at `quote`.
qsizetype skipString(QStringView text, qsizetype quote)
{
    const QChar q = text[quote];
    const bool triple = quote + 2 < text.size() && text[quote + 1] == q && text[quote + 2] == q;
    qsizetype i = quote + (triple ? 3 : 1);
    while (i < text.size()) {
        if (text[i] == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (text[i] == q) {
            if (!triple) {
                return i + 1;
            }
            if (i + 2 < text.size() && text[i + 1] == q && text[i + 2] == q) {
                return i + 3;
            }
        }
        ++i;
    }
    return text.size();
}

// Top-level ranges of `text` separated by commas.
QList<QStringView> splitTopLevel(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            i = skipString(text, i);
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
        ++i;
    }
    parts.append(text.mid(start));
    return parts;
}

// The length of a keyword prefix `name =` (not `==`) at the start of `part`, else 0.
qsizetype keywordLength(QStringView part, QString *name)
{
    qsizetype i = 0;
    while (i < part.size() && isIdentifierChar(part[i])) {
        ++i;
    }
    if (i == 0 || part[0].isDigit()) {
        return 0;
    }
    qsizetype j = i;
    while (j < part.size() && part[j].isSpace()) {
        ++j;
    }
    if (j >= part.size() || part[j] != QLatin1Char('=')
        || (j + 1 < part.size() && part[j + 1] == QLatin1Char('='))) {
        return 0;
    }
    *name = part.left(i).toString();
    return j + 1;
}

} // namespace

CallArguments CallArguments::parse(QStringView text)
{
    CallArguments result;
    if (text.trimmed().isEmpty()) {
        return result;
    }
    for (QStringView part : splitTopLevel(text)) {
        part = part.trimmed();
        if (part.isEmpty()) {
            continue; // a trailing comma
        }
        Argument argument;
        const qsizetype length = keywordLength(part, &argument.keyword);
        argument.value = part.mid(length).trimmed().toString();
        result.m_arguments.append(argument);
    }
    return result;
}

std::optional<QString> CallArguments::positional(int index) const
{
    int position = 0;
    for (const Argument &argument : m_arguments) {
        if (!argument.keyword.isEmpty()) {
            continue;
        }
        if (argument.value.startsWith(QLatin1Char('*'))) {
            return std::nullopt; // unpacked: later positions are unknown
        }
        if (position++ == index) {
            return argument.value;
        }
    }
    return std::nullopt;
}

std::optional<QString> CallArguments::keyword(const QString &name) const
{
    for (const Argument &argument : m_arguments) {
        if (argument.keyword == name) {
            return argument.value;
        }
    }
    return std::nullopt;
}

std::optional<QString> CallArguments::value(int index, const QString &name) const
{
    if (std::optional<QString> found = positional(index)) {
        return found;
    }
    return keyword(name);
}

std::optional<CallArguments::Call> CallArguments::call(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty() || !value.endsWith(QLatin1Char(')'))) {
        return std::nullopt;
    }
    qsizetype i = 0;
    qsizetype nameStart = 0;
    while (i < value.size() && (isIdentifierChar(value[i]) || value[i] == QLatin1Char('.'))) {
        if (value[i] == QLatin1Char('.')) {
            nameStart = i + 1;
        }
        ++i;
    }
    if (i == nameStart || i >= value.size() || value[i] != QLatin1Char('(')) {
        return std::nullopt;
    }
    // The opening parenthesis must be closed by the last character.
    int depth = 0;
    for (qsizetype j = i; j < value.size(); ++j) {
        const QChar c = value[j];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            j = skipString(value, j) - 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if ((c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            && --depth == 0 && j != value.size() - 1) {
            return std::nullopt;
        }
    }
    return Call {value.mid(nameStart, i - nameStart).toString(),
        value.mid(i + 1, value.size() - i - 2).toString()};
}

} // namespace retort
