// SPDX-License-Identifier: MIT
#include "scripts/PythonDocstring.h"

#include <QStringList>

namespace retort {

namespace {

bool isPythonSpace(char16_t c)
{
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
        || c == 0x205f || c == 0x3000;
}

// str.expandtabs(): tab stops every 8 columns, columns restart after \n and \r.
QString expandTabs(const QString &text)
{
    if (!text.contains(QLatin1Char('\t'))) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 16);
    int column = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\t')) {
            const int spaces = 8 - column % 8;
            out.append(QString(spaces, QLatin1Char(' ')));
            column += spaces;
            continue;
        }
        out.append(c);
        column = (c == QLatin1Char('\n') || c == QLatin1Char('\r')) ? 0
            : c.isLowSurrogate()                                    ? column
                                                                    : column + 1;
    }
    return out;
}

qsizetype leadingSpaces(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == QLatin1Char(' ')) {
        ++n;
    }
    return n;
}

// CPython 3.13's compile-time docstring cleaning (inspect.cleandoc without dropping blank lines).
QString cleanDoc(const QString &text)
{
    const QString expanded = expandTabs(text);
    const QList<QStringView> lines = QStringView(expanded).split(QLatin1Char('\n'));
    qsizetype margin = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype spaces = leadingSpaces(lines[i]);
        if (spaces < lines[i].size() && (margin < 0 || spaces < margin)) {
            margin = spaces; // lines of spaces only do not count
        }
    }
    margin = qMax<qsizetype>(margin, 0);
    QString out;
    out.reserve(expanded.size());
    out.append(lines[0].mid(leadingSpaces(lines[0])));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        out.append(QLatin1Char('\n'));
        out.append(lines[i].mid(qMin(margin, leadingSpaces(lines[i]))));
    }
    return out;
}

} // namespace

DocstringRule PythonDocstring::ruleFor(const QString &pythonVersion)
{
    const QStringList parts = pythonVersion.split(QLatin1Char('.'));
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.value(0).toInt(&okMajor);
    const int minor = parts.value(1).toInt(&okMinor);
    if (!okMajor || !okMinor) {
        return DocstringRule::Verbatim;
    }
    return (major > 3 || (major == 3 && minor >= 13)) ? DocstringRule::CleanDoc
                                                      : DocstringRule::Verbatim;
}

QString PythonDocstring::moduleDoc(const QString &text, DocstringRule rule)
{
    return rule == DocstringRule::CleanDoc ? cleanDoc(text) : text;
}

QString PythonDocstring::strip(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPythonSpace(text[begin].unicode())) {
        ++begin;
    }
    while (end > begin && isPythonSpace(text[end - 1].unicode())) {
        --end;
    }
    return text.mid(begin, end - begin);
}

QString PythonDocstring::createDate(const QString &docstring)
{
    static const QLatin1String key("Create Date:");
    for (const QStringView line : QStringView(docstring).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(key)) {
            return trimmed.mid(key.size()).trimmed().toString();
        }
    }
    return {};
}

} // namespace retort
