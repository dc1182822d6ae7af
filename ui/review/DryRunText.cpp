// SPDX-License-Identifier: MIT
#include "review/DryRunText.h"

#include <QRegularExpression>
#include <QStringList>

namespace retort {

using namespace Qt::StringLiterals;

namespace {

/// The revision a "-- Running upgrade a -> b" / "-- Running downgrade a -> b" line applies or
/// undoes: `b` for an upgrade, `a` for a downgrade (several ids of a merge joined by ", ").
QString runningRevision(const QString &line)
{
    static const QRegularExpression running(uR"(^-- Running (upgrade|downgrade) (.*?) -> (.*)$)"_s);
    const QRegularExpressionMatch match = running.match(line.trimmed());
    if (!match.hasMatch())
        return {};
    return (match.captured(1) == u"upgrade"_s ? match.captured(3) : match.captured(2)).trimmed();
}

QString headingFor(const QString &revisions, const RevisionMessageLookup &messageOf)
{
    QStringList headings;
    for (const QString &revision : revisions.split(u", "_s, Qt::SkipEmptyParts))
        headings << dryRunHeading(revision, messageOf ? messageOf(revision) : QString());
    return headings.join(u'\n');
}

QString sectionedOffline(const QString &sql, const RevisionMessageLookup &messageOf)
{
    QStringList lines;
    for (const QString &line : sql.split(u'\n')) {
        const QString revision = runningRevision(line);
        if (!revision.isEmpty())
            lines << headingFor(revision, messageOf);
        lines << line;
    }
    return lines.join(u'\n');
}

QString sectionedRehearsal(const RehearsalReport &rehearsal, const RevisionMessageLookup &messageOf)
{
    QString text;
    QString current;
    for (const BridgeEvent &statement : rehearsal.statements) {
        const QString revision = statement.revision();
        if (!revision.isEmpty() && revision != current) {
            if (!text.isEmpty())
                text += u'\n';
            text += headingFor(revision, messageOf) + u'\n';
            current = revision;
        }
        text += statement.statement() + u";\n"_s;
    }
    return text;
}

} // namespace

QString dryRunHeading(const QString &revision, const QString &message)
{
    if (message.isEmpty())
        return u"-- ===== %1 ====="_s.arg(revision);
    return u"-- ===== %1: %2 ====="_s.arg(revision, message.section(u'\n', 0, 0));
}

QString sectionedDryRunSql(const SqlPreviewReport &report, const RevisionMessageLookup &messageOf)
{
    if (report.mode == SqlPreviewReport::Mode::Rehearsal)
        return sectionedRehearsal(report.rehearsal, messageOf);
    return sectionedOffline(report.sql, messageOf);
}

} // namespace retort
