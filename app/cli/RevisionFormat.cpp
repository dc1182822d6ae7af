// SPDX-License-Identifier: MIT
#include "cli/RevisionFormat.h"

#include <QRegularExpression>

namespace retort {

// Every string assembled here reproduces alembic/script/base.py's wording: never translated.

namespace {

QString commaJoined(const QStringList &values)
{
    return values.join(QLatin1String(", ")); // alembic.util.format_as_comma
}

} // namespace

RevisionFormat::RevisionFormat(const Revision &revision, const RevisionScript &script)
    : m_revision(revision), m_script(script)
{ }

QString RevisionFormat::cmdFormat(const Options &options) const
{
    return options.verbose ? logEntry(options.current) : headOnly(options);
}

QString RevisionFormat::downRevisionText() const
{
    if (m_revision.downRevisions.isEmpty())
        return QStringLiteral("<base>");
    return commaJoined(m_revision.downRevisions);
}

QString RevisionFormat::headOnly(const Options &options) const
{
    QString text = m_revision.id;
    if (options.includeParents) {
        if (!m_revision.dependencies.isEmpty()) {
            text = QStringLiteral("%1 (%2) -> %3")
                       .arg(downRevisionText(), commaJoined(m_revision.dependencies), text);
        } else {
            text = QStringLiteral("%1 -> %2").arg(downRevisionText(), text);
        }
    }
    if (options.includeBranches && !m_revision.branchLabels.isEmpty())
        text += QStringLiteral(" (%1)").arg(commaJoined(m_revision.branchLabels));
    // head_indicators defaults to true in every command, so these always apply.
    if (m_revision.isRealHead())
        text += QStringLiteral(" (head)");
    if (m_revision.isHead() && !m_revision.isRealHead())
        text += QStringLiteral(" (effective head)");
    if (options.current)
        text += QStringLiteral(" (current)");
    if (options.treeIndicators) {
        if (m_revision.isBranchPoint())
            text += QStringLiteral(" (branchpoint)");
        if (m_revision.isMergePoint())
            text += QStringLiteral(" (mergepoint)");
    }
    if (options.includeDoc)
        text += QStringLiteral(", ") + m_script.message();
    return text;
}

QString RevisionFormat::logEntry(bool current) const
{
    QString entry = QStringLiteral("Rev: ") + m_revision.id;
    if (m_revision.isHead())
        entry += QStringLiteral(" (head)");
    if (m_revision.isBranchPoint())
        entry += QStringLiteral(" (branchpoint)");
    if (m_revision.isMergePoint())
        entry += QStringLiteral(" (mergepoint)");
    if (current)
        entry += QStringLiteral(" (current)");
    entry += QLatin1Char('\n');
    entry += (m_revision.isMergePoint() ? QStringLiteral("Merges: ") : QStringLiteral("Parent: "))
        + downRevisionText() + QLatin1Char('\n');
    if (!m_revision.dependencies.isEmpty())
        entry += QStringLiteral("Also depends on: %1\n").arg(commaJoined(m_revision.dependencies));
    if (m_revision.isBranchPoint())
        entry += QStringLiteral("Branches into: %1\n").arg(commaJoined(m_revision.nextRevisions));
    if (!m_revision.branchLabels.isEmpty())
        entry += QStringLiteral("Branch names: %1\n").arg(commaJoined(m_revision.branchLabels));
    entry += QStringLiteral("Path: %1\n").arg(m_script.path);

    QStringList indented;
    for (const QString &paragraph : splitLines(m_script.docstring))
        indented.append(QStringLiteral("    ") + paragraph);
    entry += QLatin1Char('\n') + indented.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return entry;
}

QStringList RevisionFormat::splitLines(const QString &text)
{
    // The line boundaries of Python's str.splitlines().
    static const QRegularExpression boundary(
        QStringLiteral("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\u0085\u2028\u2029]"));
    QStringList lines = text.split(boundary);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // splitlines() drops the empty piece after a final line break
    return lines;
}

} // namespace retort
