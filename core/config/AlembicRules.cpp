// SPDX-License-Identifier: MIT
#include "config/AlembicRules.h"

#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace retort {

AlembicRules AlembicRules::forVersion(const QString &version)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?"_s);
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return {};
    const auto release = std::make_tuple(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    AlembicRules rules;
    rules.pyproject = release >= std::make_tuple(1, 16, 0);
    rules.pathSeparator = rules.pyproject;
    rules.newlineSeparator = release >= std::make_tuple(1, 13, 3);
    rules.recursiveVersionLocations = release >= std::make_tuple(1, 10, 0);
    return rules;
}

} // namespace retort
