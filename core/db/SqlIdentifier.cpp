// SPDX-License-Identifier: MIT
#include "db/SqlIdentifier.h"

namespace retort {

QString SqlIdentifier::quote(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace retort
