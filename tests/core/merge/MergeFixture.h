// SPDX-License-Identifier: MIT
#pragma once

// Hand-made revision files for the merge tests: written to a folder, read back with Retort's
// static parser, so tables and down_revision lines come from real script text.

#include "scripts/ScriptParser.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace mergefixture {

using namespace Qt::StringLiterals;

enum class Header { Classic, Typed };

/// Writes `<id>.py` revising `down` (empty: a base) with `upgrade` as upgrade()'s body.
inline QString writeRevision(const QString &dir, const QString &id, const QString &down,
    const QString &upgrade, Header header = Header::Classic, const char *eol = "\n")
{
    const QString downText = down.isEmpty() ? QStringLiteral("None")
        : header == Header::Classic         ? u"'%1'"_s.arg(down)
                                            : u"\"%1\""_s.arg(down);
    QStringList lines {u"\"\"\"%1\""_s.arg(id), QString(), u"Revision ID: %1"_s.arg(id),
        u"Revises: %1"_s.arg(down), u"\"\"\""_s, u"from alembic import op"_s,
        u"import sqlalchemy as sa"_s, QString()};
    if (header == Header::Classic) {
        lines << u"revision = '%1'"_s.arg(id) << u"down_revision = %1"_s.arg(downText)
              << u"branch_labels = None"_s;
    } else {
        lines << u"revision: str = \"%1\""_s.arg(id)
              << u"down_revision: Union[str, None] = %1"_s.arg(downText)
              << u"branch_labels: Union[str, Sequence[str], None] = None"_s;
    }
    lines << QString() << u"def upgrade():"_s;
    for (const QString &line : upgrade.split(u'\n'))
        lines << u"    "_s + line;
    lines << QString() << u"def downgrade():"_s << u"    pass"_s << QString();
    const QString path = QDir(dir).filePath(id + u".py"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(QLatin1String(eol)).toUtf8());
    return path;
}

inline retort::RevisionScript readRevision(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return retort::ScriptParser::parse(path, file.readAll());
}

} // namespace mergefixture
