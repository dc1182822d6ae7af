// SPDX-License-Identifier: MIT
#pragma once

#include "graph/RevisionMap.h"
#include "lint/LintReporter.h"
#include "scripts/RevisionScript.h"

#include <QList>

namespace retort {

/// GRAPH001 to GRAPH006 and FILE001: problems of the revision graph as a whole, from
/// RevisionMap::problems() (kept in Alembic's wording) and RevisionMap::heads(), and file names
/// that do not follow the project's file_template.
class GraphRules {
public:
    static void check(
        const QList<RevisionScript> &scripts, const RevisionMap &map, LintReporter &reporter);

private:
    static void checkProblems(const RevisionMap &map, LintReporter &reporter);
    static void checkHeads(
        const QList<RevisionScript> &scripts, const RevisionMap &map, LintReporter &reporter);
    static void checkFileNames(const QList<RevisionScript> &scripts, LintReporter &reporter);
    static QString ruleForProblem(const Error &problem);
};

} // namespace retort
