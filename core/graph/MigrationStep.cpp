// SPDX-License-Identifier: MIT
#include "graph/MigrationStep.h"

namespace retort {

QString MigrationStep::name() const
{
    if (kind == Kind::Stamp)
        return QStringLiteral("stamp_revision");
    return isUpgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
}

QString MigrationStep::shortLogNoMessage() const
{
    // Alembic's own wording (MigrationStep.short_log with util.format_as_comma).
    return QStringLiteral("%1 %2 -> %3")
        .arg(name(), fromRevisionsNoDeps.join(QLatin1String(", ")),
            toRevisionsNoDeps.join(QLatin1String(", ")));
}

QString MigrationStep::shortLog() const
{
    if (kind == Kind::Stamp || !revision || revision->message.isEmpty())
        return shortLogNoMessage();
    return shortLogNoMessage() + QLatin1String(", ") + revision->message;
}

} // namespace retort
