// SPDX-License-Identifier: MIT
#include "merge/UnifiedDiff.h"

#include <QStringList>

#include <algorithm>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

QStringList linesOf(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline ends the last line, it starts none
    for (QString &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    return lines;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u numbers lines from 1; an empty range names the line before it.
    return count == 1 ? QString::number(start + 1)
                      : u"%1,%2"_s.arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString UnifiedDiff::make(
    const QByteArray &before, const QByteArray &after, const QString &label, int context)
{
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    if (prefix == a.size() && prefix == b.size())
        return {};
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype start = std::max<qsizetype>(0, prefix - context);
    const qsizetype tail = std::min<qsizetype>(suffix, context);
    const qsizetype aEnd = a.size() - suffix + tail;
    const qsizetype bEnd = b.size() - suffix + tail;

    QString diff = u"--- a/%1\n+++ b/%1\n@@ -%2 +%3 @@\n"_s.arg(
        label, range(start, aEnd - start), range(start, bEnd - start));
    for (qsizetype i = start; i < prefix; ++i)
        diff += u' ' + a[i] + u'\n';
    for (qsizetype i = prefix; i < a.size() - suffix; ++i)
        diff += u'-' + a[i] + u'\n';
    for (qsizetype i = prefix; i < b.size() - suffix; ++i)
        diff += u'+' + b[i] + u'\n';
    for (qsizetype i = a.size() - suffix; i < aEnd; ++i)
        diff += u' ' + a[i] + u'\n';
    return diff;
}

} // namespace retort
