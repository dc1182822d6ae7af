// SPDX-License-Identifier: MIT
#include "cli/CommandError.h"

#include <QRegularExpression>

namespace retort {

// The messages below are Alembic's own (alembic/script/base.py): never translated.

QString CommandError::argumentOf(const QString &message)
{
    // "Revision X is not a member of branch 'b'" is the one message whose argument is unquoted.
    static const QRegularExpression member(QStringLiteral("^Revision (\\S+) is not a member of"));
    const QRegularExpressionMatch memberMatch = member.match(message);
    if (memberMatch.hasMatch())
        return memberMatch.captured(1);
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    const QRegularExpressionMatch match = quoted.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

Error CommandError::fromRevisionError(const Error &error, const QString &start, const QString &end)
{
    Error result = error;
    switch (error.kind) {
    case Error::Kind::RangeNotAncestor:
        if (!start.isEmpty() || !end.isEmpty()) {
            result.message = QStringLiteral("Requested range %1:%2 does not refer to "
                                            "ancestor/descendant revisions along the same branch")
                                 .arg(start, end);
        }
        break;
    case Error::Kind::MultipleHeads: {
        const QString argument = end.isEmpty() ? argumentOf(error.message) : end;
        result.message = QStringLiteral("Multiple head revisions are present for given argument "
                                        "'%1'; please specify a specific target revision, "
                                        "'<branchname>@%1' to narrow to a specific head, or "
                                        "'heads' for all heads")
                             .arg(argument);
        break;
    }
    case Error::Kind::Resolution:
        result.message = QStringLiteral("Can't locate revision identified by '%1'")
                             .arg(argumentOf(error.message));
        break;
    default:
        break;
    }
    return result;
}

} // namespace retort
