// SPDX-License-Identifier: MIT
#include "operations/ActionPlan.h"

#include "project/Project.h"

namespace retort {

namespace {

// Offline SQL starts from base unless given a range, and a downgrade needs one; relative
// targets ("-1") are resolved to the revision the steps end at.
QString previewTargetFor(
    const OperationRequest &request, const QStringList &current, const QList<MigrationStep> &steps)
{
    if (current.isEmpty())
        return request.kind == OperationRequest::Kind::Downgrade ? QString() : request.target;
    if (current.size() > 1 || steps.isEmpty())
        return {};
    QString destination = request.target;
    if (request.kind == OperationRequest::Kind::Downgrade) {
        const QStringList reached = steps.last().toRevisionsNoDeps;
        if (reached.size() > 1)
            return {};
        destination = reached.isEmpty() ? QStringLiteral("base") : reached.first();
    }
    return current.first() + QLatin1Char(':') + destination;
}

} // namespace

Result<ActionPlan> ActionPlan::compute(
    const OperationContext &context, const OperationRequest &request)
{
    Project::Options options;
    options.configPath = context.iniPath.isEmpty() ? context.projectDir : context.iniPath;
    if (!context.iniSection.isEmpty())
        options.section = context.iniSection;
    options.databaseOverride = context.databasePath;
    options.workingDir = context.projectDir;
    options.operations = false;
    auto project = Project::load(options);
    if (!project)
        return project.error();
    auto current = project->currentRevisions();
    if (!current)
        return current.error();

    const RevisionMap &map = project->revisionMap();
    Result<QList<MigrationStep>> steps = QList<MigrationStep>();
    switch (request.kind) {
    case OperationRequest::Kind::Upgrade:
        steps = map.upgradeSteps(request.target, *current);
        break;
    case OperationRequest::Kind::Downgrade:
        steps = map.downgradeSteps(request.target, *current);
        break;
    case OperationRequest::Kind::Stamp:
        steps = map.stampSteps(request.target, *current);
        break;
    case OperationRequest::Kind::Backup:
    case OperationRequest::Kind::Restore:
        break;
    }
    if (!steps)
        return steps.error();

    ActionPlan plan;
    plan.currentRevisions = *current;
    plan.previewTarget = previewTargetFor(request, *current, *steps);
    for (const MigrationStep &step : *steps) {
        PlannedStep planned;
        planned.description = step.shortLog();
        if (step.revision) {
            planned.revision = step.revision->id;
            planned.file = project->script(*step.revision).path;
        }
        plan.steps << planned;
    }
    return plan;
}

} // namespace retort
