// SPDX-License-Identifier: MIT
#include "lint/FileTemplate.h"

namespace retort {

namespace {

// Stands for the revision id in a file name being matched: never part of a real name.
constexpr char16_t kRevisionMark = u'\x01';

// The pattern for the value of %(name)...: a Python %-format conversion.
QString tokenPattern(const QString &name, bool *hasRevision)
{
    if (name == QLatin1String("rev")) {
        *hasRevision = true;
        return QString(QChar(kRevisionMark));
    }
    if (name == QLatin1String("slug")) {
        return QStringLiteral("\\w*");
    }
    static const QStringList numeric = {QStringLiteral("epoch"), QStringLiteral("year"),
        QStringLiteral("month"), QStringLiteral("day"), QStringLiteral("hour"),
        QStringLiteral("minute"), QStringLiteral("second")};
    return numeric.contains(name) ? QStringLiteral("\\d+") : QStringLiteral(".*?");
}

} // namespace

FileTemplate::FileTemplate(const QString &fileTemplate) : m_text(fileTemplate)
{
    const QString last = fileTemplate.mid(fileTemplate.lastIndexOf(QLatin1Char('/')) + 1);
    QString pattern = QStringLiteral("^");
    qsizetype i = 0;
    while (i < last.size()) {
        const QChar c = last[i];
        if (c == QLatin1Char('%') && i + 1 < last.size() && last[i + 1] == QLatin1Char('%')) {
            pattern += QLatin1Char('%');
            i += 2;
            continue;
        }
        const qsizetype close = last.indexOf(QLatin1Char(')'), i);
        if (c != QLatin1Char('%') || i + 1 >= last.size() || last[i + 1] != QLatin1Char('(')
            || close < 0) {
            pattern += QRegularExpression::escape(QString(c));
            ++i;
            continue;
        }
        const QString name = last.mid(i + 2, close - i - 2);
        pattern += tokenPattern(name, &m_hasRevision);
        // Skip the conversion flags, width, precision and type: `.2d`, `02d`, `s`.
        i = close + 1;
        while (i < last.size() && QStringLiteral("#0- +.123456789").contains(last[i])) {
            ++i;
        }
        if (i < last.size()) {
            ++i;
        }
    }
    pattern += QStringLiteral("\\.py$");
    m_pattern = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

bool FileTemplate::matches(const QString &fileName, const QString &revision) const
{
    if (!m_hasRevision) {
        return m_pattern.match(fileName).hasMatch();
    }
    if (revision.isEmpty()) {
        return false;
    }
    // Try each place the revision id occurs (a slug may repeat it) as the %(rev)s value.
    for (qsizetype at = fileName.indexOf(revision); at >= 0;
         at = fileName.indexOf(revision, at + 1)) {
        QString marked = fileName;
        marked.replace(at, revision.size(), QChar(kRevisionMark));
        if (m_pattern.match(marked).hasMatch()) {
            return true;
        }
    }
    return false;
}

} // namespace retort
