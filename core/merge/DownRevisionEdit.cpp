// SPDX-License-Identifier: MIT
#include "merge/DownRevisionEdit.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

/// Byte offsets [begin, end) of 1-based `line` without its line break; begin < 0 when absent.
std::pair<qsizetype, qsizetype> lineSpan(const QByteArray &text, int line)
{
    qsizetype begin = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype newline = text.indexOf('\n', begin);
        if (newline < 0)
            return {-1, -1};
        begin = newline + 1;
    }
    qsizetype end = text.indexOf('\n', begin);
    if (end < 0)
        end = text.size();
    if (end > begin && text[end - 1] == '\r')
        --end;
    return {begin, end};
}

} // namespace

Result<QByteArray> DownRevisionEdit::rewrite(
    const QByteArray &text, int line, const QString &oldId, const QString &newId)
{
    const auto [begin, end]
        = line > 0 ? lineSpan(text, line) : std::pair<qsizetype, qsizetype> {-1, -1};
    if (begin < 0)
        return makeError(Error::Kind::Parse,
            QCoreApplication::translate("DownRevisionEdit", "The file has no line %1.").arg(line),
            {}, line);
    const QString source = QString::fromUtf8(text.mid(begin, end - begin));
    // `down_revision` at the start of the line, an optional annotation, then `=`.
    static const QRegularExpression assignment(u"^down_revision\\s*(?::[^=]*)?=(?!=)"_s);
    const auto head = assignment.match(source);
    if (!head.hasMatch())
        return makeError(Error::Kind::Parse,
            QCoreApplication::translate(
                "DownRevisionEdit", "Line %1 is not a down_revision assignment.")
                .arg(line),
            {}, line);
    const QRegularExpression literal(u"(['\"])%1\\1"_s.arg(QRegularExpression::escape(oldId)));
    auto matches = literal.globalMatch(source, head.capturedEnd());
    if (!matches.hasNext())
        return makeError(Error::Kind::Parse,
            QCoreApplication::translate(
                "DownRevisionEdit", "Line %1 does not name %2 as a quoted down revision.")
                .arg(line)
                .arg(oldId),
            {}, line);
    const auto match = matches.next();
    if (matches.hasNext())
        return makeError(Error::Kind::Parse,
            QCoreApplication::translate("DownRevisionEdit", "Line %1 names %2 more than once.")
                .arg(line)
                .arg(oldId),
            {}, line);
    const QString quote = match.captured(1);
    QString rewritten = source;
    rewritten.replace(match.capturedStart(), match.capturedLength(), quote + newId + quote);
    QByteArray result = text;
    result.replace(begin, end - begin, rewritten.toUtf8());
    return result;
}

} // namespace retort
