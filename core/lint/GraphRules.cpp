// SPDX-License-Identifier: MIT
#include "lint/GraphRules.h"

#include "lint/FileTemplate.h"

#include <QCoreApplication>
#include <QHash>

namespace retort {

void GraphRules::check(
    const QList<RevisionScript> &scripts, const RevisionMap &map, LintReporter &reporter)
{
    checkProblems(map, reporter);
    // Heads of a graph Alembic cannot load mean little: the problems say what to fix first.
    if (reporter.enabled(QStringLiteral("GRAPH001")) && map.problems().isEmpty()) {
        checkHeads(scripts, map, reporter);
    }
    if (reporter.enabled(QStringLiteral("FILE001"))) {
        checkFileNames(scripts, reporter);
    }
}

QString GraphRules::ruleForProblem(const Error &problem)
{
    switch (problem.kind) {
    case Error::Kind::Cycle:
    case Error::Kind::Loop:
        return QStringLiteral("GRAPH005");
    case Error::Kind::Revision:
        if (problem.message.endsWith(QLatin1String("is present more than once"))) {
            return QStringLiteral("GRAPH003");
        }
        if (problem.message.startsWith(QLatin1String("Branch name"))) {
            return QStringLiteral("GRAPH004");
        }
        if (problem.message.endsWith(QLatin1String("is not present"))) {
            return QStringLiteral("GRAPH002");
        }
        return QStringLiteral("GRAPH006"); // an illegal character in a revision id
    default:
        return QStringLiteral("GRAPH006");
    }
}

void GraphRules::checkProblems(const RevisionMap &map, LintReporter &reporter)
{
    for (const Error &problem : map.problems()) {
        // Alembic's own wording, untranslated: users compare it with the alembic CLI.
        reporter.report(ruleForProblem(problem), problem.file, problem.line, problem.message);
    }
}

void GraphRules::checkHeads(
    const QList<RevisionScript> &scripts, const RevisionMap &map, LintReporter &reporter)
{
    const QStringList heads = map.heads();
    if (heads.size() < 2) {
        return;
    }
    // Heads on differently labelled branches are independent by design.
    QHash<QString, QStringList> byLabels;
    QStringList labelOrder;
    for (const QString &head : heads) {
        const Revision *revision = map.revision(head);
        const QString key = revision ? revision->branchLabels.join(QLatin1Char(',')) : QString();
        if (!byLabels.contains(key)) {
            labelOrder.append(key);
        }
        byLabels[key].append(head);
    }
    for (const QString &key : std::as_const(labelOrder)) {
        const QStringList &group = byLabels[key];
        if (group.size() < 2) {
            continue;
        }
        for (const QString &head : group) {
            const Revision *revision = map.revision(head);
            const RevisionScript *script
                = revision && revision->scriptIndex >= 0 && revision->scriptIndex < scripts.size()
                ? &scripts[revision->scriptIndex]
                : nullptr;
            reporter.report(QStringLiteral("GRAPH001"), script ? script->path : QString(),
                script ? script->revisionLine : 0,
                QCoreApplication::translate("Linter",
                    "Revision %1 is one of %2 heads (%3): "
                    "`alembic upgrade head` fails until they "
                    "are merged")
                    .arg(head)
                    .arg(group.size())
                    .arg(group.join(QStringLiteral(", "))));
        }
    }
}

void GraphRules::checkFileNames(const QList<RevisionScript> &scripts, LintReporter &reporter)
{
    const FileTemplate fileTemplate(reporter.settings().fileTemplate);
    for (const RevisionScript &script : scripts) {
        if (script.error || script.revision.isEmpty() || !script.fileName.endsWith(u".py")
            || fileTemplate.matches(script.fileName, script.revision)) {
            continue;
        }
        reporter.report(QStringLiteral("FILE001"), script.path, qMax(script.revisionLine, 1),
            QCoreApplication::translate("Linter",
                "File name %1 does not match file_template %2 for "
                "revision %3")
                .arg(script.fileName, fileTemplate.text(), script.revision));
    }
}

} // namespace retort
